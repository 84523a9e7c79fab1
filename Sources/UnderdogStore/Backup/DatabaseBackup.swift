import Foundation
import Logging
import PostgresNIO
import UnderdogProcess

/// A whole-database backup with PostgreSQL's own tools (pg_dump's custom format), and its restore into a fresh
/// database of the same name: the procedure docs/ROLLBACK.md gives before and after a migration.
///
/// The password reaches pg_dump and pg_restore through `PGPASSWORD`, never their command line (which `ps` shows).
public struct DatabaseBackup: Sendable {
    /// Folder holding pg_dump and pg_restore (the embedded wheel's, which is PostgreSQL 18 and reads older servers).
    public let binDirectory: String
    public let logger: Logger

    public init(binDirectory: String, logger: Logger) {
        self.binDirectory = binDirectory
        self.logger = logger
    }

    /// Writes the database at `url` to `file` (schema, data and grants; owners left out so it restores as any owner).
    public func dump(_ url: DatabaseURL, to file: String) throws {
        let partial = file + ".partial"
        let result = try CommandRunner.run(binDirectory + "/pg_dump", [
            "--format=custom", "--no-owner", "--file=" + partial, "--dbname=" + Self.connectionString(url),
        ], environment: Self.environment(url))
        guard result.status == 0 else {
            try? FileManager.default.removeItem(atPath: partial)
            throw BackupError.toolFailed(tool: "pg_dump", output: result.output)
        }
        // Renamed only when whole: a backup file that exists is a complete one.
        if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
        try FileManager.default.moveItem(atPath: partial, toPath: file)
        logger.info("database backed up", metadata: ["database": "\(url.database)", "file": "\(file)"])
    }

    /// Replaces the database at `url` with the backup in `file`: drops it, creates it empty and restores into it in
    /// one transaction. Refuses while anything else is connected to it (stop the server and workers first).
    public func restore(_ file: String, into url: DatabaseURL, administration: Database) async throws {
        guard FileManager.default.fileExists(atPath: file) else { throw BackupError.missingFile(file) }
        guard let name = SQLIdentifier(url.database) else { throw BackupError.unusualDatabaseName(url.database) }
        // Checked before anything is dropped: a file pg_restore cannot read must not cost the live database.
        let listing = try CommandRunner.run(binDirectory + "/pg_restore", ["--list", file])
        guard listing.status == 0 else { throw BackupError.toolFailed(tool: "pg_restore", output: listing.output) }

        try await administration.ownerConnection { connection in
            let others = try await connection.query(
                "SELECT count(*)::int FROM pg_stat_activity WHERE datname = \(url.database) AND pid <> pg_backend_pid()",
                logger: logger
            ).collect().first?.decode(Int.self) ?? 0
            guard others == 0 else { throw BackupError.databaseInUse(database: url.database, sessions: others) }
            if try await DatabaseAdministration.exists(name, on: connection, logger: logger) {
                try await DatabaseAdministration.drop(name, on: connection, logger: logger)
            }
            try await DatabaseAdministration.create(name, on: connection, logger: logger)
        }
        let result = try CommandRunner.run(binDirectory + "/pg_restore", [
            "--no-owner", "--single-transaction", "--exit-on-error", "--dbname=" + Self.connectionString(url), file,
        ], environment: Self.environment(url))
        guard result.status == 0 else { throw BackupError.toolFailed(tool: "pg_restore", output: result.output) }
        logger.info("database restored", metadata: ["database": "\(url.database)", "file": "\(file)"])
    }

    /// The URL without its password, in libpq's form.
    static func connectionString(_ url: DatabaseURL) -> String {
        var withoutPassword = url
        withoutPassword.password = nil
        return withoutPassword.libpq + (url.requireTLS ? "?sslmode=require" : "")
    }

    static func environment(_ url: DatabaseURL) -> ChildEnvironment {
        .clean(url.password.map { ["PGPASSWORD": $0] } ?? [:])
    }
}

public enum BackupError: Error, Equatable, CustomStringConvertible {
    case toolFailed(tool: String, output: String)
    case missingFile(String)
    case unusualDatabaseName(String)
    case databaseInUse(database: String, sessions: Int)

    public var description: String {
        switch self {
        case .toolFailed(let tool, let output):
            "\(tool) failed: \(output.split(separator: "\n").suffix(5).joined(separator: " / "))"
        case .missingFile(let file):
            "no backup at \(file)"
        case .unusualDatabaseName(let name):
            "restore replaces a database by name; '\(name)' is not a plain lower-case name, restore it with pg_restore by hand (docs/ROLLBACK.md)"
        case .databaseInUse(let database, let sessions):
            "\(sessions) other session(s) are connected to \(database): stop the server and workers (scripts/stop) and run again"
        }
    }
}
