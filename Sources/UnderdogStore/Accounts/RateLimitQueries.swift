import Foundation
import Logging
import PostgresNIO

/// Rate-limit counters in PostgreSQL, so every server behind the load balancer counts together. Attempts are
/// kept per fixed window, and read as a sliding window: the current window's count plus the previous one's,
/// weighted by how much of it the sliding window still covers. Fixed windows alone forget every attempt at
/// the boundary, so a burst straddling it got twice the limit (and a test that happened to cross one saw
/// its fourth wrong password let through).
public enum RateLimitQueries {
    /// Counts one attempt under `key`; returns the attempts in the sliding window and when the current fixed
    /// window ends.
    public static func hit(key: String, windowSeconds: Int, on connection: PostgresConnection, logger: Logger) async throws -> (hits: Int, windowEnds: Date) {
        let rows = try await connection.query(
            """
            WITH counted AS (
                INSERT INTO app.rate_limit_counters AS c (key, window_start, hits)
                VALUES (\(key), to_timestamp(floor(extract(epoch FROM now()) / \(windowSeconds)) * \(windowSeconds)), 1)
                ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + 1
                RETURNING c.hits, c.window_start)
            SELECT counted.hits, counted.window_start + make_interval(secs => \(windowSeconds)),
                   coalesce((SELECT p.hits FROM app.rate_limit_counters p
                              WHERE p.key = \(key) AND p.window_start = counted.window_start - make_interval(secs => \(windowSeconds))), 0),
                   extract(epoch FROM now() - counted.window_start)::float8
              FROM counted
            """,
            logger: logger
        ).collect()
        let (current, windowEnds, previous, elapsed) = try rows[0].decode((Int, Date, Int, Double).self)
        let hits = sliding(current: current, previous: previous, elapsed: elapsed, window: windowSeconds)
        // Now and then, clear windows long past; cheap thanks to the window_start index.
        if Int.random(in: 0..<200) == 0 {
            try await connection.run(
                "DELETE FROM app.rate_limit_counters WHERE window_start < now() - interval '1 day'", logger: logger)
        }
        return (hits, windowEnds)
    }

    /// The attempts counted under `key` in the sliding window, and when the current fixed window ends,
    /// without counting one.
    public static func peek(key: String, windowSeconds: Int, on connection: PostgresConnection, logger: Logger) async throws -> (hits: Int, windowEnds: Date) {
        let rows = try await connection.query(
            """
            SELECT coalesce(max(c.hits), 0), max(w.start) + make_interval(secs => \(windowSeconds)),
                   coalesce(max(p.hits), 0), extract(epoch FROM now() - max(w.start))::float8
              FROM (SELECT to_timestamp(floor(extract(epoch FROM now()) / \(windowSeconds)) * \(windowSeconds)) AS start) w
              LEFT JOIN app.rate_limit_counters c ON c.key = \(key) AND c.window_start = w.start
              LEFT JOIN app.rate_limit_counters p ON p.key = \(key) AND p.window_start = w.start - make_interval(secs => \(windowSeconds))
            """,
            logger: logger
        ).collect()
        let (current, windowEnds, previous, elapsed) = try rows[0].decode((Int, Date, Int, Double).self)
        return (sliding(current: current, previous: previous, elapsed: elapsed, window: windowSeconds), windowEnds)
    }

    /// The current window's attempts plus the share of the previous window's that the sliding window still
    /// covers (all of them at the boundary, none a whole window later), to the nearest attempt: the usual
    /// sliding-window estimate, which assumes the previous window's attempts were spread evenly.
    static func sliding(current: Int, previous: Int, elapsed: Double, window: Int) -> Int {
        let covered = min(1, max(0, 1 - elapsed / Double(max(1, window))))
        return current + Int((Double(previous) * covered).rounded())
    }
}
