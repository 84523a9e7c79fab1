import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport
extension SharedTenantSuites {
    @Suite("handle_new_user and the user identity guard")
    struct UserSyncTests {
        /// Signs a user up as the owner would (the server's sign-up runs as service_role) and returns the
        /// public.users row that the trigger made, as "name,role,org" (or nil when none was made).
        static func signUp(
            _ c: PostgresConnection, id: UUID = UUID(), email: String, app: String? = nil, meta: String? = nil
        ) async throws -> String? {
            try await c.run("""
                INSERT INTO auth.users (id, email, raw_app_meta_data, raw_user_meta_data) VALUES (\(id), \(email), \(app)::jsonb, \(meta)::jsonb)
                """)
            return try await c.string("""
                SELECT name || ',' || coalesce(role, 'NULL') || ',' || coalesce(org_id::text, 'NULL') FROM public.users WHERE id = \(id)
                """).map(Tenants.name)
        }

        @Test("the fixture's users were made by the trigger from auth.users metadata, with the same ids")
        func fixtureUsersCameFromTheTrigger() async throws {
            let database = try SharedTenantDatabase.database()
            let rows = try await database.ownerConnection { c in
                try await c.strings("""
                    SELECT u.id || ' ' || u.email || ' ' || u.name || ' ' || u.role || ' ' || coalesce(u.org_id::text, '-')
                    FROM public.users u JOIN auth.users a USING (id) ORDER BY u.email
                    """).map(Tenants.name)
            }
            #expect(rows == [
                "adminA admin.a@a.test adminA admin orgA",
                "adminB admin.b@b.test adminB admin orgB",
                "loner loner@c.test loner user -",
                "repA rep.a@a.test repA user orgA",
                "repB rep.b@a.test repB user orgA",
            ])
        }

        @Test("name comes from the metadata, else from the email's local part")
        func nameFromMetadataOrEmail() async throws {
            let database = try SharedTenantDatabase.database()
            let rows = try await database.rolledBack(as: .service) { c in
                [
                    try await Self.signUp(c, email: "jane.doe@x.test", meta: #"{"name": "Jane Doe"}"#),
                    try await Self.signUp(c, email: "john.roe@x.test"),
                    try await Self.signUp(c, email: "blank@x.test", meta: #"{"name": "   "}"#),
                    try await Self.signUp(c, email: "noname@x.test", meta: #"{"title": "CEO"}"#),
                ]
            }
            #expect(rows == ["Jane Doe,user,NULL", "john.roe,user,NULL", "blank,user,NULL", "noname,user,NULL"])
        }

        @Test("org and role come from app metadata first, then user metadata; bad values are ignored or normalised")
        func orgAndRoleFromMetadata() async throws {
            let database = try SharedTenantDatabase.database()
            let orgA = Tenants.orgA.uuidString.lowercased(), orgB = Tenants.orgB.uuidString.lowercased()
            let rows = try await database.rolledBack(as: .service) { c in
                [
                    try await Self.signUp(c, email: "a@x.test", app: #"{"org_id": "\#(orgB)", "role": "user"}"#,
                                          meta: #"{"name": "A", "org_id": "\#(orgA)", "role": "admin"}"#),
                    try await Self.signUp(c, email: "b@x.test", meta: #"{"name": "B", "org_id": "\#(orgA)", "role": "admin"}"#),
                    try await Self.signUp(c, email: "c@x.test", meta: #"{"name": "C", "org_id": "not-a-uuid", "role": "root"}"#),
                ]
            }
            #expect(rows == ["A,user,orgB", "B,admin,orgA", "C,user,NULL"])
            // an org that does not exist fails the sign-up instead of creating an orphan
            let missingOrg = try await database.rolledBack(as: .service) { c in
                await failure { _ = try await Self.signUp(c, email: "d@x.test", meta: #"{"org_id": "\#(UUID().uuidString)"}"#) }
            }
            #expect(missingOrg == "23503")
        }

        @Test("ON CONFLICT DO NOTHING: an existing public.users row (by id or email) is neither overwritten nor an error")
        func existingUserIsKept() async throws {
            let database = try SharedTenantDatabase.database()
            let id = UUID()
            let result = try await database.rolledBack(as: .service) { c in
                // setup: public rows that exist before their auth users (an older sign-up, an imported user)
                try await c.run("INSERT INTO public.users (id, email, name, role) VALUES (\(id), 'first@x.test', 'First', 'admin')")
                try await c.run("INSERT INTO public.users (id, email, name) VALUES (gen_random_uuid(), 'ghost@x.test', 'Ghost')")
                // act: an auth user with the same id (other email and metadata), and one with a new id but a taken email
                let sameID = try await Self.signUp(c, id: id, email: "second@x.test", meta: #"{"name": "Second", "role": "user"}"#)
                let sameEmail = try await Self.signUp(c, email: "ghost@x.test", meta: #"{"name": "Impostor"}"#)
                let ghost = try await c.strings("SELECT name FROM public.users WHERE email = 'ghost@x.test'")
                let authRows = try await c.int("SELECT count(*) FROM auth.users WHERE id = \(id) OR email = 'ghost@x.test'")
                return [sameID ?? "none", sameEmail ?? "none", ghost.joined(separator: "+"), String(authRows)]
            }
            // assert: both auth rows were written, neither public row changed, no second public row appeared
            #expect(result == ["First,admin,NULL", "none", "Ghost", "2"])
        }

        @Test("a signed-in user may change their own name, never their role, org_id or email")
        func usersCannotChangeTheirIdentity() async throws {
            let database = try SharedTenantDatabase.database()
            for caller in [Caller.repA, .adminA] {
                let renamed = try await database.rolledBack(as: caller.identity) { c in
                    try await c.string("UPDATE public.users SET name = 'New Name' WHERE id = \(caller.userID!) RETURNING name")
                }
                #expect(renamed == "New Name")
                for assignment in ["role = 'admin'", "role = 'user'", "org_id = 'bbbbbbbb-0000-0000-0000-000000000000'", "email = 'evil@x.test'", "id = gen_random_uuid()"] {
                    let state = try await database.rolledBack(as: caller.identity) { c in
                        await failure { try await c.run(PostgresQuery(unsafeSQL: "UPDATE public.users SET \(assignment) WHERE id = '\(caller.userID!.uuidString)'")) }
                    }
                    #expect(state == "42501", "\(caller) SET \(assignment)")
                }
            }
        }

        @Test("the guard trigger refuses identity changes even if authenticated is granted table-wide UPDATE")
        func guardTriggerHoldsWithoutTheColumnPrivilege() async throws {
            let database = try SharedTenantDatabase.database()
            let claims = DatabaseIdentity.user(Tenants.repA).claimsJSON
            let outcomes = try await database.rolledBack(as: .service) { c in
                // setup: what Supabase's default privileges would do
                try await c.becomeOwner()
                try await c.run("GRANT UPDATE ON public.users TO authenticated")
                try await c.run("SELECT set_config('role', 'authenticated', true), set_config('request.jwt.claims', \(claims), true)")
                // act
                try await c.run("SAVEPOINT s")
                let role = await failure { try await c.run("UPDATE public.users SET role = 'admin' WHERE id = \(Tenants.repA)") }
                let message = try await { () async throws -> String in
                    try await c.run("ROLLBACK TO SAVEPOINT s")
                    do { try await c.run("UPDATE public.users SET org_id = \(Tenants.orgB) WHERE id = \(Tenants.repA)"); return "succeeded" }
                    catch { return serverMessage(of: error) }
                }()
                try await c.run("ROLLBACK TO SAVEPOINT s")
                let name = try await c.string("UPDATE public.users SET name = 'ok' WHERE id = \(Tenants.repA) RETURNING name")
                return [role ?? "succeeded", message, name ?? "none"]
            }
            #expect(outcomes == ["42501", "users may not change their own id, org_id, role or email", "ok"])
        }

        @Test("service_role may promote a user and move them to another org")
        func serviceMayChangeRoles() async throws {
            let database = try SharedTenantDatabase.database()
            let row = try await database.rolledBack(as: .service) { c in
                try await c.string("""
                    UPDATE public.users SET role = 'admin', org_id = \(Tenants.orgB) WHERE id = \(Tenants.repA) RETURNING role || ',' || org_id
                    """).map(Tenants.name)
            }
            #expect(row == "admin,orgB")
        }
    }
}
