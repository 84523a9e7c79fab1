import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport
extension SharedTenantSuites {
    @Suite("audit_trigger_func")
    struct AuditTriggerTests {
        /// One audit row, readable.
        struct Entry: Equatable, CustomStringConvertible {
            var table: String
            var record: String
            var operation: String
            var user: String
            var ip: String
            var agent: String
            var old: String
            var new: String
            var description: String { "\(table) \(record) \(operation) by \(user) from \(ip) [\(agent)] old=\(old) new=\(new)" }
        }

        /// The audit rows written by the current transaction, oldest first (read as the owner).
        /// This transaction's entries in the order they were written: the command id (`cmin`) grows with each
        /// statement, where `ctid` follows wherever free space was found and can put a later row first.
        static func entries(_ c: PostgresConnection, oldKey: String = "id", newKey: String = "id") async throws -> [Entry] {
            try await c.query("""
                SELECT table_name, coalesce(record_id::text, 'NULL'), operation, coalesce(user_id::text, 'NULL'),
                       coalesce(host(ip_address), 'NULL'), coalesce(user_agent, 'NULL'),
                       coalesce(old_data ->> \(oldKey), 'NULL'), coalesce(new_data ->> \(newKey), 'NULL')
                FROM public.audit_log WHERE created_at = now() ORDER BY cmin::text::int, ctid
                """, logger: TestPostgres.logger).collect().map { row in
                let v = try row.decode((String, String, String, String, String, String, String, String).self)
                return Entry(table: v.0, record: Tenants.name(v.1), operation: v.2, user: Tenants.name(v.3), ip: v.4, agent: v.5,
                             old: Tenants.name(v.6), new: Tenants.name(v.7))
            }
        }

        static let repA = Tenants.member("repA")

        static func identity(ip: String?, agent: String? = "UA/1") -> DatabaseIdentity {
            .user(Tenants.repA, clientIP: ip, userAgent: agent)
        }

        @Test("INSERT, UPDATE and soft DELETE on sessions, scores and uploads are recorded with actor, IP, user agent and row images")
        func recordsEveryChangeOfTheAuditedTables() async throws {
            let database = try SharedTenantDatabase.database()
            let newSession = UUID(), newScore = UUID(), newUpload = UUID()
            let entries = try await database.rolledBack(as: Self.identity(ip: "203.0.113.7")) { c in
                // act, as rep A
                try await c.run("INSERT INTO public.roleplay_sessions (id, user_id, persona_id, scenario_type) VALUES (\(newSession), \(Tenants.repA), 'p', 'closing')")
                try await c.run("INSERT INTO public.session_scores (id, session_id, dimension, score) VALUES (\(newScore), \(newSession), 'pitch', 6)")
                try await c.run("INSERT INTO public.call_uploads (id, user_id, file_path) VALUES (\(newUpload), \(Tenants.repA), 'f')")
                try await c.run("UPDATE public.call_uploads SET status = 'scoring' WHERE id = \(newUpload)")
                try await c.run("DELETE FROM public.session_scores WHERE id = \(newScore)")
                try await c.run("DELETE FROM public.call_uploads WHERE id = \(newUpload)")
                try await c.run("DELETE FROM public.roleplay_sessions WHERE id = \(newSession)")
                try await c.becomeOwner()
                return try await Self.entries(c)
            }
            let s = newSession.uuidString.lowercased(), sc = newScore.uuidString.lowercased(), u = newUpload.uuidString.lowercased()
            func entry(_ table: String, _ record: String, _ operation: String, old: String, new: String) -> Entry {
                Entry(table: table, record: record, operation: operation, user: "repA", ip: "203.0.113.7", agent: "UA/1", old: old, new: new)
            }
            #expect(entries == [
                entry("roleplay_sessions", s, "INSERT", old: "NULL", new: s),
                entry("session_scores", sc, "INSERT", old: "NULL", new: sc),
                entry("call_uploads", u, "INSERT", old: "NULL", new: u),
                entry("call_uploads", u, "UPDATE", old: u, new: u),
                // a soft delete is the UPDATE of deleted_at, recorded as what the user did: DELETE
                entry("session_scores", sc, "DELETE", old: sc, new: sc),
                entry("call_uploads", u, "DELETE", old: u, new: u),
                entry("roleplay_sessions", s, "DELETE", old: s, new: s),
            ])
        }

        @Test("old and new data are the full rows as JSONB")
        func rowImages() async throws {
            let database = try SharedTenantDatabase.database()
            let images = try await database.rolledBack(as: Self.identity(ip: "203.0.113.7")) { c in
                try await c.run("UPDATE public.call_uploads SET status = 'failed', error_message = 'boom' WHERE id = \(Self.repA.upload)")
                try await c.becomeOwner()
                return try await c.strings("""
                    SELECT (old_data ->> 'status') || '>' || (new_data ->> 'status') || ',' || (new_data ->> 'error_message') || ','
                           || jsonb_typeof(old_data) || ',' || (SELECT count(*) FROM jsonb_object_keys(new_data))
                    FROM public.audit_log WHERE created_at = now() AND table_name = 'call_uploads'
                    """)
            }
            #expect(images == ["pending>failed,boom,object,13"])
        }

        @Test("users: a sign-up is an INSERT, a rename an UPDATE, an erasure a DELETE whose actor is kept as NULL")
        func usersAreAudited() async throws {
            let database = try SharedTenantDatabase.database()
            let entries = try await database.rolledBack(as: Self.identity(ip: "2001:db8::1", agent: "UA/2")) { c in
                try await c.run("UPDATE public.users SET name = 'Renamed' WHERE id = \(Tenants.repA)")
                try await c.becomeOwner()
                try await c.run("SELECT set_config('role', 'service_role', true), set_config('request.jwt.claims', '{\"role\":\"service_role\"}', true)")
                try await c.run("INSERT INTO auth.users (id, email) VALUES ('dddddddd-0000-0000-0000-000000000001', 'new@x.test')")
                try await c.run("DELETE FROM public.users WHERE id = 'dddddddd-0000-0000-0000-000000000001'")
                try await c.becomeOwner()
                return try await Self.entries(c, oldKey: "name", newKey: "name")
            }
            let newUser = "dddddddd-0000-0000-0000-000000000001"
            #expect(entries == [
                Entry(table: "users", record: "repA", operation: "UPDATE", user: "repA", ip: "2001:db8::1", agent: "UA/2", old: "repA", new: "Renamed"),
                Entry(table: "users", record: newUser, operation: "INSERT", user: "NULL", ip: "2001:db8::1", agent: "UA/2", old: "NULL", new: "new"),
                Entry(table: "users", record: newUser, operation: "DELETE", user: "NULL", ip: "2001:db8::1", agent: "UA/2", old: "new", new: "NULL"),
            ])
        }

        @Test("an invalid or missing client IP is stored as NULL and the write still succeeds")
        func invalidIPBecomesNull() async throws {
            let database = try SharedTenantDatabase.database()
            for (ip, stored) in [("not-an-ip", "NULL"), ("", "NULL"), ("  198.51.100.4 ", "198.51.100.4"), ("999.1.1.1", "NULL")] {
                let entries = try await database.rolledBack(as: Self.identity(ip: ip, agent: nil)) { c in
                    try await c.run("UPDATE public.call_uploads SET status = 'scoring' WHERE id = \(Self.repA.upload)")
                    try await c.becomeOwner()
                    return try await Self.entries(c)
                }
                #expect(entries.map(\.ip) == [stored], "client IP \(ip)")
                #expect(entries.map(\.agent) == ["NULL"])
            }
        }

        @Test("without the server's settings, PostgREST's request.headers give the IP (x-forwarded-for's first hop, x-real-ip) and user agent")
        func requestHeadersFallback() async throws {
            let database = try SharedTenantDatabase.database()
            let cases: [(String, String)] = [
                (#"{"x-forwarded-for": "198.51.100.9, 10.0.0.1", "user-agent": "curl/8"}"#, "198.51.100.9 curl/8"),
                (#"{"x-real-ip": "192.0.2.5"}"#, "192.0.2.5 NULL"),
                ("not json", "NULL NULL"),
            ]
            for (headers, expected) in cases {
                let entries = try await database.rolledBack(as: .service) { c in
                    try await c.run("SELECT set_config('request.headers', \(headers), true)")
                    try await c.run("UPDATE public.call_uploads SET status = 'completed' WHERE id = \(Self.repA.upload)")
                    try await c.becomeOwner()
                    return try await Self.entries(c)
                }
                #expect(entries.map { "\($0.ip) \($0.agent)" } == [expected], "\(headers)")
                #expect(entries.map(\.user) == ["NULL"], "service work without sub has no actor")
            }
        }

        @Test("a sub of an unknown user or a malformed sub gives a NULL actor, never a failed write")
        func unknownActorIsNull() async throws {
            let database = try SharedTenantDatabase.database()
            for claims in [#"{"sub": "eeeeeeee-0000-0000-0000-000000000000", "role": "service_role"}"#, #"{"sub": "garbage", "role": "service_role"}"#] {
                let users = try await database.rolledBack(as: .service) { c in
                    try await c.run("SELECT set_config('request.jwt.claims', \(claims), true)")
                    try await c.run("UPDATE public.call_uploads SET status = 'completed' WHERE id = \(Self.repA.upload)")
                    try await c.becomeOwner()
                    return try await Self.entries(c).map(\.user)
                }
                #expect(users == ["NULL"], "\(claims)")
            }
        }

        @Test("a restore (deleted_at back to NULL) is recorded as UPDATE")
        func restoreIsAnUpdate() async throws {
            let database = try SharedTenantDatabase.database()
            let operations = try await database.rolledBack(as: .service) { c in
                try await c.run("DELETE FROM public.call_uploads WHERE id = \(Self.repA.upload)")
                try await c.run("UPDATE public.call_uploads SET deleted_at = NULL WHERE id = \(Self.repA.upload)")
                try await c.becomeOwner()
                return try await Self.entries(c).map(\.operation)
            }
            #expect(operations == ["DELETE", "UPDATE"])
        }

        @Test("users cannot write audit rows themselves; the trigger writes them as SECURITY DEFINER")
        func onlyTheTriggerWritesForUsers() async throws {
            let database = try SharedTenantDatabase.database()
            let forged = try await database.rolledBack(as: Caller.adminA.identity) { c in
                await failure { try await c.run("INSERT INTO public.audit_log (table_name, operation) VALUES ('users', 'DELETE')") }
            }
            #expect(forged == "42501")
            // the same user's ordinary write is audited even though they hold no INSERT on audit_log
            let count = try await database.rolledBack(as: Caller.adminA.identity) { c in
                try await c.run("UPDATE public.users SET name = 'x' WHERE id = \(Tenants.adminA)")
                try await c.becomeOwner()
                return try await Self.entries(c).count
            }
            #expect(count == 1)
        }

        @Test("admins read their own org's new audit entries and never another org's")
        func adminsReadTheirOrgsTrail() async throws {
            let database = try SharedTenantDatabase.database()
            for (reader, expected) in [(Caller.adminA, 1), (.adminB, 0), (.repB, 0), (.repA, 0)] {
                let seen = try await database.rolledBack(as: Caller.repA.identity) { c in
                    try await c.run("UPDATE public.call_uploads SET status = 'failed' WHERE id = \(Self.repA.upload)")
                    try await c.run("SELECT set_config('request.jwt.claims', \(reader.identity.claimsJSON), true)")
                    return try await c.int("SELECT count(*) FROM public.audit_log WHERE operation = 'UPDATE' AND created_at = now()")
                }
                #expect(seen == expected, "\(reader)")
            }
        }
    }
}
