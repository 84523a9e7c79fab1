import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("Accounts tables (011): who may touch them")
struct AccountTablesSecurityTests {
    /// The SQLSTATE a statement ends with as `identity`, or nil when it succeeds; always rolled back.
    static func outcome(_ sql: PostgresQuery, as identity: DatabaseIdentity, in test: TestDatabase) async -> String? {
        struct Rollback: Error {}
        do {
            try await test.database.transaction(as: identity) { connection in
                try await connection.run(sql, logger: TestPostgres.logger)
                throw Rollback()
            }
        } catch is Rollback {
            return nil
        } catch {
            return (error as? PSQLError)?.serverInfo?[.sqlState] ?? "\(error)"
        }
        return nil
    }

    @Test("refresh tokens and rate-limit counters are service_role's alone: a signed-in user or anon is refused outright")
    func serviceOnlyTables() async throws {
        try await withTestDatabase { test in
            let someone = DatabaseIdentity.user(UUID())
            for table in ["app.refresh_tokens", "app.rate_limit_counters"] {
                for identity in [someone, DatabaseIdentity.anon] {
                    let read = await Self.outcome(PostgresQuery(unsafeSQL: "SELECT * FROM \(table)"), as: identity, in: test)
                    #expect(read == "42501", "\(identity.role) reading \(table)")
                    let wipe = await Self.outcome(PostgresQuery(unsafeSQL: "DELETE FROM \(table)"), as: identity, in: test)
                    #expect(wipe == "42501", "\(identity.role) deleting from \(table)")
                }
                #expect(await Self.outcome(PostgresQuery(unsafeSQL: "SELECT * FROM \(table)"), as: .service, in: test) == nil)
            }
        }
    }

    @Test("plan limits are readable by signed-in users and writable by service_role only")
    func planLimits() async throws {
        try await withTestDatabase { test in
            let someone = DatabaseIdentity.user(UUID())
            #expect(await Self.outcome("SELECT * FROM app.plan_limits", as: someone, in: test) == nil)
            #expect(await Self.outcome("UPDATE app.plan_limits SET max_members = 1000", as: someone, in: test) == "42501")
            #expect(await Self.outcome("SELECT * FROM app.plan_limits", as: .anon, in: test) == "42501")
            #expect(await Self.outcome("UPDATE app.plan_limits SET max_members = 1000 WHERE plan = 'free'", as: .service, in: test) == nil)
        }
    }

    @Test("a user cannot accept an invite or un-revoke one by writing the row: only revoked_at is theirs to set")
    func inviteColumns() async throws {
        try await withTestDatabase { test in
            let someone = DatabaseIdentity.user(UUID())
            #expect(await Self.outcome("UPDATE app.invites SET accepted_at = now()", as: someone, in: test) == "42501")
            #expect(await Self.outcome("UPDATE app.invites SET role = 'admin'", as: someone, in: test) == "42501")
            #expect(await Self.outcome("DELETE FROM app.invites", as: someone, in: test) == "42501")
        }
    }
}
