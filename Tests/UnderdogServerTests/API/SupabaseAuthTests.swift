import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// Deployed on Supabase, reps sign in through Supabase Auth and call the API with its access tokens. The server
/// verifies them with the project's JWKS (an asymmetric key from a local endpoint) or its HS256 secret, maps
/// `sub` to the public.users row the seed's sync trigger made, and applies the same revocation rules: sign-out
/// (the auth.sessions row deleted), removal from the team, expiry.
@Suite("Supabase Auth's access tokens")
struct SupabaseAuthTests {
    static let org = UUID(uuidString: "5b000000-0000-4000-8000-0000000000a0")!
    static let rep = UUID(uuidString: "5b000000-0000-4000-8000-0000000000a1")!
    static let session = UUID(uuidString: "5b000000-0000-4000-8000-0000000000a2")!

    /// What Supabase Auth leaves in the database when a rep signs up and signs in: the auth.users row (whose
    /// trigger makes the member) and an auth.sessions row, in a table shaped like Supabase's.
    static func signedIn(_ database: Database) async throws {
        try await createSessionsTable(database)
        try await database.ownerConnection { c in
            func run(_ q: PostgresQuery) async throws { _ = try await c.query(q, logger: TestPostgres.logger).collect() }
            try await run("INSERT INTO public.organizations (id, name, plan) VALUES (\(org), 'Supa Team', 'pro')")
            let meta = #"{"provider": "email", "providers": ["email"], "org_id": "\#(org.uuidString.lowercased())", "role": "user"}"#
            try await run("""
                INSERT INTO auth.users (id, email, raw_app_meta_data, raw_user_meta_data)
                VALUES (\(rep), 'rep@supa.example', \(meta)::jsonb, '{"name": "Supa Rep"}'::jsonb)
                """)
            try await run("INSERT INTO auth.sessions (id, user_id, aal) VALUES (\(session), \(rep), 'aal1')")
        }
    }

    /// Supabase Auth's auth.sessions, in its shape (plain PostgreSQL has none).
    static func createSessionsTable(_ database: Database) async throws {
        try await database.ownerConnection { c in
            _ = try await c.query("""
                CREATE TABLE auth.sessions (
                    id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
                    created_at timestamptz DEFAULT now(), updated_at timestamptz, factor_id uuid, aal text,
                    not_after timestamptz, refreshed_at timestamp, user_agent text, ip inet, tag text)
                """, logger: TestPostgres.logger).collect()
        }
    }

    static func app(_ test: TestDatabase, base: String, secret: String?) async throws -> some ApplicationProtocol {
        var auth = testAuthSettings
        auth.supabase = SupabaseAuthSettings(
            jwtSecret: secret, jwksURL: URL(string: base + "/auth/v1/.well-known/jwks.json"), issuer: base + "/auth/v1")
        return try await makeApp(url: test.url, auth: auth)
    }

    @Test("a token signed with the project's published key (ES256, by kid) or its JWT secret (HS256) signs the member in; forged, foreign, expired, anonymous and wrong-audience or wrong-issuer tokens do not")
    func acceptsSupabaseTokens() async throws {
        let supabase = LocalSupabaseAuth()
        try await supabase.run { base in
            try await withTestDatabase { test in
                try await Self.signedIn(test.database)
                let app = try await Self.app(test, base: base, secret: await supabase.jwtSecret)
                try await app.test(.router) { client in
                    let api = APIClient(client: client)
                    let issuer = base + "/auth/v1"
                    func token(_ signing: LocalSupabaseAuth.Signing = .asymmetric, audience: String = "authenticated", expiresIn: TimeInterval = 3600,
                               issuer: String = issuer, anonymous: Bool = false) async throws -> String {
                        try await supabase.token(user: Self.rep, session: Self.session, email: "rep@supa.example", issuer: issuer,
                                                 signing: signing, audience: audience, expiresIn: expiresIn, anonymous: anonymous)
                    }
                    // act + assert: accepted
                    for signing in [LocalSupabaseAuth.Signing.asymmetric, .secret] {
                        let me = try await api.call(.get, "/me", token: try await token(signing))
                        #expect(me.status == .ok, "\(signing): \(me.text)")
                        #expect(me.text.contains("Supa Rep") && me.text.contains(Self.org.uuidString.lowercased()), "\(me.text)")
                    }
                    // refused
                    let refused: [(String, String)] = [
                        ("signed by a key the project never published", try await token(.foreignKey)),
                        ("expired", try await token(expiresIn: -60)),
                        ("for another audience", try await token(audience: "anon")),
                        ("from another project", try await token(issuer: "https://other.supabase.co/auth/v1")),
                        ("an anonymous sign-in", try await token(anonymous: true)),
                        ("tampered", String(try await token().dropLast(3)) + "abc"),
                    ]
                    for (what, bad) in refused {
                        #expect(try await api.call(.get, "/me", token: bad).status == .unauthorized, "\(what)")
                    }
                    #expect(await supabase.jwksRequests <= 3, "unknown kids do not make the server fetch the keys on every request")
                }
            }
        }
    }

    @Test("revocation ends Supabase sessions on the next request: sign-out (the auth.sessions row deleted), removal from the team, a session past not_after")
    func revocation() async throws {
        let supabase = LocalSupabaseAuth()
        try await supabase.run { base in
            try await withTestDatabase { test in
                try await Self.signedIn(test.database)
                let app = try await Self.app(test, base: base, secret: nil)
                try await app.test(.router) { client in
                    let api = APIClient(client: client)
                    let token = try await supabase.token(user: Self.rep, session: Self.session, email: "rep@supa.example", issuer: base + "/auth/v1")
                    #expect(try await api.call(.get, "/me", token: token).status == .ok)
                    func owner(_ sql: PostgresQuery) async throws {
                        try await test.database.ownerConnection { c in _ = try await c.query(sql, logger: TestPostgres.logger).collect() }
                    }
                    // a session past its not_after
                    try await owner("UPDATE auth.sessions SET not_after = now() - interval '1 minute' WHERE id = \(Self.session)")
                    #expect(try await api.call(.get, "/me", token: token).status == .unauthorized)
                    try await owner("UPDATE auth.sessions SET not_after = NULL WHERE id = \(Self.session)")
                    #expect(try await api.call(.get, "/me", token: token).status == .ok)
                    // removed from the team
                    try await owner("INSERT INTO app.member_removals (id, org_id) VALUES (\(Self.rep), \(Self.org))")
                    #expect(try await api.call(.get, "/me", token: token).status == .unauthorized)
                    try await owner("DELETE FROM app.member_removals WHERE id = \(Self.rep)")
                    #expect(try await api.call(.get, "/me", token: token).status == .ok)
                    // signed out: Supabase deletes the session row
                    try await owner("DELETE FROM auth.sessions WHERE id = \(Self.session)")
                    #expect(try await api.call(.get, "/me", token: token).status == .unauthorized)
                }
            }
        }
    }
}
