import Foundation
import Logging
import PostgresNIO

/// One dimension's score of a session.
public struct ScoreRecord: Sendable, Equatable, Codable {
    public let dimension: String
    public let score: Int
    public let feedback: String?

    public init(dimension: String, score: Int, feedback: String?) {
        self.dimension = dimension
        self.score = score
        self.feedback = feedback
    }
}

/// A roleplay session with its scores, as RLS lets the caller see it.
public struct SessionRecord: Sendable {
    public let id: UUID
    public let userID: UUID
    public let personaID: String
    public let scenarioType: String
    public let durationSeconds: Int?
    public let vapiCallID: String?
    public let createdAt: Date
    public let scores: [ScoreRecord]
    /// The transcript's JSON text, read only for a single session.
    public let transcriptJSON: String?

    /// The mean of the dimension scores, when there are any.
    public var overallScore: Double? {
        scores.isEmpty ? nil : Double(scores.map(\.score).reduce(0, +)) / Double(scores.count)
    }
}

/// Roleplay sessions, run as the signed-in user: a rep's own, an admin's whole org, never deleted ones.
public enum SessionQueries {
    public static func list(
        after cursor: Cursor?, limit: Int, userID: UUID?, scenario: String? = nil, personaID: String? = nil,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> Page<SessionRecord> {
        let statement = ListSessionsStatement(cursor: cursor, limit: limit, userID: userID, scenario: scenario, personaID: personaID)
        var sessions: [SessionRecord] = []
        for try await row in try await connection.execute(statement, logger: logger) { sessions.append(decode(row)) }
        return Page(fetched: sessions, limit: limit) { Cursor(createdAt: $0.createdAt, id: $0.id) }
    }

    /// Writes a scored session and its scores in the caller's transaction; `createdAt` nil means now.
    public static func record(
        userID: UUID, personaID: String, scenario: String, durationSeconds: Int, transcriptJSON: String, scores: [ScoreRecord],
        createdAt: Date? = nil, on connection: PostgresConnection, logger: Logger
    ) async throws -> UUID {
        let rows = try await connection.query("""
            INSERT INTO public.roleplay_sessions (user_id, persona_id, scenario_type, duration_seconds, transcript, created_at)
            VALUES (\(userID), \(personaID), \(scenario), \(Int32(clamping: durationSeconds)), \(transcriptJSON)::jsonb, coalesce(\(createdAt), now()))
            RETURNING id
            """, logger: logger).collect()
        guard let session = try rows.first?.decode(UUID.self) else { throw StoreError.forbidden("the session could not be recorded") }
        for score in scores {
            try await connection.run("""
                INSERT INTO public.session_scores (session_id, dimension, score, feedback, created_at)
                VALUES (\(session), \(score.dimension), \(Int32(score.score)), \(score.feedback), coalesce(\(createdAt), now()))
                """, logger: logger)
        }
        return session
    }

    public static func find(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> SessionRecord? {
        var found: SessionRecord?
        for try await row in try await connection.execute(FindSessionStatement(id: id), logger: logger) { found = decode(row) }
        return found
    }

    /// Soft delete (the soft_delete trigger keeps the row). False when the caller cannot see the session;
    /// a DELETE that RLS refuses and one the trigger turned into an update both report no rows, hence the
    /// visibility check first.
    public static func delete(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        guard try await find(id, on: connection, logger: logger) != nil else { return false }
        try await StoreError.classifying {
            try await connection.run("DELETE FROM public.roleplay_sessions WHERE id = \(id)", logger: logger)
        }
        let stillVisible = try await find(id, on: connection, logger: logger) != nil
        if stillVisible { throw StoreError.forbidden("only the session's owner or an admin of their organisation can delete it") }
        return true
    }

    /// Checked by `app.restore_roleplay_session`: admins of the owner's org only.
    public static func restore(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await StoreError.classifying {
            try await connection.run("SELECT app.restore_roleplay_session(\(id))", logger: logger)
        }
    }

    typealias Row = ListSessionsStatement.Row

    static func decode(_ row: PostgresRow) throws -> SessionRecord {
        decode(try row.decode(Row.self))
    }

    static func decode(_ row: Row) -> SessionRecord {
        let (id, userID, personaID, scenario, duration, vapiCallID, createdAt, dimensions, scores, feedback, transcript) = row
        let scoreRecords = zip(dimensions, zip(scores, feedback)).map { dimension, value in
            ScoreRecord(dimension: dimension, score: Int(value.0), feedback: value.1.isEmpty ? nil : value.1)
        }
        return SessionRecord(id: id, userID: userID, personaID: personaID, scenarioType: scenario, durationSeconds: duration,
                             vapiCallID: vapiCallID, createdAt: createdAt, scores: scoreRecords, transcriptJSON: transcript)
    }
}

/// A session's scores as three parallel arrays, ordered by dimension: decoded natively by the driver, where
/// a JSON column would cost a JSON parse per session on every list. No feedback is carried as ''.
enum SessionScoreColumns {
    static let lateralJoin = """
        CROSS JOIN LATERAL (
            SELECT coalesce(array_agg(x.dimension ORDER BY x.dimension), '{}') AS dimensions,
                   coalesce(array_agg(x.score ORDER BY x.dimension), '{}') AS scores,
                   coalesce(array_agg(coalesce(x.feedback, '') ORDER BY x.dimension), '{}') AS feedback
              FROM public.session_scores x WHERE x.session_id = s.id) sc
        """
}
