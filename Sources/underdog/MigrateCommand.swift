import ArgumentParser
import Foundation
import Logging
import UnderdogStore

/// `underdog migrate [up]`: bring the schema up to date, or show where it stands; `underdog migrate down --to N`:
/// undo the migrations after N.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending migrations (the default), or roll back to an earlier one.",
        subcommands: [Up.self, Down.self],
        defaultSubcommand: Up.self
    )

    struct Source: ParsableArguments {
        @Option(help: "Take migrations from this folder instead of the ones built in.")
        var directory: String?

        func migrations() throws -> [Migration] {
            try directory.map { try Migration.load(from: URL(fileURLWithPath: $0)) } ?? Migration.bundled()
        }
    }

    struct Up: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply pending migrations in order; refuse if an applied one was edited.")

        @Flag(help: "Only show each migration's state.")
        var status = false

        @OptionGroup var source: Source

        func run() async throws {
            let environment = try CommandEnvironment()
            environment.bootstrapLogging()
            let logger = Logger(label: "underdog.migrate")
            let migrations = try source.migrations()
            let migrator = Migrator(migrations: migrations, logger: logger)
            try await Database.withConnected(to: try environment.resolvedDatabaseURL(), logger: logger) { database in
                if status {
                    let report = try await migrator.status(on: database.client)
                    for entry in report.entries { print(MigrateCommand.line(for: entry, in: migrations)) }
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
    }

    struct Down: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Undo, newest first, every applied migration after the one numbered --to.",
            discussion: "Refuses when a down file would destroy rows still held, naming the tables, unless --force. Take a backup first (scripts/backup)."
        )

        @Option(help: "The number of the last migration to keep, e.g. 011.")
        var to: String

        @Flag(help: "Roll back even though tables or columns that hold data will be dropped.")
        var force = false

        @OptionGroup var source: Source

        func run() async throws {
            let environment = try CommandEnvironment()
            environment.bootstrapLogging()
            let logger = Logger(label: "underdog.migrate")
            let migrator = Migrator(migrations: try source.migrations(), logger: logger)
            try await Database.withConnected(to: try environment.resolvedDatabaseURL(), logger: logger) { database in
                do {
                    let undone = try await migrator.rollback(to: to, force: force, on: database.client)
                    print(undone.isEmpty ? "Nothing to roll back: no migration after \(to) is applied." : "Rolled back \(undone.count): \(undone.joined(separator: ", ")).")
                } catch let error as MigrationError {
                    throw CommandError(error.description)
                }
            }
        }
    }

    static func line(for entry: MigrationStatus.Entry, in migrations: [Migration]) -> String {
        let reversible = migrations.first { $0.name == entry.name }?.down == nil ? "  (no down file)" : ""
        return switch entry.state {
        case .applied(let at): "applied  \(entry.name)  \(at.formatted(.iso8601))\(reversible)"
        case .pending: "pending  \(entry.name)"
        case .changedSinceApplied: "CHANGED  \(entry.name)  (edited after it was applied)"
        case .unknown: "UNKNOWN  \(entry.name)  (applied by a newer build)"
        }
    }
}
