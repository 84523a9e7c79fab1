import Logging
import PostgresNIO

extension PostgresConnection {
    /// Runs a statement and waits for all of it. `query` returns as soon as rows start to arrive, so an error
    /// raised while a function executes (a `RAISE` in `SELECT f()`) surfaces only when the rows are read:
    /// unread, it would be lost and leave the transaction silently aborted.
    public func run(_ query: PostgresQuery, logger: Logger) async throws {
        _ = try await self.query(query, logger: logger).collect()
    }
}
