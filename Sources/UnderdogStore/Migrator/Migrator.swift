import Foundation
import Logging
import PostgresNIO

/// Applies migrations in name order, each in its own transaction, and records each with its checksum in
/// `app.schema_migrations`. Several processes may start at once: an advisory lock lets one migrate at a time.
public struct Migrator: Sendable {
    public let migrations: [Migration]
    public let logger: Logger

    /// Any constant works; this one spells "undrdog" so it is recognisable in pg_locks.
    static let advisoryLockKey: Int64 = 0x756E_6472_646F_67

    public init(migrations: [Migration], logger: Logger) {
        self.migrations = migrations
        self.logger = logger
    }

    /// Compares the files with the database's ledger without changing anything.
    public func status(on client: PostgresClient) async throws -> MigrationStatus {
        try await client.withConnection { connection in
            try await status(on: connection)
        }
    }

    /// Applies every pending migration. Refuses, before applying anything, when an applied file was edited
    /// or the database carries a migration this build does not ship. Returns the names it applied.
    @discardableResult
    public func migrate(on client: PostgresClient) async throws -> [String] {
        try await client.withConnection { connection in
            try await connection.run("SELECT pg_advisory_lock(\(Self.advisoryLockKey))", logger: logger)
            do {
                let applied = try await migrateLocked(on: connection)
                try await connection.run("SELECT pg_advisory_unlock(\(Self.advisoryLockKey))", logger: logger)
                return applied
            } catch {
                try? await connection.run("SELECT pg_advisory_unlock(\(Self.advisoryLockKey))", logger: logger)
                throw error
            }
        }
    }

    private func migrateLocked(on connection: PostgresConnection) async throws -> [String] {
        try await connection.run("CREATE SCHEMA IF NOT EXISTS app", logger: logger)
        try await connection.run(
            """
            CREATE TABLE IF NOT EXISTS app.schema_migrations (
                name text PRIMARY KEY,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                execution_ms integer NOT NULL
            )
            """,
            logger: logger
        )
        let status = try await status(on: connection)
        if let blocking = status.blockingError { throw blocking }

        var applied: [String] = []
        for migration in migrations where status.pending.contains(migration.name) {
            let started = ContinuousClock.now
            try await connection.run("BEGIN", logger: logger)
            do {
                for statement in SQLScript.statements(in: migration.sql) {
                    try await connection.run(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                let elapsed = ContinuousClock.now - started
                let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
                try await connection.run(
                    "INSERT INTO app.schema_migrations (name, checksum, execution_ms) VALUES (\(migration.name), \(migration.checksum), \(milliseconds))",
                    logger: logger
                )
                try await connection.run("COMMIT", logger: logger)
                logger.info("migration applied", metadata: ["migration": "\(migration.name)", "ms": "\(milliseconds)"])
                applied.append(migration.name)
            } catch {
                try? await connection.run("ROLLBACK", logger: logger)
                throw MigrationError.failed(name: migration.name, reason: Self.describe(error))
            }
        }
        return applied
    }

    func status(on connection: PostgresConnection) async throws -> MigrationStatus {
        var ledger: [String: (checksum: String, appliedAt: Date)] = [:]
        let exists = try await connection.query("SELECT to_regclass('app.schema_migrations') IS NOT NULL", logger: logger)
            .collect().first?.decode(Bool.self) ?? false
        if exists {
            let rows = try await connection.query(
                "SELECT name, checksum, applied_at FROM app.schema_migrations ORDER BY name", logger: logger)
            for try await (name, checksum, appliedAt) in rows.decode((String, String, Date).self) {
                ledger[name] = (checksum, appliedAt)
            }
        }

        var entries: [MigrationStatus.Entry] = migrations.map { migration in
            guard let record = ledger[migration.name] else {
                return .init(name: migration.name, state: .pending)
            }
            if !migration.matches(appliedChecksum: record.checksum) {
                return .init(name: migration.name, state: .changedSinceApplied(appliedChecksum: record.checksum, fileChecksum: migration.checksum))
            }
            return .init(name: migration.name, state: .applied(at: record.appliedAt))
        }
        let known = Set(migrations.map(\.name))
        for name in ledger.keys.sorted() where !known.contains(name) {
            entries.append(.init(name: name, state: .unknown))
        }
        return MigrationStatus(entries: entries)
    }

    /// The server's own words for a failed statement, not the driver's generic wrapper.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError, let message = error.serverInfo?[.message] {
            var text = message
            if let detail = error.serverInfo?[.detail] { text += " (\(detail))" }
            if let position = error.serverInfo?[.position] { text += " at character \(position)" }
            return text
        }
        return String(describing: error)
    }
}
