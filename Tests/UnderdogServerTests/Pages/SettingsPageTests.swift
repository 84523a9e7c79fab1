import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogServer
import UnderdogTestSupport

/// The settings page: everyone sees their account; an admin sees the team and can download a member's data or
/// erase it after typing the member's email. Reps, other teams and forged forms get nothing.
@Suite("Settings page: a member's data")
struct SettingsPageTests {
    /// An admin's team with one invited rep who has practised; the admin's and the rep's browsers and the rep's id.
    static func team(_ client: some TestClientProtocol) async throws -> (admin: PageClient, rep: PageClient, repID: UUID) {
        let admin = PageClient(client)
        try await WebAppTests.signUp(admin, email: "ada@harbour.example")
        let token = try await admin.invite("rae@harbour.example")
        let (rep, joined) = try await PageClient.join(client, token: token, name: "Rae Rep", email: "rae@harbour.example",
                                                      password: WebAppTests.password)
        #expect(joined.status == .seeOther)
        _ = try await WebAppTests.practise(rep, lines: Array(WebAppTests.lines.prefix(2)))
        return (admin, rep, try await rep.memberID())
    }

    /// The ids in the page's member action links.
    static func memberIDs(_ page: PageClient.Answer) -> [String] {
        page.html.components(separatedBy: "/settings/members/").dropFirst().map { String($0.prefix(36)) }
    }

    static func count(_ test: TestDatabase, _ sql: PostgresQuery) async throws -> Int {
        try await test.database.ownerConnection { c in
            try await c.query(sql, logger: TestPostgres.logger).collect()[0].decode(Int.self)
        }
    }

    @Test("a rep sees their account and no team actions; another team's admin and a forged form get nothing")
    func onlyTheTeamsAdmin() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let (admin, rep, repID) = try await Self.team(client)
                let id = repID.uuidString.lowercased()
                let mine = try await rep.get("/settings")
                #expect(mine.status == .ok && mine.html.contains("rae@harbour.example") && mine.html.contains("Harbour Sales"))
                #expect(!mine.html.contains("Your team's data"))
                #expect(mine.html.contains(#"href="/settings""#), "the user menu links to settings")

                let outsider = PageClient(client)
                try await WebAppTests.signUp(outsider, email: "eve@elsewhere.example", organization: "Elsewhere")
                let adminPage = try await admin.get("/settings")
                let adminID = try #require(Self.memberIDs(adminPage).first { $0 != id })
                let refused: [(String, PageClient.Answer)] = [
                    ("rep exports the admin", try await rep.post("/settings/members/\(adminID)/export")),
                    ("rep opens the admin's erase page", try await rep.get("/settings/members/\(adminID)/erase")),
                    ("rep erases the admin", try await rep.post("/settings/members/\(adminID)/erase", ["confirm_email": "ada@harbour.example"])),
                    ("outsider exports the rep", try await outsider.post("/settings/members/\(id)/export")),
                    ("outsider opens the erase page", try await outsider.get("/settings/members/\(id)/erase")),
                    ("outsider erases the rep", try await outsider.post("/settings/members/\(id)/erase", ["confirm_email": "rae@harbour.example"])),
                    ("a member that does not exist", try await admin.get("/settings/members/\(UUID().uuidString.lowercased())/erase")),
                    ("not an id", try await admin.get("/settings/members/nobody/erase")),
                ]
                for (what, answer) in refused {
                    #expect(answer.status == .notFound, "\(what): \(answer.status)")
                    #expect(!answer.html.contains("rae@harbour.example") || what.hasPrefix("rep"), "\(what) reveals nothing")
                }
                let forged = try await admin.post("/settings/members/\(id)/erase", ["confirm_email": "rae@harbour.example", "_csrf": "forged"])
                #expect(forged.status == .forbidden)
                #expect(try await Self.count(test, "SELECT count(*)::int FROM public.roleplay_sessions WHERE user_id = \(repID)") == 1)
            }
        }
    }

    @Test("an admin downloads a member's data as a ZIP, and erases it after typing the member's email; the member's session ends")
    func exportAndErase() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let (admin, rep, repID) = try await Self.team(client)
                let id = repID.uuidString.lowercased()
                let page = try await admin.get("/settings")
                #expect(page.status == .ok && page.html.contains("Your team's data") && page.html.contains("rae@harbour.example"))
                #expect(page.html.contains("/settings/members/\(id)/export") && page.html.contains("/settings/members/\(id)/erase"))

                let zip = try await admin.post("/settings/members/\(id)/export")
                #expect(zip.status == .ok && zip.headers[.contentType] == "application/zip")
                #expect(zip.headers[.contentDisposition]?.contains("attachment; filename=\"underdog-data-Rae Rep-") == true)
                #expect(zip.html.hasPrefix("PK") && zip.html.contains("tables/roleplay_sessions.json") && zip.html.contains("manifest.json"))

                let confirm = try await admin.get("/settings/members/\(id)/erase")
                #expect(confirm.status == .ok && confirm.html.contains("Erase Rae Rep") && confirm.html.contains("cannot be undone"))
                let wrong = try await admin.post("/settings/members/\(id)/erase", ["confirm_email": "someone@harbour.example"])
                #expect(wrong.status == .unprocessableContent && wrong.html.contains("to confirm"))
                #expect(try await Self.count(test, "SELECT count(*)::int FROM public.roleplay_sessions WHERE user_id = \(repID)") == 1)

                let erased = try await admin.post("/settings/members/\(id)/erase", ["confirm_email": " RAE@harbour.example "])
                #expect(erased.status == .seeOther && erased.location == "/settings?notice=erased", "\(erased.status) \(erased.html.prefix(300))")
                #expect(try await Self.count(test, "SELECT count(*)::int FROM public.roleplay_sessions WHERE user_id = \(repID)") == 0)
                #expect(try await Self.count(test, "SELECT count(*)::int FROM public.users WHERE email = 'rae@harbour.example'") == 0)
                let after = try await admin.get("/settings?notice=erased")
                #expect(after.html.contains("was erased") && after.html.contains("Erased member") && !after.html.contains("rae@harbour.example"))
                #expect(!after.html.contains("/settings/members/\(id)/erase"), "a tombstone offers no actions")
                #expect(try await rep.get("/").location?.hasPrefix("/signin") == true, "the erased member's session has ended")

                // an admin cannot erase their own account here
                let adminID = try #require(Self.memberIDs(after).first { $0 != id })
                let own = try await admin.get("/settings/members/\(adminID)/erase")
                #expect(own.status == .ok && own.html.contains("can&#39;t erase your own account") || own.html.contains("can't erase your own account"))
                #expect(try await admin.post("/settings/members/\(adminID)/erase", ["confirm_email": "ada@harbour.example"]).status == .forbidden)
            }
        }
    }
}
