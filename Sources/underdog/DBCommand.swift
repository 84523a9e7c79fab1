import ArgumentParser
import Foundation
import Logging
import UnderdogStore

/// `underdog db start|stop|status`: the embedded PostgreSQL server; `underdog db backup|restore`: any database's.
struct DBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Start, stop or inspect the embedded PostgreSQL server; back up or restore the database.",
        subcommands: [Start.self, Stop.self, Status.self, Backup.self, Restore.self]
    )

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the cluster if needed, start it and create the app's database.")

        func run() async throws {
            let environment = try CommandEnvironment()
            if let url = environment.databaseURL {
                print("DATABASE_URL is set (\((try? DatabaseURL(url))?.description ?? "unparsable")): nothing to start.")
                return
            }
            let server = try environment.embeddedServer()
            try server.start()
            let logger = Logger(label: "underdog.db")
            let admin = try environment.resolvedDatabaseURL().with(database: "postgres")
            let name = SQLIdentifier(CommandEnvironment.embeddedDatabaseName)!
            try await Database.withConnected(to: admin, logger: logger) { database in
                try await database.ownerConnection { connection in
                    if try await !DatabaseAdministration.exists(name, on: connection, logger: logger) {
                        try await DatabaseAdministration.create(name, on: connection, logger: logger)
                    }
                }
            }
            print("PostgreSQL is running on 127.0.0.1:\(environment.embeddedPort) (data: \(server.configuration.dataDirectory), log: \(server.logFile))")
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop the embedded server; data stays.")

        func run() async throws {
            let server = try CommandEnvironment().embeddedServer()
            try server.stop()
            print("PostgreSQL stopped.")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say whether the embedded server runs; exit 3 when it does not.")

        func run() async throws {
            let environment = try CommandEnvironment()
            let server = try environment.embeddedServer()
            if try server.isRunning() {
                print("running on 127.0.0.1:\(environment.embeddedPort) (data: \(server.configuration.dataDirectory))")
            } else {
                print(server.isInitialised ? "stopped (data: \(server.configuration.dataDirectory))" : "not created yet")
                throw ExitCode(3)
            }
        }
    }

    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the whole database to a pg_dump file (custom format); prints the file's path.")

        @Option(help: "The file to write; default: <UNDERDOG_HOME>/backups/<database>-<UTC time>.dump.")
        var to: String?

        func run() async throws {
            let environment = try CommandEnvironment()
            let url = try environment.resolvedDatabaseURL()
            let file = try to ?? DBCommand.defaultBackupFile(home: environment.home, database: url.database)
            let backup = DatabaseBackup(
                binDirectory: try EmbeddedPostgres.locateBinaries(explicit: environment.pgBin, projectRoot: environment.root),
                logger: Logger(label: "underdog.db"))
            do {
                try backup.dump(url, to: file)
            } catch let error as BackupError {
                throw CommandError(error.description)
            }
            print(file)
        }
    }

    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the database with a backup: drop it, create it empty, restore in one transaction.",
            discussion: "Stop the server and workers first (scripts/stop): restore refuses while anything is connected.")

        @Argument(help: "A file written by 'underdog db backup'.")
        var file: String

        @Flag(help: "Confirm that the database's current contents are to be replaced.")
        var replace = false

        func run() async throws {
            guard replace else {
                throw CommandError("restore replaces everything in the database with the backup: run again with --replace to confirm")
            }
            let environment = try CommandEnvironment()
            let logger = Logger(label: "underdog.db")
            let url = try environment.resolvedDatabaseURL()
            let backup = DatabaseBackup(
                binDirectory: try EmbeddedPostgres.locateBinaries(explicit: environment.pgBin, projectRoot: environment.root),
                logger: logger)
            do {
                try await Database.withConnected(to: url.with(database: "postgres"), logger: logger) { administration in
                    try await backup.restore(file, into: url, administration: administration)
                }
            } catch let error as BackupError {
                throw CommandError(error.description)
            }
            print("Restored \(url.database) from \(file).")
        }
    }

    static func defaultBackupFile(home: String, database: String) throws -> String {
        let folder = home + "/backups"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withDashSeparatorInDate, .withTime, .withTimeZone]  // no colons in a file name
        let stamp = formatter.string(from: Date())
        return "\(folder)/\(database)-\(stamp).dump"
    }
}
