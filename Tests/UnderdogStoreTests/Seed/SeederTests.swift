import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("Sample content")
struct SeederTests {
    static func seeder(_ database: Database) -> Seeder {
        // A cheap stand-in for bcrypt: this suite is about which rows are written, not about hashing.
        Seeder(database: database, hashPassword: { "hashed:" + $0 }, makePassword: { UUID().uuidString })
    }

    @Test("the seed makes one org with a manager (admin) and two reps, through the auth trigger")
    func createsTeam() async throws {
        try await withTestDatabase { test in
            let outcome = try await Self.seeder(test.database).run()
            #expect(outcome.created.map(\.email) == SampleTeam.members.map(\.email))
            #expect(outcome.existing.isEmpty)
            let rows = try await test.database.client.query(
                """
                SELECT u.email, u.name, u.role, o.name, a.encrypted_password
                  FROM public.users u JOIN public.organizations o ON o.id = u.org_id JOIN auth.users a ON a.id = u.id
                 ORDER BY u.role, u.email
                """
            ).collect()
            let members = try rows.map { try $0.decode((String, String, String, String, String).self) }
            #expect(members.count == 3)
            #expect(members.filter { $0.2 == "admin" }.map(\.0) == ["maya.okafor@bluejay.example"])
            #expect(members.allSatisfy { $0.3 == SampleTeam.organisationName })
            #expect(members.allSatisfy { $0.4.hasPrefix("hashed:") })
        }
    }

    @Test("running the seed again changes nothing and keeps the passwords")
    func idempotent() async throws {
        try await withTestDatabase { test in
            _ = try await Self.seeder(test.database).run()
            let before = try await test.database.client.query(
                "SELECT string_agg(id::text || encrypted_password, ',' ORDER BY id) FROM auth.users").collect()[0].decode(String.self)
            // act
            let second = try await Self.seeder(test.database).run()
            // assert
            #expect(second.created.isEmpty)
            #expect(second.existing.count == 3)
            let after = try await test.database.client.query(
                "SELECT string_agg(id::text || encrypted_password, ',' ORDER BY id) FROM auth.users").collect()[0].decode(String.self)
            #expect(before == after)
            let counts = try await test.database.client.query(
                "SELECT (SELECT count(*) FROM public.organizations), (SELECT count(*) FROM public.users)").collect()[0]
                .decode((Int, Int).self)
            #expect(counts == (1, 3))
        }
    }
}
