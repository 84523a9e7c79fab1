import Foundation
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("underdog admin")
struct AdminCommandTests {
    @Test("create-org, create-user and set-role work as service_role and refuse bad input with a clear message")
    func operatorFlow() async throws {
        try await withTestDatabase { test in
            let environment = ["DATABASE_URL": test.url.libpq]
            // act: an org with an admin and a user
            let org = try CLI.run(["admin", "create-org", "--name", "Northpoint", "--plan", "pro"], environment: environment)
            #expect(org.status == 0, "\(org.output)")
            let orgID = org.output.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(UUID(uuidString: orgID) != nil)
            let admin = try CLI.run(["admin", "create-user", "--email", "Ops@Northpoint.example", "--name", "Ops", "--org", orgID, "--role", "admin"],
                                    environment: environment)
            #expect(admin.status == 0, "\(admin.output)")
            #expect(admin.output.contains("password: "))
            let rep = try CLI.run(["admin", "create-user", "--email", "rep@northpoint.example", "--name", "Rep", "--org", orgID,
                                   "--password", "a long enough password"], environment: environment)
            #expect(rep.status == 0, "\(rep.output)")

            // assert: the rows exist with the roles given, the password is stored hashed
            let rows = try await test.database.client.query(
                """
                SELECT u.email, u.role, o.plan, a.encrypted_password LIKE '$2%'
                  FROM public.users u JOIN public.organizations o ON o.id = u.org_id JOIN auth.users a ON a.id = u.id ORDER BY u.email
                """).collect().map { try $0.decode((String, String, String, Bool).self) }
            #expect(rows.map(\.0) == ["ops@northpoint.example", "rep@northpoint.example"])
            #expect(rows.map(\.1) == ["admin", "user"])
            #expect(rows.allSatisfy { $0.2 == "pro" && $0.3 })

            // set-role: promote, then the last-admin rule
            let promoted = try CLI.run(["admin", "set-role", "--email", "rep@northpoint.example", "--role", "admin"], environment: environment)
            #expect(promoted.output.contains("rep@northpoint.example is now admin"))
            #expect(try CLI.run(["admin", "set-role", "--email", "ops@northpoint.example", "--role", "user"], environment: environment).status == 0)
            let last = try CLI.run(["admin", "set-role", "--email", "rep@northpoint.example", "--role", "user"], environment: environment)
            #expect(last.status != 0)
            #expect(last.output.contains("at least one admin"))

            // refusals
            let duplicate = try CLI.run(["admin", "create-user", "--email", "rep@northpoint.example", "--name", "Again", "--org", orgID],
                                        environment: environment)
            #expect(duplicate.status != 0)
            #expect(duplicate.output.contains("already exists"))
            let badPlan = try CLI.run(["admin", "create-org", "--name", "X", "--plan", "gold"], environment: environment)
            #expect(badPlan.status != 0)
            #expect(badPlan.output.contains("--plan must be free, pro or enterprise"))
            let unknown = try CLI.run(["admin", "set-role", "--email", "nobody@example.com", "--role", "admin"], environment: environment)
            #expect(unknown.output.contains("no account with the email"))
        }
    }
}
