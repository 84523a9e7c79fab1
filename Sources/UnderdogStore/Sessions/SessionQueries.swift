import Foundation
import Logging
import PostgresNIO

/// One dimension's score of a session.
public struct ScoreRecord: Sendable, Equatable, Codable {
    public let dimension: String
    public let score: Int
    public let feedback: String?
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
        after cursor: Cursor?, limit: Int, userID: UUID?, on connection: PostgresConnection, logger: Logger
    ) async throws -> Page<SessionRecord> {
        let rows = try await connection.query(
            """
            SELECT s.id, s.user_id, s.persona_id, s.scenario_type, s.duration_seconds, s.vapi_call_id,
                   coalesce(s.created_at, 'epoch'),
                   coalesce((SELECT jsonb_agg(jsonb_build_object('dimension', sc.dimension, 'score', sc.score, 'feedback', sc.feedback)
                                              ORDER BY sc.dimension)
                               FROM public.session_scores sc WHERE sc.session_id = s.id), '[]'::jsonb)::text,
                   NULL::text
              FROM public.roleplay_sessions s
             WHERE (\(userID)::uuid IS NULL OR s.user_id = \(userID))
               AND (\(cursor?.createdAt)::timestamptz IS NULL
                    OR (coalesce(s.created_at, 'epoch'), s.id) < (\(cursor?.createdAt), \(cursor?.id)))
             ORDER BY coalesce(s.created_at, 'epoch') DESC, s.id DESC
             LIMIT \(limit + 1)
            """,
            logger: logger
        ).collect()
        return Page(fetched: try rows.map(decode), limit: limit) { Cursor(createdAt: $0.createdAt, id: $0.id) }
    }

    public static func find(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> SessionRecord? {
        let rows = try await connection.query(
            """
            SELECT s.id, s.user_id, s.persona_id, s.scenario_type, s.duration_seconds, s.vapi_call_id,
                   coalesce(s.created_at, 'epoch'),
                   coalesce((SELECT jsonb_agg(jsonb_build_object('dimension', sc.dimension, 'score', sc.score, 'feedback', sc.feedback)
                                              ORDER BY sc.dimension)
                               FROM public.session_scores sc WHERE sc.session_id = s.id), '[]'::jsonb)::text,
                   s.transcript::text
              FROM public.roleplay_sessions s WHERE s.id = \(id)
            """,
            logger: logger
        ).collect()
        return try rows.first.map(decode)
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

    static func decode(_ row: PostgresRow) throws -> SessionRecord {
        let (id, userID, personaID, scenario, duration, vapiCallID, createdAt, scoresJSON, transcript) =
            try row.decode((UUID, UUID, String, String, Int?, String?, Date, String, String?).self)
        let scores = try JSONDecoder().decode([ScoreRecord].self, from: Data(scoresJSON.utf8))
        return SessionRecord(id: id, userID: userID, personaID: personaID, scenarioType: scenario, durationSeconds: duration,
                             vapiCallID: vapiCallID, createdAt: createdAt, scores: scores, transcriptJSON: transcript)
    }
}
