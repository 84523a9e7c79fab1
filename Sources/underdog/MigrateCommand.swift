import ArgumentParser
import Foundation
import Logging
import UnderdogStore

/// `underdog migrate`: bring the schema up to date, or show where it stands.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending migrations in order; refuse if an applied one was edited."
    )

    @Flag(help: "Only show each migration's state.")
    var status = false

    @Option(help: "Take migrations from this folder instead of the ones built in.")
    var directory: String?

    func run() async throws {
        let environment = try CommandEnvironment()
        environment.bootstrapLogging()
        let logger = Logger(label: "underdog.migrate")
        let migrations = try directory.map { try Migration.load(from: URL(fileURLWithPath: $0)) } ?? Migration.bundled()
        let migrator = Migrator(migrations: migrations, logger: logger)
        let url = try environment.resolvedDatabaseURL()

        try await Database.withConnected(to: url, logger: logger) { database in
            if status {
                let report = try await migrator.status(on: database.client)
                for entry in report.entries { print(Self.line(for: entry)) }
                if !report.isCurrent { throw ExitCode(1) }
                return
            }
            do {
                let applied = try await migrator.migrate(on: database.client)
                print(applied.isEmpty ? "Schema is up to date (\(migrations.count) migrations)." : "Applied \(applied.count): \(applied.joined(separator: ", ")).")
            } catch let error as MigrationError {
                throw CommandError(error.description)
            }
        }
    }

    static func line(for entry: MigrationStatus.Entry) -> String {
        switch entry.state {
        case .applied(let at): "applied  \(entry.name)  \(at.formatted(.iso8601))"
        case .pending: "pending  \(entry.name)"
        case .changedSinceApplied: "CHANGED  \(entry.name)  (edited after it was applied)"
        case .unknown: "UNKNOWN  \(entry.name)  (applied by a newer build)"
        }
    }
}
