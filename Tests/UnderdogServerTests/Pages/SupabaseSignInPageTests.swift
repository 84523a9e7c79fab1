import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogBlobs
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// Deployed on Supabase, the web pages sign people in through Supabase Auth's REST API (here a local server that
/// speaks it and writes auth.users and auth.sessions as Supabase Auth does): sign-up makes the account through
/// the admin API with the org and role in app_metadata, sign-in and renewal use the token grants, sign-out the
/// logout endpoint; the database's liveness check ends a revoked session on the next page.
@Suite("Web pages signing in through Supabase Auth")
struct SupabaseSignInPageTests {
    static let password = "correct horse battery"

    static func settings(_ base: String, serviceRoleKey: String? = LocalSupabaseAuth.serviceRoleKey) -> SupabaseAuthSettings {
        SupabaseAuthSettings(jwksURL: URL(string: base + "/auth/v1/.well-known/jwks.json"), issuer: base + "/auth/v1",
                             authURL: URL(string: base + "/auth/v1"), anonKey: LocalSupabaseAuth.anonKey, serviceRoleKey: serviceRoleKey)
    }

    /// A local Supabase Auth attached to a fresh database that has Supabase's auth.sessions table.
    static func withSupabase(_ body: @Sendable (LocalSupabaseAuth, String, TestDatabase) async throws -> Void) async throws {
        let supabase = LocalSupabaseAuth()
        try await supabase.run { base in
            try await withTestDatabase { test in
                try await SupabaseAuthTests.createSessionsTable(test.database)
                let database = test.database
                await supabase.attach { query in
                    try await database.ownerConnection { c in _ = try await c.query(query, logger: TestPostgres.logger).collect() }
                }
                try await body(supabase, base, test)
            }
        }
    }

    static func count(_ test: TestDatabase, _ sql: PostgresQuery) async throws -> Int {
        try await test.database.ownerConnection { c in
            var n = 0
            for try await value in try await c.query(sql, logger: TestPostgres.logger).decode(Int.self) { n = value }
            return n
        }
    }

    @Test("a new team signs up, signs in, is renewed and signs out through Supabase Auth; reuse of a refresh token and sign-out end the session on the next page")
    func signInLifecycle() async throws {
        try await Self.withSupabase { supabase, base, test in
            var auth = testAuthSettings
            auth.supabase = Self.settings(base)
            let app = try await makeApp(url: test.url, auth: auth)
            try await app.test(.router) { client in
                let browser = PageClient(client)
                try await browser.ensureCSRF()
                // sign up: the account is made by the admin API, with the new org and the admin role in app_metadata
                let signedUp = try await browser.post("/signup", ["name": "Sunny Admin", "email": "Sunny@Team.example",
                                                                  "organization": "Sunny Sales", "password": Self.password])
                #expect(signedUp.status == .seeOther && signedUp.location == "/", "\(signedUp.status) \(signedUp.html.prefix(300))")
                #expect(await supabase.calls == ["admin:create", "token:password"])
                #expect(try await Self.count(test, """
                    SELECT count(*)::int FROM public.users u JOIN public.organizations o ON o.id = u.org_id
                     WHERE u.email = 'sunny@team.example' AND u.role = 'admin' AND o.name = 'Sunny Sales'
                    """) == 1)
                #expect(try await Self.count(test, "SELECT count(*)::int FROM auth.sessions") == 1)
                let home = try await browser.get("/")
                #expect(home.status == .ok && home.html.contains("Start with one practice call"), "\(home.status)")

                // an expired access cookie is renewed with the refresh grant
                let firstRefresh = try #require(browser.cookies["ud_refresh"])
                browser.setCookie("ud_access", "expired")
                #expect(try await browser.get("/").status == .ok)
                #expect(await supabase.calls.last == "token:refresh_token")
                #expect(browser.cookies["ud_refresh"] != firstRefresh && browser.cookies["ud_access"] != "expired")

                // the used refresh token presented again: Supabase revokes the session, and every page refuses it
                let current = browser.cookies
                browser.setCookie("ud_access", "expired")
                browser.setCookie("ud_refresh", firstRefresh)
                let reused = try await browser.get("/")
                #expect(reused.status == .seeOther && reused.location?.hasPrefix("/signin") == true)
                browser.setCookie("ud_access", current["ud_access"])
                browser.setCookie("ud_refresh", current["ud_refresh"])
                #expect(try await browser.get("/").location?.hasPrefix("/signin") == true, "the revoked session's access token is refused")

                // wrong password, in plain words
                let wrong = try await browser.post("/signin", ["email": "sunny@team.example", "password": "not the password"])
                #expect(wrong.status == .unauthorized && wrong.html.contains("don&#39;t match") || wrong.html.contains("don't match"))

                // sign in again, then sign out: the logout endpoint ends the session, replayed cookies go to sign-in
                let signedIn = try await browser.post("/signin", ["email": "sunny@team.example", "password": Self.password])
                #expect(signedIn.status == .seeOther && signedIn.location == "/")
                let replay = browser.cookies
                let out = try await browser.post("/signout")
                #expect(out.status == .seeOther && out.location == "/signin")
                #expect(await supabase.calls.last == "logout")
                #expect(try await Self.count(test, "SELECT count(*)::int FROM auth.sessions") == 0)
                browser.setCookie("ud_access", replay["ud_access"])
                browser.setCookie("ud_refresh", replay["ud_refresh"])
                #expect(try await browser.get("/").location?.hasPrefix("/signin") == true)

                // Supabase Auth's rate limit reaches the person as the server's own does
                await supabase.setRateLimited(true)
                let limited = try await browser.post("/signin", ["email": "sunny@team.example", "password": Self.password])
                #expect(limited.status == .tooManyRequests && limited.html.contains("Too many tries"), "\(limited.status)")
            }
        }
    }

    @Test("an invite joins its team through Supabase Auth; a taken email is refused in plain words; without the service-role key the pages offer no sign-up")
    func invitesAndRefusals() async throws {
        try await Self.withSupabase { supabase, base, test in
            var auth = testAuthSettings
            auth.supabase = Self.settings(base)
            let app = try await makeApp(url: test.url, auth: auth)
            try await app.test(.router) { client in
                let admin = PageClient(client)
                try await admin.ensureCSRF()
                _ = try await admin.post("/signup", ["name": "Ada Admin", "email": "ada@team.example", "organization": "Ada Sales",
                                                     "password": Self.password])
                // The API takes the Supabase access token the pages keep.
                let token = try await admin.invite("rep@team.example")
                let (_, joined) = try await PageClient.join(client, token: token, name: "Rae Rep", email: "rep@team.example", password: Self.password)
                #expect(joined.status == .seeOther && joined.location == "/", "\(joined.status) \(joined.html.prefix(300))")
                #expect(try await Self.count(test, """
                    SELECT count(*)::int FROM public.users r JOIN public.users a ON a.org_id = r.org_id
                     WHERE r.email = 'rep@team.example' AND r.role = 'user' AND a.email = 'ada@team.example'
                    """) == 1)
                #expect(try await Self.count(test, "SELECT count(*)::int FROM app.invites WHERE accepted_at IS NOT NULL") == 1)
                let again = try await PageClient(client).post("/signup", ["name": "Rae", "email": "rep@team.example", "invite_token": token,
                                                                          "password": Self.password])
                #expect(again.status.code >= 400 && again.status.code < 500)

                // a taken email: refused, and the organisation made for it is taken back
                let taken = PageClient(client)
                try await taken.ensureCSRF()
                let refused = try await taken.post("/signup", ["name": "Other", "email": "ada@team.example", "organization": "Copycat Sales",
                                                               "password": Self.password])
                #expect(refused.status == .conflict && refused.html.contains("already exists"), "\(refused.status)")
                #expect(try await Self.count(test, "SELECT count(*)::int FROM public.organizations WHERE name = 'Copycat Sales'") == 0)
            }

            var anonOnly = testAuthSettings
            anonOnly.supabase = Self.settings(base, serviceRoleKey: nil)
            let withoutKey = try await makeApp(url: test.url, auth: anonOnly)
            try await withoutKey.test(.router) { client in
                let browser = PageClient(client)
                try await browser.ensureCSRF()
                let refused = try await browser.post("/signup", ["name": "New", "email": "new@team.example", "organization": "New Sales",
                                                                 "password": Self.password])
                #expect(refused.status == .forbidden && refused.html.contains("Ask them for an invite"), "\(refused.status)")
                #expect(try await Self.count(test, "SELECT count(*)::int FROM public.organizations WHERE name = 'New Sales'") == 0)
                let signedIn = try await browser.post("/signin", ["email": "rep@team.example", "password": Self.password])
                #expect(signedIn.status == .seeOther && signedIn.location == "/")
            }
        }
    }

    @Test("erasure on Supabase deletes the account through the admin API (softly) before the database's part: the member can no longer sign in")
    func erasureDeletesTheAccount() async throws {
        try await Self.withSupabase { supabase, base, test in
            var auth = testAuthSettings
            auth.supabase = Self.settings(base)
            let app = try await makeApp(url: test.url, auth: auth)
            // the team's only admin cannot be erased, so the member is an invited rep
            let member: UUID = try await app.test(.router) { client in
                let admin = PageClient(client)
                try await admin.ensureCSRF()
                _ = try await admin.post("/signup", ["name": "Ada Admin", "email": "ada@team.example", "organization": "Brief Sales",
                                                     "password": Self.password])
                let token = try await admin.invite("gone@team.example")
                let (member, _) = try await PageClient.join(client, token: token, name: "Gone Soon", email: "gone@team.example", password: Self.password)
                return try await member.memberID()
            }
            try await ServiceDatabase.withConnected(to: test.url, logger: TestPostgres.logger) { service in
                _ = try await MemberErasure(service: service, blobs: LocalFolderStore(root: TestBlobFolder.make()), supabase: Self.settings(base),
                                            logger: TestPostgres.logger).erase(member: member)
            }
            #expect(await supabase.calls.contains("admin:delete:soft"))
            #expect(try await Self.count(test, "SELECT count(*)::int FROM auth.sessions WHERE user_id = \(member)") == 0)
            try await makeApp(url: test.url, auth: auth).test(.router) { client in
                let browser = PageClient(client)
                try await browser.ensureCSRF()
                let refused = try await browser.post("/signin", ["email": "gone@team.example", "password": Self.password])
                #expect(refused.status == .unauthorized)
            }
            // erasing again finishes quietly: the account is already gone from Supabase Auth
            try await ServiceDatabase.withConnected(to: test.url, logger: TestPostgres.logger) { service in
                _ = try await MemberErasure(service: service, blobs: LocalFolderStore(root: TestBlobFolder.make()), supabase: Self.settings(base),
                                            logger: TestPostgres.logger).erase(member: member)
            }
        }
    }
}
