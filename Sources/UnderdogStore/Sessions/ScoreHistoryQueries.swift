import Foundation
import Logging
import PostgresNIO

/// One scored session, reduced to what trends need.
public struct ScoredSessionRecord: Sendable {
    public let id: UUID
    public let userID: UUID
    public let createdAt: Date
    /// The score of each of `ScoredSessionsStatement.dimensions`, in that order; nil where there is none. Kept
    /// as read, without a dictionary of names per row: the home page reads hundreds of these.
    public let scoreColumns: [Int?]
}

/// Score history for trends, as RLS lets the caller see it: a rep's own sessions, an admin's organisation's.
public enum ScoreHistoryQueries {
    /// The most sessions a trend is computed over: a year of a busy team's practice.
    public static let maximumSessions = 20_000

    /// Scored sessions since `since`, newest first; `userID` narrows to one member.
    public static func scoredSessions(
        since: Date, userID: UUID?, on connection: PostgresConnection, logger: Logger
    ) async throws -> [ScoredSessionRecord] {
        var sessions: [ScoredSessionRecord] = []
        let statement = ScoredSessionsStatement(since: since, userID: userID, limit: maximumSessions)
        for try await session in try await connection.execute(statement, logger: logger) { sessions.append(session) }
        return sessions
    }
}
