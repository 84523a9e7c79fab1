import Logging
import PostgresNIO
import UnderdogStore

/// What `/ready` asks before it says the server may take traffic.
public protocol ReadinessCheck: Sendable {
    /// A short name for the part checked (`database`, `migrations`, …).
    var name: String { get }
    /// Nil when ready, otherwise why not, in words an operator can act on.
    func problem() async -> String?
}

/// The database answers, and its schema is exactly the migrations this build ships.
public struct DatabaseReadiness: ReadinessCheck {
    public let name = "database"
    let database: Database
    let migrator: Migrator

    /// A database that does not answer within this time is reported as down rather than holding `/ready` open.
    let timeout: Duration

    public init(database: Database, migrator: Migrator, timeout: Duration = .seconds(3)) {
        self.database = database
        self.migrator = migrator
        self.timeout = timeout
    }

    public func problem() async -> String? {
        let status: MigrationStatus
        do {
            status = try await withDeadline(timeout) { [migrator, database] in
                try await migrator.status(on: database.client)
            }
        } catch is DeadlineExceeded {
            return "the database did not answer within \(timeout)"
        } catch {
            database.logger.warning("readiness: database unreachable", metadata: ["error": "\(String(reflecting: error))"])
            return "the database is not reachable"
        }
        if let blocking = status.blockingError { return blocking.description }
        if !status.pending.isEmpty {
            return "migrations pending: \(status.pending.joined(separator: ", ")); run `underdog migrate`"
        }
        return nil
    }
}
