import Foundation
import Logging
import PostgresNIO

/// A voice roleplay as stored from set-up to score (`app.voice_calls`).
public struct VoiceCallRecord: Sendable, Equatable {
    public let id: UUID
    public let provider: String
    public let providerCallID: String?
    public let userID: UUID
    public let personaID: String
    public let scenarioType: String
    public let status: String
    public let outcome: String
    public let scoredAt: Date?
    public let createdAt: Date
}

/// Voice calls: set up by the rep (RLS: their own), then driven by the provider's webhooks as service_role.
public enum VoiceCallQueries {
    /// A new call set up by the signed-in rep; the browser holds the token whose hash is stored.
    public static func setUp(
        userID: UUID, provider: String, tokenHash: String, personaID: String, scenario: String,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> VoiceCallRecord {
        let rows = try await connection.query("""
            INSERT INTO app.voice_calls (provider, call_token_hash, user_id, persona_id, scenario_type)
            VALUES (\(provider), \(tokenHash), \(userID), \(personaID), \(scenario))
            RETURNING \(unescaped: columns)
            """, logger: logger).collect()
        guard let row = rows.first else { throw StoreError.forbidden("the call could not be set up") }
        return try decode(row)
    }

    /// The call the token was handed out for, tied to the provider's call id the first time the provider
    /// names it. An expired token binds nothing; a token already tied to another call id is not moved.
    public static func bind(
        provider: String, tokenHash: String, providerCallID: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> VoiceCallRecord? {
        let rows = try await connection.query("""
            UPDATE app.voice_calls
               SET provider_call_id = \(providerCallID), updated_at = now()
             WHERE provider = \(provider) AND call_token_hash = \(tokenHash)
               AND ((provider_call_id IS NULL AND expires_at > now()) OR provider_call_id = \(providerCallID))
            RETURNING \(unescaped: columns)
            """, logger: logger).collect()
        return try rows.first.map(decode)
    }

    public static func find(provider: String, providerCallID: String, on connection: PostgresConnection, logger: Logger) async throws -> VoiceCallRecord? {
        let rows = try await connection.query("""
            SELECT \(unescaped: columns) FROM app.voice_calls WHERE provider = \(provider) AND provider_call_id = \(providerCallID)
            """, logger: logger).collect()
        return try rows.first.map(decode)
    }

    /// The call, locked until the transaction ends, so two copies of a final report are taken one after the other.
    public static func lock(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> VoiceCallRecord? {
        let rows = try await connection.query("""
            SELECT \(unescaped: columns) FROM app.voice_calls WHERE id = \(id) FOR UPDATE
            """, logger: logger).collect()
        return try rows.first.map(decode)
    }

    public static func update(_ id: UUID, status: String? = nil, outcome: String? = nil, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            UPDATE app.voice_calls
               SET status = coalesce(\(status), status), outcome = coalesce(\(outcome), outcome), updated_at = now()
             WHERE id = \(id)
            """, logger: logger)
    }

    /// Stores a provider event once: a replay (same session and key) is recognised and not stored again.
    /// Returns whether this copy was the first.
    public static func recordEvent(
        sessionID: UUID, type: String, dataJSON: String, key: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> Bool {
        let rows = try await connection.query("""
            INSERT INTO public.session_events (session_id, event_type, data, event_key)
            VALUES (\(sessionID), \(type), \(dataJSON)::jsonb, \(key))
            ON CONFLICT (session_id, event_key) DO NOTHING
            RETURNING id
            """, logger: logger).collect()
        return !rows.isEmpty
    }

    /// Writes the call's roleplay session (its id is the call's) and its scores, and marks the call scored,
    /// in the caller's transaction; the caller holds the call's lock and has checked it was not scored yet.
    public static func finish(
        _ call: VoiceCallRecord, providerCallID: String, transcriptJSON: String, durationSeconds: Int?, scores: [ScoreRecord],
        on connection: PostgresConnection, logger: Logger
    ) async throws {
        try await StoreError.classifying {
            try await connection.run("""
                INSERT INTO public.roleplay_sessions (id, user_id, persona_id, scenario_type, duration_seconds, vapi_call_id, transcript)
                VALUES (\(call.id), \(call.userID), \(call.personaID), \(call.scenarioType),
                        \(durationSeconds.map { Int32(clamping: $0) }), \(providerCallID), \(transcriptJSON)::jsonb)
                """, logger: logger)
            for score in scores {
                try await connection.run("""
                    INSERT INTO public.session_scores (session_id, dimension, score, feedback)
                    VALUES (\(call.id), \(score.dimension), \(Int32(score.score)), \(score.feedback))
                    """, logger: logger)
            }
            try await connection.run("""
                UPDATE app.voice_calls SET scored_at = now(), status = 'ended', updated_at = now() WHERE id = \(call.id)
                """, logger: logger)
        }
    }

    static let columns = "id, provider, provider_call_id, user_id, persona_id, scenario_type, status, outcome, scored_at, created_at"

    static func decode(_ row: PostgresRow) throws -> VoiceCallRecord {
        let (id, provider, callID, user, persona, scenario, status, outcome, scored, created) =
            try row.decode((UUID, String, String?, UUID, String, String, String, String, Date?, Date).self)
        return VoiceCallRecord(id: id, provider: provider, providerCallID: callID, userID: user, personaID: persona,
                               scenarioType: scenario, status: status, outcome: outcome, scoredAt: scored, createdAt: created)
    }
}
