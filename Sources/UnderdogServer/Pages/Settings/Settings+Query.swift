import Foundation
import UnderdogStore

extension SettingsModel {
    /// Read as the signed-in person: RLS shows an admin their whole team and anyone else only themselves, and
    /// whether they are an admin is the database's answer (`public.is_org_admin()`), not the page's.
    static func query(_ services: PageServices, context: AppRequestContext, cursor: String?, notice: String?) async throws -> SettingsModel {
        let after = cursor.flatMap(Cursor.init(encoded:))
        let (me, team, isAdmin, page) = try await services.asUser(context) { user, connection in
            let me = try await AccountQueries.user(id: user.id, on: connection, logger: context.logger)
            let team = try await OrganizationQueries.current(on: connection, logger: context.logger)
            let isAdmin = try await AuditQueries.callerIsAdmin(on: connection, logger: context.logger)
            let page = isAdmin ? try await MemberQueries.list(after: after, limit: pageSize, on: connection, logger: context.logger) : nil
            return (me, team, isAdmin, page)
        }
        guard let me else { throw AppError.unauthorized() }
        return SettingsModel(
            name: me.name, email: me.email, team: team?.name ?? "", role: roleLabel(me.role), isAdmin: isAdmin,
            members: page?.items.map { Member($0, you: me.id) } ?? [],
            nextHref: page?.next.map { SiteURL.settings(page: $0.encoded).path },
            notice: Self.notice(notice), csrf: context.csrfToken ?? "")
    }
}

extension EraseMemberModel {
    /// The member an admin may act on: visible to them under RLS and the caller an admin; anyone else gets the
    /// same 404 as a member that does not exist.
    static func member(_ id: UUID, services: PageServices, context: AppRequestContext) async throws -> MemberRecord {
        let member = try await services.asUser(context) { _, connection in
            guard try await AuditQueries.callerIsAdmin(on: connection, logger: context.logger) else { return MemberRecord?.none }
            return try await MemberQueries.find(id, on: connection, logger: context.logger)
        }
        guard let member, !member.email.hasSuffix(MemberDataQueries.tombstoneDomain) else { throw AppError.notFound() }
        return member
    }
}
