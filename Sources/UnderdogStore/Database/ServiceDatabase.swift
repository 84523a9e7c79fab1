import Logging
import PostgresNIO

/// A connection pool for service work (the queue and its workers) whose every connection is `service_role`
/// from the moment it opens: the role and the claims go in the startup packet's `options`, so nothing on
/// these connections ever runs as the connecting owner, and a single statement needs no transaction of its
/// own to take the role on. That saves three round trips per queue operation: claim and complete are the
/// hottest statements a worker runs. User requests never use this pool; they go through `Database`.
public struct ServiceDatabase: Sendable {
    public let client: PostgresClient
    public let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public static func clientConfiguration(for url: DatabaseURL, maximumConnections: Int = 8) -> PostgresClient.Configuration {
        var configuration = url.clientConfiguration
        configuration.options.maximumConnections = maximumConnections
        let claims = DatabaseIdentity.service.claimsJSON
        // `options` is split on spaces; the claims JSON has none, so no escaping is needed.
        precondition(!claims.contains(" "))
        configuration.options.additionalStartupParameters = [
            ("options", "-c role=\(DatabaseIdentity.Role.serviceRole.rawValue) -c request.jwt.claims=\(claims)"),
        ]
        return configuration
    }

    /// Runs `body` with a service pool connected to `url`; the pool closes when `body` returns.
    public static func withConnected<Result: Sendable>(
        to url: DatabaseURL, logger: Logger, maximumConnections: Int = 8,
        _ body: (ServiceDatabase) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: clientConfiguration(for: url, maximumConnections: maximumConnections), backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            await Task.yield()
            defer { group.cancelAll() }
            return try await body(ServiceDatabase(client: client, logger: logger))
        }
    }

    /// One transaction, already `service_role`: for a stage's result and its job's end, which must commit together.
    public func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { try await body($0) }
        } catch let error as PostgresTransactionError {
            if let closureError = error.closureError, error.rollbackError == nil { throw closureError }
            throw error
        }
    }
}
