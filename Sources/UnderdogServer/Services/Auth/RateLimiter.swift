import Foundation
import UnderdogStore

/// Counts attempts in PostgreSQL, so every server behind the load balancer counts together, and refuses past
/// a limit with a 429 that says when to come back.
struct RateLimiter: Sendable {
    let database: Database

    /// Counts this attempt under `key`; a 429 once the window holds more than the limit.
    func check(_ key: String, _ limit: RateLimit) async throws {
        let (hits, windowEnds) = try await database.transaction(as: .service) { connection in
            try await RateLimitQueries.hit(key: Self.stored(key), windowSeconds: Self.seconds(limit), on: connection, logger: database.logger)
        }
        if hits > limit.limit { throw AppError.rateLimited(retryAfter: Self.retryAfter(windowEnds)) }
    }

    /// A 429 while any tier of `key` is full (the longest wait wins), counting nothing: failures are counted
    /// by `recordFailure`, so a client that has not been failing is never held back.
    func refuseWhileLocked(_ key: String, tiers: [RateLimit]) async throws {
        let waits = try await database.transaction(as: .service) { connection in
            var waits: [Int] = []
            for tier in tiers {
                let (hits, windowEnds) = try await RateLimitQueries.peek(
                    key: Self.stored(key) + Self.tierSuffix(tier), windowSeconds: Self.seconds(tier), on: connection, logger: database.logger)
                if hits >= tier.limit { waits.append(Self.retryAfter(windowEnds)) }
            }
            return waits
        }
        if let longest = waits.max() { throw AppError.rateLimited(retryAfter: longest) }
    }

    /// Counts a failure under every tier of `key`.
    func recordFailure(_ key: String, tiers: [RateLimit]) async throws {
        try await database.transaction(as: .service) { connection in
            for tier in tiers {
                _ = try await RateLimitQueries.hit(
                    key: Self.stored(key) + Self.tierSuffix(tier), windowSeconds: Self.seconds(tier), on: connection, logger: database.logger)
            }
        }
    }

    /// Counts an event under `key` and says whether the window now holds more than the limit; refuses nothing.
    func exceeds(_ key: String, _ limit: RateLimit) async throws -> Bool {
        let (hits, _) = try await database.transaction(as: .service) { connection in
            try await RateLimitQueries.hit(key: Self.stored(key), windowSeconds: Self.seconds(limit), on: connection, logger: database.logger)
        }
        return hits > limit.limit
    }

    private static func stored(_ key: String) -> String { String(key.prefix(400)) }
    private static func seconds(_ limit: RateLimit) -> Int { max(1, Int(limit.window.components.seconds)) }
    private static func tierSuffix(_ limit: RateLimit) -> String { ":\(seconds(limit))s" }
    private static func retryAfter(_ windowEnds: Date) -> Int { max(1, Int(windowEnds.timeIntervalSinceNow.rounded(.up))) }
}
