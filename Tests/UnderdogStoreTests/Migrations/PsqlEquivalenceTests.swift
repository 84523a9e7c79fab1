import Foundation
import Testing
import UnderdogStore
import UnderdogTestSupport
import UnderdogProcess

@Suite("Migrations applied by psql")
struct PsqlEquivalenceTests {
    @Test("psql -f of each file in order gives the same schema as the migrator")
    func psqlMatchesMigrator() async throws {
        try await withTestDatabase(migrated: false) { byPsql in
            try await withTestDatabase(migrated: true) { byRunner in
                let bin = try #require(byPsql.binDirectory, "needs the embedded server's psql and pg_dump")
                // act
                for migration in try Migration.bundled() {
                    let file = Migration.bundledDirectory.appendingPathComponent(migration.name).path
                    let result = try CommandRunner.run(bin + "/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", byPsql.url.libpq, "-f", file])
                    #expect(result.status == 0, "\(migration.name): \(result.output)")
                }
                // assert
                let psqlSchema = try Self.dump(byPsql, bin: bin)
                let runnerSchema = try Self.dump(byRunner, bin: bin)
                #expect(psqlSchema.count > 1000)
                #expect(psqlSchema == runnerSchema)
            }
        }
    }

    /// The schema as pg_dump prints it, less the migrator's own ledger and pg_dump's per-run token.
    static func dump(_ database: TestDatabase, bin: String) throws -> String {
        let result = try CommandRunner.run(bin + "/pg_dump", [
            "--schema-only", "--no-owner", "--exclude-table=app.schema_migrations", "-d", database.url.libpq,
        ])
        guard result.status == 0 else { throw TestSupportError("pg_dump failed: \(result.output)") }
        return result.output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("\\restrict") && !$0.hasPrefix("\\unrestrict") }
            .joined(separator: "\n")
    }
}
