import Foundation
import Logging
import PostgresNIO

extension Migrator {
    /// Undoes, newest first, every applied migration numbered after `target`, each with its down file in its own
    /// transaction, and removes it from the ledger.
    ///
    /// Refuses before changing anything when the ledger is not this build's (an edited or unknown migration),
    /// when one of them has no down file, or, unless `force`, when a down file would destroy rows that are
    /// still there (the tables and columns its `-- loses:` line names). Returns the names it undid.
    @discardableResult
    public func rollback(to target: String, force: Bool, on client: PostgresClient) async throws -> [String] {
        guard let targetNumber = Int(target), migrations.contains(where: { Int($0.number) == targetNumber }) else {
            throw MigrationError.unknownTarget(target)
        }
        return try await client.withConnection { connection in
            try await connection.run("SELECT pg_advisory_lock(\(Self.advisoryLockKey))", logger: logger)
            do {
                let undone = try await rollbackLocked(after: targetNumber, force: force, on: connection)
                try await connection.run("SELECT pg_advisory_unlock(\(Self.advisoryLockKey))", logger: logger)
                return undone
            } catch {
                try? await connection.run("SELECT pg_advisory_unlock(\(Self.advisoryLockKey))", logger: logger)
                throw error
            }
        }
    }

    private func rollbackLocked(after targetNumber: Int, force: Bool, on connection: PostgresConnection) async throws -> [String] {
        let status = try await status(on: connection)
        if let blocking = status.blockingError { throw blocking }
        let applied = Set(status.entries.filter { if case .applied = $0.state { true } else { false } }.map(\.name))
        let toUndo = migrations.filter { applied.contains($0.name) && (Int($0.number) ?? 0) > targetNumber }.reversed()

        var downs: [(name: String, down: DownMigration)] = []
        for migration in toUndo {
            guard let down = migration.down else { throw MigrationError.irreversible(name: migration.name) }
            downs.append((migration.name, down))
        }
        var holding: [String] = []
        for loss in Set(downs.flatMap(\.down.losses)) where try await holdsData(loss, on: connection) {
            holding.append(loss.description)
        }
        holding.sort()
        if !holding.isEmpty {
            guard force else { throw MigrationError.wouldLoseData(holding: holding) }
            logger.warning("rolling back destroys data, as --force accepts", metadata: ["tables": "\(holding.joined(separator: ", "))"])
        }

        var undone: [String] = []
        for (name, down) in downs {
            try await connection.run("BEGIN", logger: logger)
            do {
                for statement in SQLScript.statements(in: down.sql) {
                    try await connection.run(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.run("DELETE FROM app.schema_migrations WHERE name = \(name)", logger: logger)
                try await connection.run("COMMIT", logger: logger)
                logger.info("migration rolled back", metadata: ["migration": "\(name)"])
                undone.append(name)
            } catch {
                try? await connection.run("ROLLBACK", logger: logger)
                throw MigrationError.failed(name: "down/" + name, reason: Self.describe(error))
            }
        }
        return undone
    }

    /// Whether the table has a row (or, for a column, a non-null value). A table that is already gone holds nothing.
    private func holdsData(_ loss: DataLoss, on connection: PostgresConnection) async throws -> Bool {
        let qualified = "\(loss.schema).\(loss.table)"
        let exists = try await connection.query("SELECT to_regclass(\(qualified)) IS NOT NULL", logger: logger)
            .collect().first?.decode(Bool.self) ?? false
        guard exists else { return false }
        // Identifiers cannot be bound; DataLoss admits only plain lower-case names, which need no quoting.
        let filter = loss.column.map { " WHERE \($0) IS NOT NULL" } ?? ""
        let probe = PostgresQuery(unsafeSQL: "SELECT EXISTS (SELECT 1 FROM \(qualified)\(filter))")
        return try await connection.query(probe, logger: logger).collect().first?.decode(Bool.self) ?? false
    }
}
