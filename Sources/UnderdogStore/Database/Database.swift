import Foundation
import Logging
import PostgresNIO

/// The application's handle on PostgreSQL. Every unit of work runs in a transaction that first takes on
/// the identity it acts for, so row level security, not application code, decides what it may see and change.
public struct Database: Sendable {
    public let client: PostgresClient
    public let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Runs `body` in one transaction as `identity`: `SET LOCAL ROLE`, the JWT claims, client IP and user agent
    /// are set before the first statement and vanish with the transaction.
    public func transaction<Result: Sendable>(
        as identity: DatabaseIdentity,
        logger: Logger? = nil,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let logger = logger ?? self.logger
        let started = ContinuousClock.now
        DatabaseMetrics.inFlight.increment()
        defer {
            DatabaseMetrics.inFlight.decrement()
            DatabaseMetrics.duration(for: identity.role).record(duration: ContinuousClock.now - started)
        }
        do {
            return try await runTransaction(as: identity, logger: logger, body)
        } catch let error as PostgresTransactionError {
            // The driver wraps what the body threw; callers want their own error back (the rollback is done).
            if let closureError = error.closureError, error.rollbackError == nil { throw closureError }
            throw error
        }
    }

    private func runTransaction<Result: Sendable>(
        as identity: DatabaseIdentity,
        logger: Logger,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await client.withTransaction(logger: logger) { connection in
            var live = false
            for try await row in try await connection.execute(SetIdentityStatement(identity), logger: logger) { live = row.4 }
            // Rolled back at once: nothing of an ended session's request reaches the database.
            guard live else { throw StoreError.sessionEnded }
            return try await body(connection)
        }
    }

    /// Runs `body` on a connection as the connecting (owner) role, outside any identity: migrations,
    /// database administration, test fixtures. Never used to serve a user's request.
    public func ownerConnection<Result: Sendable>(
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await client.withConnection { connection in
            try await body(connection)
        }
    }
}
