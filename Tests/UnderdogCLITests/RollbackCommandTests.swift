import Foundation
import Testing
import UnderdogProcess
import UnderdogStore
import UnderdogTestSupport

/// The procedure docs/ROLLBACK.md gives, rehearsed: back up, roll back (losing data), restore the backup.
@Suite("underdog db backup, migrate down, db restore", .serialized)
struct RollbackCommandTests {
    @Test("a backup taken on a seeded database restores it whole after a forced rollback lost tables")
    func backupRollBackRestore() throws {
        let home = try ScratchHome()
        defer { home.remove() }
        #expect(try CLI.run(["db", "start"], environment: home.environment).status == 0)
        #expect(try CLI.run(["migrate"], environment: home.environment).status == 0)
        #expect(try CLI.run(["seed"], environment: home.environment).status == 0)
        let counts = "SELECT (SELECT count(*) FROM public.users) || '/' || (SELECT count(*) FROM public.roleplay_sessions) || '/' || (SELECT count(*) FROM app.roleplay_conversations)"
        let before = try Self.psql(home, counts)
        #expect(!before.hasPrefix("0/"), "the seed wrote users: \(before)")

        // back up
        let file = home.path + "/before-rollback.dump"
        let backup = try CLI.run(["db", "backup", "--to", file], environment: home.environment)
        #expect(backup.status == 0, "\(backup.output)")
        #expect(FileManager.default.fileExists(atPath: file))

        // roll back: refused while the tables hold data, done with --force
        let refused = try CLI.run(["migrate", "down", "--to", "010"], environment: home.environment)
        #expect(refused.status != 0)
        #expect(refused.output.contains("would destroy data") && refused.output.contains("--force"), "\(refused.output)")
        #expect(try CLI.run(["migrate", "--status"], environment: home.environment).status == 0, "a refused rollback changes nothing")
        let forced = try CLI.run(["migrate", "down", "--to", "010", "--force"], environment: home.environment)
        #expect(forced.status == 0, "\(forced.output)")
        #expect(forced.output.contains("Rolled back"))
        #expect(try Self.psql(home, "SELECT to_regclass('app.roleplay_conversations') IS NULL") == "t")
        #expect(try CLI.run(["migrate", "--status"], environment: home.environment).status != 0, "011 on are pending again")

        // restore: refused without --replace and for a missing file, then whole
        let unconfirmed = try CLI.run(["db", "restore", file], environment: home.environment)
        #expect(unconfirmed.status != 0 && unconfirmed.output.contains("--replace"))
        let missing = try CLI.run(["db", "restore", home.path + "/nope.dump", "--replace"], environment: home.environment)
        #expect(missing.status != 0 && missing.output.contains("no backup at"))
        let restored = try CLI.run(["db", "restore", file, "--replace"], environment: home.environment)
        #expect(restored.status == 0, "\(restored.output)")
        #expect(try Self.psql(home, counts) == before)
        #expect(try CLI.run(["migrate", "--status"], environment: home.environment).status == 0, "the ledger is restored with the schema")
    }

    /// One value from the scratch server's app database, as psql prints it unaligned.
    static func psql(_ home: ScratchHome, _ sql: String) throws -> String {
        let bin = try EmbeddedPostgres.locateBinaries(
            explicit: ProcessInfo.processInfo.environment["UNDERDOG_PG_BIN"], projectRoot: TestPostgres.repositoryRoot)
        let password = try String(contentsOfFile: home.path + "/db.password", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try CommandRunner.run(bin + "/psql", [
            "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "\(home.port)", "-U", "postgres", "-d", "underdog", "-c", sql,
        ], environment: .clean(["PGPASSWORD": password]))
        guard result.status == 0 else { throw TestSupportError("psql: \(result.output)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
