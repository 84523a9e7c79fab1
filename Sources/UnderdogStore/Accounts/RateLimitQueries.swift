import Foundation
import Logging
import PostgresNIO

/// Fixed-window counters in PostgreSQL, so every server behind the load balancer counts together.
public enum RateLimitQueries {
    /// Counts one attempt under `key`; returns the attempts in the current window and when it ends.
    public static func hit(key: String, windowSeconds: Int, on connection: PostgresConnection, logger: Logger) async throws -> (hits: Int, windowEnds: Date) {
        let rows = try await connection.query(
            """
            INSERT INTO app.rate_limit_counters AS c (key, window_start, hits)
            VALUES (\(key), to_timestamp(floor(extract(epoch FROM now()) / \(windowSeconds)) * \(windowSeconds)), 1)
            ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + 1
            RETURNING c.hits, c.window_start + make_interval(secs => \(windowSeconds))
            """,
            logger: logger
        ).collect()
        let (hits, windowEnds) = try rows[0].decode((Int, Date).self)
        // Now and then, clear windows long past; cheap thanks to the window_start index.
        if Int.random(in: 0..<200) == 0 {
            try await connection.run(
                "DELETE FROM app.rate_limit_counters WHERE window_start < now() - interval '1 day'", logger: logger)
        }
        return (hits, windowEnds)
    }

    /// The attempts counted under `key` in the current window, and when it ends, without counting one.
    public static func peek(key: String, windowSeconds: Int, on connection: PostgresConnection, logger: Logger) async throws -> (hits: Int, windowEnds: Date) {
        let rows = try await connection.query(
            """
            SELECT coalesce(max(c.hits), 0), max(w.start) + make_interval(secs => \(windowSeconds))
              FROM (SELECT to_timestamp(floor(extract(epoch FROM now()) / \(windowSeconds)) * \(windowSeconds)) AS start) w
              LEFT JOIN app.rate_limit_counters c ON c.key = \(key) AND c.window_start = w.start
            """,
            logger: logger
        ).collect()
        return try rows[0].decode((Int, Date).self)
    }
}
