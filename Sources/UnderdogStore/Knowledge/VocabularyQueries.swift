import Foundation
import Logging
import PostgresNIO

/// The offline embedder's fitted corpus statistics, one row per model name (`app.embedding_vocabularies`).
public enum VocabularyQueries {
    /// The newest vocabulary: the one the last ingestion used, and so the one questions must be embedded with.
    public static func latest(on connection: PostgresConnection, logger: Logger) async throws -> (model: String, json: String)? {
        let rows = try await connection.query("""
            SELECT model, vocabulary::text FROM app.embedding_vocabularies ORDER BY created_at DESC, model LIMIT 1
            """, logger: logger).collect()
        return try rows.first.map { try $0.decode((String, String).self) }
    }

    public static func save(model: String, json: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            INSERT INTO app.embedding_vocabularies (model, vocabulary) VALUES (\(model), \(json)::jsonb)
            ON CONFLICT (model) DO UPDATE SET created_at = now()
            """, logger: logger)
    }
}
