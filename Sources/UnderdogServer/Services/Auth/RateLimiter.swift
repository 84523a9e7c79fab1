import Foundation
import UnderdogStore

/// Counts attempts in PostgreSQL and refuses past the limit with a 429 that says when to come back.
struct RateLimiter: Sendable {
    let database: Database

    func check(_ key: String, _ limit: RateLimit) async throws {
        let windowSeconds = max(1, Int(limit.window.components.seconds))
        let (hits, windowEnds) = try await database.transaction(as: .service) { connection in
            try await RateLimitQueries.hit(key: String(key.prefix(400)), windowSeconds: windowSeconds, on: connection, logger: database.logger)
        }
        if hits > limit.limit {
            throw AppError.rateLimited(retryAfter: max(1, Int(windowEnds.timeIntervalSinceNow.rounded(.up))))
        }
    }
}
