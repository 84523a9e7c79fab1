import Foundation
import Logging
import PostgresNIO

/// A text roleplay as stored while it runs: the turns so far and how the call stands.
public struct ConversationRecord: Sendable, Equatable {
    public let id: UUID
    public let userID: UUID
    public let personaID: String
    public let scenarioType: String
    /// `[{"speaker","text"}]` as JSON text.
    public let turnsJSON: String
    public let outcome: String
    public let sessionID: UUID?
    public let startedAt: Date
}

/// Conversations, run as the signed-in rep: RLS shows a rep only their own.
public enum ConversationQueries {
    public static func start(
        userID: UUID, personaID: String, scenario: String, turnsJSON: String, outcome: String,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> ConversationRecord {
        let rows = try await connection.query("""
            INSERT INTO app.roleplay_conversations (user_id, persona_id, scenario_type, turns, outcome)
            VALUES (\(userID), \(personaID), \(scenario), \(turnsJSON)::jsonb, \(outcome))
            RETURNING \(unescaped: columns)
            """, logger: logger).collect()
        guard let row = rows.first else { throw StoreError.forbidden("the conversation could not be started") }
        return try decode(row)
    }

    /// The conversation, locked for the rest of the transaction so two turns sent at once are taken in turn.
    public static func lock(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> ConversationRecord? {
        let rows = try await connection.query("""
            SELECT \(unescaped: columns) FROM app.roleplay_conversations WHERE id = \(id) FOR UPDATE
            """, logger: logger).collect()
        return try rows.first.map(decode)
    }

    public static func find(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> ConversationRecord? {
        let rows = try await connection.query("""
            SELECT \(unescaped: columns) FROM app.roleplay_conversations WHERE id = \(id)
            """, logger: logger).collect()
        return try rows.first.map(decode)
    }

    public static func update(_ id: UUID, turnsJSON: String, outcome: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            UPDATE app.roleplay_conversations SET turns = \(turnsJSON)::jsonb, outcome = \(outcome), updated_at = now() WHERE id = \(id)
            """, logger: logger)
    }

    /// Ends the conversation as a roleplay session with its scores, all in the caller's transaction.
    public static func finish(
        _ conversation: ConversationRecord, outcome: String, transcriptJSON: String, durationSeconds: Int, scores: [ScoreRecord],
        on connection: PostgresConnection, logger: Logger
    ) async throws -> UUID {
        try await StoreError.classifying {
            let session = try await SessionQueries.record(
                userID: conversation.userID, personaID: conversation.personaID, scenario: conversation.scenarioType,
                durationSeconds: durationSeconds, transcriptJSON: transcriptJSON, scores: scores, on: connection, logger: logger)
            try await connection.run("""
                UPDATE app.roleplay_conversations SET session_id = \(session), outcome = \(outcome), updated_at = now()
                 WHERE id = \(conversation.id)
                """, logger: logger)
            return session
        }
    }

    static let columns = "id, user_id, persona_id, scenario_type, turns::text, outcome, session_id, started_at"

    static func decode(_ row: PostgresRow) throws -> ConversationRecord {
        let (id, user, persona, scenario, turns, outcome, session, started) =
            try row.decode((UUID, UUID, String, String, String, String, UUID?, Date).self)
        return ConversationRecord(id: id, userID: user, personaID: persona, scenarioType: scenario, turnsJSON: turns,
                                  outcome: outcome, sessionID: session, startedAt: started)
    }
}
