import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

extension SharedTenantSuites {
    /// The headline of "the database is the security boundary": one org's rows are never visible to, nor
    /// writable by, another org — not even by its admin, not even with a statement that names no row.
    @Suite("Tenant isolation")
    struct TenantIsolationTests {
        /// A table holding org data, how to find org A's rows in it (as the owner), and a write that would
        /// change any row it reached.
        struct OrgTable: Sendable, CustomTestStringConvertible {
            let table: String
            let orgARows: String
            let mutation: String
            var testDescription: String { table }
        }

        static let orgAUsers = "(SELECT id FROM public.users WHERE org_id = 'aaaaaaaa-0000-0000-0000-000000000000')"
        static let orgASessions = "(SELECT id FROM public.roleplay_sessions WHERE user_id IN \(orgAUsers))"

        static let tables: [OrgTable] = [
            OrgTable(table: "public.organizations", orgARows: "id = 'aaaaaaaa-0000-0000-0000-000000000000'", mutation: "name = 'pwned'"),
            OrgTable(table: "public.users", orgARows: "id IN \(orgAUsers)", mutation: "name = 'pwned'"),
            OrgTable(table: "public.roleplay_sessions", orgARows: "user_id IN \(orgAUsers)", mutation: "persona_id = 'pwned'"),
            OrgTable(table: "public.session_scores", orgARows: "session_id IN \(orgASessions)", mutation: "feedback = 'pwned'"),
            OrgTable(table: "public.call_uploads", orgARows: "user_id IN \(orgAUsers)", mutation: "error_message = 'pwned'"),
            OrgTable(table: "public.curriculum_progress", orgARows: "user_id IN \(orgAUsers)", mutation: "score = 1"),
            OrgTable(table: "public.session_events", orgARows: "session_id IN \(orgASessions)", mutation: "event_type = 'pwned'"),
            OrgTable(table: "public.audit_log",
                     orgARows: """
                         (table_name = 'users' AND (new_data->>'org_id') = 'aaaaaaaa-0000-0000-0000-000000000000')
                         OR record_id IN \(orgASessions)
                         OR record_id IN (SELECT id FROM public.call_uploads WHERE user_id IN \(orgAUsers))
                         OR record_id IN (SELECT id FROM public.session_scores WHERE session_id IN \(orgASessions))
                         """,
                     mutation: "user_agent = 'pwned'"),
            OrgTable(table: "storage.objects", orgARows: "(storage.foldername(name))[1] IN (SELECT id::text FROM \(orgAUsers) u)",
                     mutation: #"metadata = '{"size": 1, "mimetype": "audio/wav"}'"#),
        ]

        /// md5 of org A's rows of `table`, read as the owner.
        static func fingerprint(_ table: OrgTable, _ connection: PostgresConnection) async throws -> String {
            let text = try await connection.string(PostgresQuery(unsafeSQL: """
                SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id::text)), '')
                FROM \(table.table) t WHERE \(table.orgARows)
                """))
            return try #require(text)
        }

        @Test("No row of one org is ever visible or writable from another org", arguments: tables)
        func adminOfOrgBCannotReachOrgA(_ table: OrgTable) async throws {
            let database = try SharedTenantDatabase.database()
            // setup: org A's rows exist, and org B's admin is the most privileged user outside org A
            let before = try await database.ownerConnection { try await Self.fingerprint(table, $0) }
            let orgARows = try await database.ownerConnection { c in
                try await c.int(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table.table) t WHERE \(table.orgARows)"))
            }
            #expect(orgARows > 0, "the fixture must give org A rows in \(table.table)")

            // act + assert: read everything, no WHERE
            let seen = try await database.rolledBack(as: Caller.adminB.identity) { c in
                try await c.strings(PostgresQuery(unsafeSQL: "SELECT t.id::text FROM \(table.table) t"))
            }
            let orgAIDs = try await database.ownerConnection { c in
                try await c.strings(PostgresQuery(unsafeSQL: "SELECT t.id::text FROM \(table.table) t WHERE \(table.orgARows)"))
            }
            #expect(Set(seen).isDisjoint(with: orgAIDs), "admin B sees org A rows of \(table.table): \(seen.map(Tenants.name))")

            // act + assert: update and delete everything, no WHERE; either refused (42501) or nothing of org A changed
            for statement in ["UPDATE \(table.table) SET \(table.mutation)", "DELETE FROM \(table.table)"] {
                let (error, after): (String?, String?) = try await database.rolledBack(as: Caller.adminB.identity) { c in
                    do {
                        try await c.run(PostgresQuery(unsafeSQL: statement))
                    } catch {
                        return (sqlState(of: error), nil)
                    }
                    try await c.becomeOwner()
                    return (nil, try await Self.fingerprint(table, c))
                }
                if let error {
                    #expect(error == "42501", "\(statement): \(error)")
                } else {
                    #expect(after == before, "\(statement) as admin B changed org A's rows")
                }
            }
        }

        @Test("admin B cannot create rows that belong to org A")
        func adminOfOrgBCannotInsertIntoOrgA() async throws {
            let database = try SharedTenantDatabase.database()
            let repA = Tenants.member("repA")
            let statements: [PostgresQuery] = [
                "INSERT INTO public.roleplay_sessions (user_id, persona_id, scenario_type) VALUES (\(Tenants.repA), 'p', 'cold_call')",
                "INSERT INTO public.session_scores (session_id, dimension, score) VALUES (\(repA.session), 'pitch', 5)",
                "INSERT INTO public.call_uploads (user_id, file_path) VALUES (\(Tenants.repA), 'f')",
                "INSERT INTO public.curriculum_progress (user_id, module_id) VALUES (\(Tenants.repA), 4)",
                "INSERT INTO public.users (id, org_id, email, name) VALUES (gen_random_uuid(), \(Tenants.orgA), 'spy@b.test', 'spy')",
                "INSERT INTO public.session_events (session_id, event_type, data) VALUES (\(repA.session), 'x', '{}')",
                "INSERT INTO public.audit_log (table_name, operation, user_id) VALUES ('users', 'UPDATE', \(Tenants.repA))",
                #"INSERT INTO storage.objects (bucket_id, name, metadata) VALUES ('call-recordings', \#(repA.folder + "/spy.mp3"), '{"size": 1, "mimetype": "audio/mpeg"}')"#,
                "UPDATE public.users SET org_id = \(Tenants.orgA) WHERE id = \(Tenants.adminB)",
            ]
            for statement in statements {
                let state = try await database.rolledBack(as: Caller.adminB.identity) { c in
                    await failure { try await c.run(statement) }
                }
                #expect(state == "42501", "\(statement.sql) as admin B: \(state ?? "succeeded")")
            }
        }

        @Test("a query with its WHERE removed still returns only what RLS allows")
        func missingWhereStillFiltered() async throws {
            let database = try SharedTenantDatabase.database()
            // setup: the owner sees every session of the fixture, soft-deleted included
            let all = try await database.ownerConnection { try await $0.int("SELECT count(*) FROM public.roleplay_sessions") }
            #expect(all == 5)
            // act: the application "forgot" its WHERE user_id = …
            let seen = try await database.rolledBack(as: Caller.repA.identity) { c in
                (sessions: try await c.strings("SELECT id::text FROM public.roleplay_sessions").map(Tenants.name),
                 uploads: try await c.strings("SELECT id::text FROM public.call_uploads").map(Tenants.name),
                 scores: try await c.strings("SELECT id::text FROM public.session_scores").map(Tenants.name),
                 users: try await c.strings("SELECT id::text FROM public.users").map(Tenants.name),
                 audit: try await c.int("SELECT count(*) FROM public.audit_log"),
                 joined: try await c.strings("""
                     SELECT u.name || '/' || s.id FROM public.users u JOIN public.roleplay_sessions s ON s.user_id = u.id
                     """).map(Tenants.name))
            }
            // assert
            #expect(seen.sessions == ["sess-repA"])
            #expect(seen.uploads == ["up-repA"])
            #expect(seen.scores == ["score-repA"])
            #expect(seen.users == ["repA"])
            #expect(seen.audit == 0)
            #expect(seen.joined == ["repA/sess-repA"])
        }

        @Test("a user without an org, or a token for an unknown user, sees no org data")
        func orglessAndUnknownUsersSeeNothing() async throws {
            let database = try SharedTenantDatabase.database()
            for identity in [DatabaseIdentity.user(Tenants.loner), .user(UUID())] {
                let counts = try await database.rolledBack(as: identity) { c in
                    try await c.strings("""
                        SELECT (SELECT count(*) FROM public.organizations) || ',' || (SELECT count(*) FROM public.roleplay_sessions)
                            || ',' || (SELECT count(*) FROM public.call_uploads) || ',' || (SELECT count(*) FROM public.audit_log)
                            || ',' || (SELECT count(*) FROM storage.objects) || ',' || (SELECT count(*) FROM public.users WHERE id <> \(Tenants.loner))
                        """)
                }
                #expect(counts == ["0,0,0,0,0,0"], "\(identity.claimsJSON)")
            }
        }
    }
}
