import Foundation
import Logging
import PostgresNIO

/// One scored session, reduced to what trends need.
public struct ScoredSessionRecord: Sendable {
    public let id: UUID
    public let userID: UUID
    public let createdAt: Date
    /// Dimension name → score.
    public let scores: [String: Int]
}

/// Score history for trends, as RLS lets the caller see it: a rep's own sessions, an admin's organisation's.
public enum ScoreHistoryQueries {
    /// The most sessions a trend is computed over: a year of a busy team's practice.
    public static let maximumSessions = 20_000

    /// Scored sessions since `since`, newest first; `userID` narrows to one member.
    public static func scoredSessions(
        since: Date, userID: UUID?, on connection: PostgresConnection, logger: Logger
    ) async throws -> [ScoredSessionRecord] {
        let rows = try await connection.query("""
            SELECT s.id, s.user_id, coalesce(s.created_at, 'epoch'), sc.dimensions, sc.scores
              FROM (SELECT r.id, r.user_id, r.created_at
                      FROM public.roleplay_sessions r
                     WHERE coalesce(r.created_at, 'epoch') >= \(since)
                       AND (\(userID)::uuid IS NULL OR r.user_id = \(userID))
                     ORDER BY r.created_at DESC
                     LIMIT \(maximumSessions)) s
            \(unescaped: SessionScoreColumns.lateralJoin)
             WHERE cardinality(sc.scores) > 0
            """, logger: logger).collect()
        return try rows.map { row in
            let (id, user, created, dimensions, scores) = try row.decode((UUID, UUID, Date, [String], [Int32]).self)
            return ScoredSessionRecord(
                id: id, userID: user, createdAt: created,
                scores: Dictionary(zip(dimensions, scores.map(Int.init)), uniquingKeysWith: { first, _ in first }))
        }
    }
}
