import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport
extension SharedTenantSuites {
    @Suite("soft_delete")
    struct SoftDeleteTests {
        struct Target: Sendable, CustomTestStringConvertible {
            let table: String
            let id: UUID
            var testDescription: String { table }
        }

        static let repA = Tenants.member("repA")
        static let targets: [Target] = [
            Target(table: "public.roleplay_sessions", id: repA.session),
            Target(table: "public.session_scores", id: repA.score),
            Target(table: "public.call_uploads", id: repA.upload),
            Target(table: "public.curriculum_progress", id: repA.progress),
        ]

        @Test("a DELETE by the owner of the row leaves it with deleted_at = now(); RLS hides it; the owner role still sees it", arguments: targets)
        func deleteMarksTheRow(_ target: Target) async throws {
            let database = try SharedTenantDatabase.database()
            let observed = try await database.rolledBack(as: Caller.repA.identity) { c in
                // setup: visible before
                let before = try await c.int(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(target.table) WHERE id = '\(target.id)'"))
                // act
                let returned = try await c.strings(PostgresQuery(unsafeSQL: "DELETE FROM \(target.table) WHERE id = '\(target.id)' RETURNING id::text"))
                let after = try await c.int(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(target.table) WHERE id = '\(target.id)'"))
                try await c.becomeOwner()
                let marked = try await c.string(PostgresQuery(unsafeSQL: "SELECT (deleted_at = now())::text FROM \(target.table) WHERE id = '\(target.id)'"))
                return "\(before) \(returned.count) \(after) \(marked ?? "gone")"
            }
            // assert: visible, DELETE reports nothing (the row is kept), invisible after, marked with the transaction's now()
            #expect(observed == "1 0 0 true")
        }

        @Test("deleting an already deleted row keeps its first deleted_at")
        func secondDeleteIsANoOp() async throws {
            let database = try SharedTenantDatabase.database()
            let old = Tenants.repAOld.upload
            let unchanged = try await database.rolledBack(as: .service) { c in
                let before = try await c.string("SELECT deleted_at::text FROM public.call_uploads WHERE id = \(old)")
                try await c.run("DELETE FROM public.call_uploads WHERE id = \(old)")
                let after = try await c.string("SELECT deleted_at::text FROM public.call_uploads WHERE id = \(old)")
                return before != nil && before == after
            }
            #expect(unchanged)
        }

        @Test("the hard-delete escape hatch works for service_role and the owner, and is ignored for signed-in users")
        func hardDeleteEscapeHatch() async throws {
            let database = try SharedTenantDatabase.database()
            let hatch: PostgresQuery = "SELECT set_config('app.hard_delete', 'on', true)"
            // service_role
            let service = try await database.rolledBack(as: .service) { c in
                try await c.run(hatch)
                try await c.run("DELETE FROM public.call_uploads WHERE id = \(Self.repA.upload)")
                return try await c.int("SELECT count(*) FROM public.call_uploads WHERE id = \(Self.repA.upload)")
            }
            #expect(service == 0)
            // service_role without the flag: soft
            let withoutFlag = try await database.rolledBack(as: .service) { c in
                try await c.run("DELETE FROM public.call_uploads WHERE id = \(Self.repA.upload)")
                return try await c.int("SELECT count(*) FROM public.call_uploads WHERE id = \(Self.repA.upload) AND deleted_at IS NOT NULL")
            }
            #expect(withoutFlag == 1)
            // the owner (no SET ROLE): hard, and the session's scores go with it through the cascade
            let owner = try await database.rolledBack(as: .service) { c in
                try await c.becomeOwner()
                try await c.run(hatch)
                try await c.run("DELETE FROM public.roleplay_sessions WHERE id = \(Self.repA.session)")
                return try await c.int("""
                    SELECT (SELECT count(*) FROM public.roleplay_sessions WHERE id = \(Self.repA.session))
                         + (SELECT count(*) FROM public.session_scores WHERE session_id = \(Self.repA.session))
                    """)
            }
            #expect(owner == 0)
            // a signed-in user setting the flag: still soft
            let user = try await database.rolledBack(as: Caller.repA.identity) { c in
                try await c.run(hatch)
                try await c.run("DELETE FROM public.call_uploads WHERE id = \(Self.repA.upload)")
                try await c.becomeOwner()
                return try await c.int("SELECT count(*) FROM public.call_uploads WHERE id = \(Self.repA.upload) AND deleted_at IS NOT NULL")
            }
            #expect(user == 1)
            // an already soft-deleted row can be purged
            let purge = try await database.rolledBack(as: .service) { c in
                try await c.run(hatch)
                try await c.run("DELETE FROM public.call_uploads WHERE id = \(Tenants.repAOld.upload)")
                return try await c.int("SELECT count(*) FROM public.call_uploads WHERE id = \(Tenants.repAOld.upload)")
            }
            #expect(purge == 0)
        }

        @Test("erasing a user cascades through the soft-delete tables and keeps the audit trail with a NULL actor")
        func erasureCascades() async throws {
            let database = try SharedTenantDatabase.database()
            let repB = Tenants.member("repB")
            let remaining = try await database.rolledBack(as: DatabaseIdentity.service) { c in
                // an entry whose actor is rep B
                try await c.run("SELECT set_config('request.jwt.claims', \(DatabaseIdentity.user(Tenants.repB).claimsJSON), true)")
                try await c.run("UPDATE public.roleplay_sessions SET duration_seconds = 1 WHERE id = \(repB.session)")
                let actorEntries = try await c.int("SELECT count(*) FROM public.audit_log WHERE user_id = \(Tenants.repB)")
                // act: no hard-delete flag
                try await c.run("DELETE FROM public.users WHERE id = \(Tenants.repB)")
                return try await c.strings("""
                    SELECT \(actorEntries)::text
                    UNION ALL SELECT count(*)::text FROM public.roleplay_sessions WHERE user_id = \(Tenants.repB)
                    UNION ALL SELECT count(*)::text FROM public.session_scores WHERE session_id = \(repB.session)
                    UNION ALL SELECT count(*)::text FROM public.call_uploads WHERE user_id = \(Tenants.repB)
                    UNION ALL SELECT count(*)::text FROM public.curriculum_progress WHERE user_id = \(Tenants.repB)
                    UNION ALL SELECT count(*)::text FROM public.audit_log WHERE user_id = \(Tenants.repB)
                    UNION ALL SELECT count(*)::text FROM public.audit_log WHERE record_id = \(repB.session) AND operation = 'UPDATE' AND user_id IS NULL
                    """)
            }
            #expect(remaining == ["1", "0", "0", "0", "0", "0", "1"])
        }

        @Test("soft-deleting a session hides its scores and events; restoring brings them back")
        func sessionDeleteHidesChildren() async throws {
            let database = try SharedTenantDatabase.database()
            let counts = try await database.rolledBack(as: Caller.repA.identity) { c in
                let query: PostgresQuery = """
                    SELECT (SELECT count(*) FROM public.roleplay_sessions) || ',' || (SELECT count(*) FROM public.session_scores)
                           || ',' || (SELECT count(*) FROM public.session_events)
                    """
                let before = try await c.string(query)
                try await c.run("DELETE FROM public.roleplay_sessions WHERE id = \(Self.repA.session)")
                let deleted = try await c.string(query)
                let asAdmin = try await { () async throws -> String? in
                    try await c.run("SELECT set_config('request.jwt.claims', \(Caller.adminA.identity.claimsJSON), true)")
                    return try await c.string(query)
                }()
                // a user cannot undelete (no row matches an UPDATE of a deleted row); the service does
                try await c.run("SELECT set_config('role', 'service_role', true)")
                try await c.run("UPDATE public.roleplay_sessions SET deleted_at = NULL WHERE id = \(Self.repA.session)")
                try await c.run("SELECT set_config('role', 'authenticated', true), set_config('request.jwt.claims', \(Caller.repA.identity.claimsJSON), true)")
                let restored = try await c.string(query)
                return [before, deleted, asAdmin, restored].map { $0 ?? "NULL" }
            }
            #expect(counts == ["1,1,1", "0,0,0", "2,2,2", "1,1,1"])
        }

        @Test("a user cannot delete, undelete or edit a row by writing deleted_at")
        func deletedAtIsNotWritableByUsers() async throws {
            let database = try SharedTenantDatabase.database()
            let undelete = try await database.rolledBack(as: Caller.repA.identity) { c in
                try await c.strings("UPDATE public.call_uploads SET deleted_at = NULL WHERE id = \(Tenants.repAOld.upload) RETURNING id::text")
            }
            #expect(undelete == [])
            let delete = try await database.rolledBack(as: Caller.repA.identity) { c in
                await failure { try await c.run("UPDATE public.curriculum_progress SET deleted_at = now() WHERE id = \(Self.repA.progress)") }
            }
            #expect(delete == "42501")
        }
    }
}
