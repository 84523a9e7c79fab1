import Foundation
import Logging
import PostgresNIO

public struct CoachThreadRecord: Sendable, Equatable {
    public let id: UUID
    public let mode: String
    public let title: String
    public let createdAt: Date
    public let updatedAt: Date
}

public struct CoachMessageRecord: Sendable, Equatable {
    public let id: UUID
    public let role: String
    public let content: String
    /// `[{"n","kind","id","title","source_file"}]` as JSON text.
    public let citationsJSON: String
    public let engine: String?
    public let createdAt: Date
}

/// A rep's coach threads, run as the rep: RLS shows each rep only their own, admins included.
public enum CoachQueries {
    public static func createThread(userID: UUID, mode: String, title: String, on connection: PostgresConnection, logger: Logger) async throws -> CoachThreadRecord {
        let rows = try await connection.query("""
            INSERT INTO app.coach_threads (user_id, mode, title) VALUES (\(userID), \(mode), \(title))
            RETURNING id, mode, title, created_at, updated_at
            """, logger: logger).collect()
        guard let row = rows.first else { throw StoreError.forbidden("the thread could not be started") }
        return try decodeThread(row)
    }

    public static func thread(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> CoachThreadRecord? {
        let rows = try await connection.query("""
            SELECT id, mode, title, created_at, updated_at FROM app.coach_threads WHERE id = \(id)
            """, logger: logger).collect()
        return try rows.first.map(decodeThread)
    }

    /// The rep's threads, most recently used first.
    public static func threads(limit: Int, on connection: PostgresConnection, logger: Logger) async throws -> [CoachThreadRecord] {
        let rows = try await connection.query("""
            SELECT id, mode, title, created_at, updated_at FROM app.coach_threads ORDER BY updated_at DESC, id LIMIT \(Int32(limit))
            """, logger: logger).collect()
        return try rows.map(decodeThread)
    }

    public static func messages(in thread: UUID, on connection: PostgresConnection, logger: Logger) async throws -> [CoachMessageRecord] {
        let rows = try await connection.query("""
            SELECT id, role, content, citations::text, engine, created_at FROM app.coach_messages
             WHERE thread_id = \(thread) ORDER BY created_at, role DESC, id
            """, logger: logger).collect()
        return try rows.map { row in
            let (id, role, content, citations, engine, created) = try row.decode((UUID, String, String, String, String?, Date).self)
            return CoachMessageRecord(id: id, role: role, content: content, citationsJSON: citations, engine: engine, createdAt: created)
        }
    }

    /// The rep's question and the coach's answer, written together; the thread moves to the top of the list.
    public static func exchange(
        thread: UUID, question: String, answer: String, citationsJSON: String, engine: String,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> UUID {
        try await connection.run("""
            INSERT INTO app.coach_messages (thread_id, role, content) VALUES (\(thread), 'rep', \(question))
            """, logger: logger)
        let rows = try await connection.query("""
            INSERT INTO app.coach_messages (thread_id, role, content, citations, engine, created_at)
            VALUES (\(thread), 'coach', \(answer), \(citationsJSON)::jsonb, \(engine), clock_timestamp())
            RETURNING id
            """, logger: logger).collect()
        try await connection.run("UPDATE app.coach_threads SET updated_at = now() WHERE id = \(thread)", logger: logger)
        return try rows[0].decode(UUID.self)
    }

    static func decodeThread(_ row: PostgresRow) throws -> CoachThreadRecord {
        let (id, mode, title, created, updated) = try row.decode((UUID, String, String, Date, Date).self)
        return CoachThreadRecord(id: id, mode: mode, title: title, createdAt: created, updatedAt: updated)
    }
}
