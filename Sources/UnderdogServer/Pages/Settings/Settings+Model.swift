import Foundation
import UnderdogStore

/// The settings page: who is signed in and their team; for an admin, the team's members with the data actions
/// the law gives every member (a copy of their data, its erasure).
struct SettingsModel: Sendable {
    struct Member: Sendable {
        let name: String
        let email: String
        let role: String
        let status: String
        let isYou: Bool
        let actionable: Bool
        let exportAction: String
        let eraseHref: String
    }

    let name: String
    let email: String
    let team: String
    let role: String
    let isAdmin: Bool
    let members: [Member]
    let nextHref: String?
    let notice: String?
    let csrf: String

    static let pageSize = 50

    /// The notices a redirect may ask for by name; anything else shows nothing.
    static func notice(_ name: String?) -> String? {
        switch name {
        case "erased": "The member's data was erased. Their account stays as an anonymous entry, so team history still adds up."
        default: nil
        }
    }

    static func roleLabel(_ role: String) -> String { role == "admin" ? "Admin" : "Rep" }
}

extension SettingsModel.Member {
    init(_ record: MemberRecord, you: UUID) {
        let erased = record.email.hasSuffix(MemberDataQueries.tombstoneDomain)
        name = erased ? "Erased member" : record.name
        email = erased ? "" : record.email
        role = SettingsModel.roleLabel(record.role)
        status = erased ? "Erased" : record.removed ? "Removed" : "Active"
        isYou = record.id == you
        actionable = !erased
        exportAction = SiteURL.memberExport(record.id).path
        eraseHref = SiteURL.memberErase(record.id).path
    }
}

/// The page that asks an admin to confirm an erasure by typing the member's email.
struct EraseMemberModel: Sendable {
    let name: String
    let email: String
    let action: String
    let exportAction: String
    let settingsHref = SiteURL.settings().path
    let csrf: String
    let error: String?
    let blocked: String?
}
