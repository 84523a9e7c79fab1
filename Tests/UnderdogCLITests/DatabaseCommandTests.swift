import Foundation
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("underdog db, migrate and seed", .serialized)
struct DatabaseCommandTests {
    @Test("db start creates and starts the cluster, status reports it, stop stops it, start again reuses the data")
    func lifecycle() throws {
        let home = try ScratchHome()
        defer { home.remove() }
        // act + assert
        let started = try CLI.run(["db", "start"], environment: home.environment)
        #expect(started.status == 0, "\(started.output)")
        #expect(started.output.contains("127.0.0.1:\(home.port)"))
        #expect(try CLI.run(["db", "status"], environment: home.environment).status == 0)
        #expect(FileManager.default.fileExists(atPath: home.path + "/pgdata/PG_VERSION"))

        let stopped = try CLI.run(["db", "stop"], environment: home.environment)
        #expect(stopped.status == 0, "\(stopped.output)")
        let status = try CLI.run(["db", "status"], environment: home.environment)
        #expect(status.status == 3)
        #expect(status.output.contains("stopped"))

        let again = try CLI.run(["db", "start"], environment: home.environment)
        #expect(again.status == 0, "\(again.output)")
        let twice = try CLI.run(["db", "start"], environment: home.environment)
        #expect(twice.status == 0, "a second start of a running server is harmless: \(twice.output)")
    }

    @Test("migrate applies all, a second run is a no-op, and an edited applied file is refused with a clear message")
    func migrateCommand() throws {
        let home = try ScratchHome()
        defer { home.remove() }
        #expect(try CLI.run(["db", "start"], environment: home.environment).status == 0)
        // a copy of the shipped migrations that the test may edit
        let folder = home.path + "/migrations"
        try FileManager.default.copyItem(atPath: Migration.bundledDirectory.path, toPath: folder)

        let first = try CLI.run(["migrate", "--directory", folder], environment: home.environment)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("Applied \(try Migration.bundled().count):"))
        let second = try CLI.run(["migrate", "--directory", folder], environment: home.environment)
        #expect(second.output.contains("Schema is up to date"))
        #expect(try CLI.run(["migrate", "--status", "--directory", folder], environment: home.environment).status == 0)

        let file = folder + "/003_call_uploads_status.sql"
        let edited = try String(contentsOfFile: file, encoding: .utf8) + "\n-- an innocent-looking edit\n"
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["migrate", "--directory", folder], environment: home.environment)
        #expect(refused.status != 0)
        #expect(refused.output.contains("003_call_uploads_status.sql"))
        #expect(refused.output.contains("must not be edited"))
        let status = try CLI.run(["migrate", "--status", "--directory", folder], environment: home.environment)
        #expect(status.status != 0)
        #expect(status.output.contains("CHANGED  003_call_uploads_status.sql"))
    }

    @Test("seed prints the sample sign-ins and a second run keeps them")
    func seedCommand() throws {
        let home = try ScratchHome()
        defer { home.remove() }
        #expect(try CLI.run(["db", "start"], environment: home.environment).status == 0)
        #expect(try CLI.run(["migrate"], environment: home.environment).status == 0)
        let first = try CLI.run(["seed"], environment: home.environment)
        #expect(first.status == 0, "\(first.output)")
        let second = try CLI.run(["seed"], environment: home.environment)
        #expect(second.status == 0)
        for member in SampleTeam.members {
            #expect(first.output.contains(member.email))
        }
        let password = { (output: String) in
            output.split(separator: "\n").first { $0.contains("maya.okafor") }?.split(separator: " ").last.map(String.init)
        }
        #expect(password(first.output) != nil)
        #expect(password(first.output) == password(second.output))
    }

    @Test("seed writes the twelve modules; ingest loads the content, and a second run embeds nothing")
    func ingestCommand() throws {
        let home = try ScratchHome()
        defer { home.remove() }
        #expect(try CLI.run(["db", "start"], environment: home.environment).status == 0)
        #expect(try CLI.run(["migrate"], environment: home.environment).status == 0)
        #expect(try CLI.run(["seed"], environment: home.environment).status == 0)
        let first = try CLI.run(["ingest"], environment: home.environment)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("model underdog-local-v1:") && !first.output.contains(": 0 embedded"), "\(first.output)")
        let second = try CLI.run(["ingest"], environment: home.environment)
        #expect(second.status == 0 && second.output.contains(": 0 embedded") && second.output.contains("0 new, 0 changed"), "\(second.output)")
        let missing = try CLI.run(["ingest", home.path + "/no-such-folder"], environment: home.environment)
        #expect(missing.status != 0 && missing.output.contains("no-such-folder"), "\(missing.output)")
    }
}
