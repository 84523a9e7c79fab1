import Foundation
import Logging
import PostgresNIO
import UnderdogDomain
import UnderdogStore

/// The embedder a question must be embedded with: the configured remote model, or the offline embedder with
/// the corpus statistics the last ingestion stored. Those are large and change only when content is
/// re-fitted, so they are decoded once per model and kept.
actor QueryEmbedders {
    private let remote: (any TextEmbedder)?
    private var local: LocalTextEmbedder?

    init(remote: (any TextEmbedder)?) {
        self.remote = remote
    }

    /// Nil when nothing was ingested yet with the offline embedder.
    func current(on connection: PostgresConnection, logger: Logger) async throws -> (any TextEmbedder)? {
        if let remote { return remote }
        let rows = try await connection.query("""
            SELECT model FROM app.embedding_vocabularies ORDER BY created_at DESC, model LIMIT 1
            """, logger: logger).collect()
        guard let model = try rows.first?.decode(String.self) else { return nil }
        if let local, local.modelName == model { return local }
        guard let (stored, json) = try await VocabularyQueries.latest(on: connection, logger: logger), stored == model else { return nil }
        let embedder = LocalTextEmbedder(embedder: LocalEmbedder(vocabulary: try JSONDecoder().decode(EmbedderVocabulary.self, from: Data(json.utf8))))
        local = embedder
        return embedder
    }
}
