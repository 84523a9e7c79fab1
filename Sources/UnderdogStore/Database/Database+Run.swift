import Logging
import PostgresNIO

extension Database {
    /// Connects to `url`, runs `body`, then closes every connection: for commands and tests that
    /// need a database for a while, outside a service group.
    public static func withConnected<Result: Sendable>(
        to url: DatabaseURL,
        logger: Logger,
        _ body: (Database) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: url.clientConfiguration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            // Let run() start before the first lease, which would otherwise log a warning.
            await Task.yield()
            defer { group.cancelAll() }
            return try await body(Database(client: client, logger: logger))
        }
    }
}
