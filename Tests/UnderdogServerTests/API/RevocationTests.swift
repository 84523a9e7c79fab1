import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// Each finding of the outside probe, replayed: an access token that is still within its fifteen minutes
/// stops working on the very next request once its session ends.
@Suite("Revocation takes effect on the next request")
struct RevocationTests {
    static let password = "correct horse battery"
    static var conversation: [String: Any] { ["persona_id": "marcus-oyelaran", "scenario_type": "cold_call"] }

    /// An org with an admin and a rep who joined by invite; `role` makes the second member an admin.
    static func team(_ api: APIClient, org: String, role: String = "user") async throws -> (admin: JSONResponse, member: JSONResponse) {
        let admin = try await api.signUp(email: "boss@\(org).example", organization: org)
        let invite = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": "member@\(org).example", "role": role])
        #expect(invite.status == .created, "\(invite.text)")
        let member = try await api.signUp(email: "member@\(org).example", invite: try #require(invite.json["token"] as? String))
        #expect(member.status == .created, "\(member.text)")
        return (admin, member)
    }

    static func id(_ session: JSONResponse) -> String { session.user["id"] as? String ?? "" }

    @Test("a removed admin's token gets 401 on every admin route, inviting included, from the next request on")
    func removedAdmin() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let (first, second) = try await Self.team(api, org: "harbour", role: "admin")
                let rep = try await api.signUp(email: "rep@elsewhere.example", organization: "Elsewhere")
                #expect(try await api.call(.get, "/members", token: second.accessToken).status == .ok)

                #expect(try await api.call(.delete, "/members/\(Self.id(second))", token: first.accessToken).status == .noContent)

                let stale = second.accessToken
                let attempts: [(HTTPRequest.Method, String, [String: Any]?)] = [
                    (.get, "/members", nil), (.get, "/audit", nil), (.get, "/me", nil),
                    (.patch, "/members/\(Self.id(rep))", ["role": "admin"]),
                    (.post, "/invites", ["email": "mole@harbour.example", "role": "admin"]),
                    (.delete, "/members/\(Self.id(first))", nil),
                ]
                for (method, path, body) in attempts {
                    let response = try await api.call(method, path, token: stale, json: body)
                    #expect(response.status == .unauthorized, "\(method) \(path): \(response.status) \(response.text)")
                    #expect(response.errorCode == "session_ended", "\(method) \(path)")
                }
                // Nothing they tried took effect: the remaining admin is still an admin, and no invite was made.
                let members = try await api.call(.get, "/members", token: first.accessToken)
                let firstRow = (members.json["items"] as? [[String: Any]])?.first { $0["id"] as? String == Self.id(first) }
                #expect(firstRow?["role"] as? String == "admin" && firstRow?["removed"] as? Bool == false)
                let invites = try await api.call(.get, "/invites", token: first.accessToken)
                #expect((invites.json["items"] as? [[String: Any]])?.contains { $0["email"] as? String == "mole@harbour.example" } == false)
            }
        }
    }

    @Test("a removed rep's token can neither list sessions nor start a practice call")
    func removedRep() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let (admin, rep) = try await Self.team(api, org: "quay")
                #expect(try await api.call(.get, "/sessions", token: rep.accessToken).status == .ok)
                #expect(try await api.call(.delete, "/members/\(Self.id(rep))", token: admin.accessToken).status == .noContent)
                #expect(try await api.call(.get, "/sessions", token: rep.accessToken).status == .unauthorized)
                #expect(try await api.call(.post, "/roleplay/conversations", token: rep.accessToken, json: Self.conversation).status == .unauthorized)
                #expect(try await Self.count(test, "SELECT count(*) FROM app.roleplay_conversations") == 0)
            }
        }
    }

    @Test("a password change ends every session of the account, the one that changed it included")
    func passwordChange() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let phone = try await api.signUp(email: "pat@example.com")
                let laptop = try await api.call(.post, "/auth/signin", json: ["email": "pat@example.com", "password": Self.password])
                let changed = try await api.call(.post, "/auth/password", token: laptop.accessToken,
                                                 json: ["current_password": Self.password, "new_password": "a brand new passphrase"])
                #expect(changed.status == .noContent, "\(changed.text)")
                for token in [phone.accessToken, laptop.accessToken] {
                    #expect(try await api.call(.get, "/me", token: token).status == .unauthorized)
                    #expect(try await api.call(.post, "/roleplay/conversations", token: token, json: Self.conversation).status == .unauthorized)
                }
                let fresh = try await api.call(.post, "/auth/signin", json: ["email": "pat@example.com", "password": "a brand new passphrase"])
                #expect(try await api.call(.get, "/me", token: fresh.accessToken).status == .ok)
            }
        }
    }

    @Test("a family revoked for refresh-token reuse takes its access tokens with it; other sign-ins live on")
    func revokedFamily() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let first = try await api.signUp(email: "sam@example.com")
                let other = try await api.call(.post, "/auth/signin", json: ["email": "sam@example.com", "password": Self.password])
                let rotated = try await api.call(.post, "/auth/refresh", json: ["refresh_token": first.refreshToken])
                #expect(rotated.status == .ok)
                #expect(try await api.call(.get, "/me", token: first.accessToken).status == .ok, "rotation keeps the session")
                let replayed = try await api.call(.post, "/auth/refresh", json: ["refresh_token": first.refreshToken])
                #expect(replayed.errorCode == "refresh_token_reused")
                #expect(try await api.call(.get, "/me", token: first.accessToken).status == .unauthorized)
                #expect(try await api.call(.get, "/me", token: rotated.accessToken).status == .unauthorized)
                #expect(try await api.call(.get, "/me", token: other.accessToken).status == .ok)
            }
        }
    }

    @Test("sign-out ends the access token of that sign-in")
    func signOut() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let session = try await api.signUp(email: "lee@example.com")
                #expect(try await api.call(.post, "/auth/signout", json: ["refresh_token": session.refreshToken]).status == .noContent)
                #expect(try await api.call(.get, "/me", token: session.accessToken).status == .unauthorized)
            }
        }
    }

    @Test("a demoted admin's token ends at once; signed in again, admin routes are a 403")
    func demotedAdmin() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let (first, second) = try await Self.team(api, org: "pier", role: "admin")
                #expect(try await api.call(.get, "/audit", token: second.accessToken).status == .ok)
                #expect(try await api.call(.patch, "/members/\(Self.id(second))", token: first.accessToken, json: ["role": "user"]).status == .ok)
                #expect(try await api.call(.get, "/audit", token: second.accessToken).status == .unauthorized)
                #expect(try await api.call(.post, "/invites", token: second.accessToken, json: ["email": "x@pier.example"]).status == .unauthorized)

                let again = try await api.call(.post, "/auth/signin", json: ["email": "member@pier.example", "password": Self.password])
                #expect(again.user["role"] as? String == "user")
                #expect(try await api.call(.post, "/invites", token: again.accessToken, json: ["email": "x@pier.example"]).status == .forbidden)
                #expect(try await api.call(.patch, "/members/\(Self.id(first))", token: again.accessToken, json: ["role": "user"]).status == .notFound)
            }
        }
    }

    @Test("the last active admin cannot be removed, even by SQL that skipped the app's checks (409)")
    func lastAdminStays() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let (admin, second) = try await Self.team(api, org: "dock", role: "admin")
                #expect(try await api.call(.delete, "/members/\(Self.id(second))", token: admin.accessToken).status == .noContent)
                #expect(try await api.call(.delete, "/members/\(Self.id(admin))", token: admin.accessToken).status == .conflict)
                let adminID = try #require(UUID(uuidString: Self.id(admin)))
                let orgID = try #require(UUID(uuidString: admin.user["org_id"] as? String ?? ""))
                await #expect(throws: StoreError.conflict("the organisation must keep at least one admin")) {
                    try await StoreError.classifying {
                        try await test.database.transaction(as: .service) { connection in
                            try await connection.query("INSERT INTO app.member_removals (id, org_id) VALUES (\(adminID), \(orgID))", logger: TestPostgres.logger)
                        }
                    }
                }
            }
        }
    }

    @Test("the database's own helpers treat a removed member as no member")
    func helpersForgetRemovedMembers() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let (first, second) = try await Self.team(api, org: "wharf", role: "admin")
                #expect(try await api.call(.delete, "/members/\(Self.id(second))", token: first.accessToken).status == .noContent)
                let removed = try #require(UUID(uuidString: Self.id(second)))
                // No session: as SQL running for that user would, had it forgotten to check one.
                let (org, admin) = try await test.database.transaction(as: .user(removed)) { connection in
                    let rows = try await connection.query("SELECT public.current_org_id(), public.is_org_admin()", logger: TestPostgres.logger).collect()
                    return try rows[0].decode((UUID?, Bool).self)
                }
                #expect(org == nil && admin == false)
            }
        }
    }

    static func count(_ test: TestDatabase, _ sql: String) async throws -> Int {
        try await test.database.client.query(PostgresQuery(unsafeSQL: sql)).collect()[0].decode(Int.self)
    }
}
