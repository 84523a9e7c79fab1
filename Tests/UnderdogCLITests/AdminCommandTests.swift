import Foundation
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("underdog admin")
struct AdminCommandTests {
    @Test("export writes a member's ZIP and prints its path; erase asks for --confirm, then leaves a tombstone; an unknown email is refused")
    func exportAndErase() async throws {
        try await withTestDatabase { test in
            let home = try ScratchHome()
            defer { home.remove() }
            let environment = ["DATABASE_URL": test.url.libpq, "UNDERDOG_HOME": home.path, "UNDERDOG_ROOT": TestPostgres.repositoryRoot]
            let org = try CLI.run(["admin", "create-org", "--name", "Erasers"], environment: environment).output.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try CLI.run(["admin", "create-user", "--email", "gone@erasers.example", "--name", "Soon Gone", "--org", org], environment: environment).status == 0)

            let exported = try CLI.run(["admin", "export", "--email", "gone@erasers.example"], environment: environment)
            #expect(exported.status == 0, "\(exported.output)")
            let path = exported.output.split(separator: "\n").last { $0.hasSuffix(".zip") }.map(String.init) ?? ""
            #expect(path.hasSuffix(".zip") && FileManager.default.fileExists(atPath: path), "\(exported.output)")

            let unconfirmed = try CLI.run(["admin", "erase", "--email", "gone@erasers.example"], environment: environment)
            #expect(unconfirmed.status != 0 && unconfirmed.output.contains("--confirm"))
            let erased = try CLI.run(["admin", "erase", "--email", "gone@erasers.example", "--confirm"], environment: environment)
            #expect(erased.status == 0 && erased.output.contains("Erased:"), "\(erased.output)")
            let names = try await test.database.client.query("SELECT name FROM public.users").collect().map { try $0.decode(String.self) }
            #expect(names == ["Erased member"])
            let unknown = try CLI.run(["admin", "export", "--email", "gone@erasers.example"], environment: environment)
            #expect(unknown.status != 0 && unknown.output.contains("no member has the email"))
        }
    }

    @Test("purge --dry-run counts what the policy no longer keeps and changes nothing; purge removes it; settings are checked")
    func purgeCommand() async throws {
        try await withTestDatabase { test in
            let home = try ScratchHome()
            defer { home.remove() }
            let environment = ["DATABASE_URL": test.url.libpq, "UNDERDOG_HOME": home.path, "UNDERDOG_ROOT": TestPostgres.repositoryRoot]
            try await test.database.ownerConnection { c in
                _ = try await c.query("INSERT INTO public.audit_log (table_name, operation, created_at) VALUES ('users', 'UPDATE', now() - interval '20 days')",
                                      logger: TestPostgres.logger).collect()
            }
            // act + assert: under the default 400 days nothing is due; with 10 days the row is
            let none = try CLI.run(["admin", "purge", "--dry-run"], environment: environment)
            #expect(none.status == 0, "\(none.output)")
            #expect(none.output.contains("Would remove:") && none.output.contains("      0  audit_log"))
            let due = environment.merging(["UNDERDOG_RETENTION_AUDIT_DAYS": "10"]) { $1 }
            let counted = try CLI.run(["admin", "purge", "--dry-run"], environment: due)
            #expect(counted.output.contains("      1  audit_log"), "\(counted.output)")
            let purged = try CLI.run(["admin", "purge"], environment: due)
            #expect(purged.status == 0 && purged.output.contains("Removed:") && purged.output.contains("      1  audit_log"), "\(purged.output)")
            let after = try CLI.run(["admin", "purge", "--dry-run"], environment: due)
            #expect(after.output.contains("      0  audit_log"))
            let bad = try CLI.run(["admin", "purge", "--dry-run"], environment: environment.merging(["UNDERDOG_RETENTION_AUDIT_DAYS": "soon"]) { $1 })
            #expect(bad.status != 0 && bad.output.contains("UNDERDOG_RETENTION_AUDIT_DAYS must be a whole number"))
        }
    }

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
