import Foundation
import Logging
import PostgresNIO

/// An objection library entry as ingestion writes it.
public struct ObjectionRow: Sendable {
    public let slug: String
    public let category: String
    public let objection: String
    public let responseTemplate: String
    public let psychologyPrinciple: String?
    public let keywords: [String]
    public let variants: [String]
    public let sourceFile: String
    public let contentHash: String

    public init(slug: String, category: String, objection: String, responseTemplate: String, psychologyPrinciple: String?,
                keywords: [String], variants: [String], sourceFile: String, contentHash: String) {
        self.slug = slug
        self.category = category
        self.objection = objection
        self.responseTemplate = responseTemplate
        self.psychologyPrinciple = psychologyPrinciple
        self.keywords = keywords
        self.variants = variants
        self.sourceFile = sourceFile
        self.contentHash = contentHash
    }
}

/// A stored entry's identity, hash and the model of its vector.
public struct StoredObjection: Sendable, Equatable {
    public let id: UUID
    public let slug: String
    public let contentHash: String
    public let embeddingModel: String
}

/// One library entry as read.
public struct ObjectionHit: Sendable, Equatable {
    public let id: UUID
    public let slug: String?
    public let category: String
    public let objection: String
    public let responseTemplate: String
    public let psychologyPrinciple: String?
    public let keywords: [String]
    public let variants: [String]
    /// Cosine similarity, full-text rank, or 0 when listed.
    public let score: Double
}

/// `public.objection_library` with its bookkeeping in `app.objection_entries`.
public enum ObjectionQueries {
    public static func stored(on connection: PostgresConnection, logger: Logger) async throws -> [StoredObjection] {
        let rows = try await connection.query("""
            SELECT objection_id, slug, content_hash, embedding_model FROM app.objection_entries
            """, logger: logger).collect()
        return try rows.map { row in
            let (id, slug, hash, model) = try row.decode((UUID, String, String, String).self)
            return StoredObjection(id: id, slug: slug, contentHash: hash, embeddingModel: model)
        }
    }

    public static func insert(_ entry: ObjectionRow, embedding: [Float], model: String, on connection: PostgresConnection, logger: Logger) async throws {
        let rows = try await connection.query("""
            INSERT INTO public.objection_library (category, objection_text, response_template, psychology_principle, embedding)
            VALUES (\(entry.category), \(entry.objection), \(entry.responseTemplate), \(entry.psychologyPrinciple),
                    \(VectorLiteral.text(embedding))::vector)
            RETURNING id
            """, logger: logger).collect()
        let id = try rows[0].decode(UUID.self)
        try await connection.run("""
            INSERT INTO app.objection_entries (objection_id, slug, source_file, keywords, variants, content_hash, embedding_model)
            VALUES (\(id), \(entry.slug), \(entry.sourceFile), \(entry.keywords), \(entry.variants), \(entry.contentHash), \(model))
            """, logger: logger)
    }

    public static func update(_ id: UUID, _ entry: ObjectionRow, embedding: [Float], model: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            UPDATE public.objection_library
               SET category = \(entry.category), objection_text = \(entry.objection), response_template = \(entry.responseTemplate),
                   psychology_principle = \(entry.psychologyPrinciple), embedding = \(VectorLiteral.text(embedding))::vector
             WHERE id = \(id)
            """, logger: logger)
        try await connection.run("""
            UPDATE app.objection_entries
               SET source_file = \(entry.sourceFile), keywords = \(entry.keywords), variants = \(entry.variants),
                   content_hash = \(entry.contentHash), embedding_model = \(model), updated_at = now()
             WHERE objection_id = \(id)
            """, logger: logger)
    }

    /// Removes entries and, by the cascade, their bookkeeping.
    public static func delete(_ ids: [UUID], on connection: PostgresConnection, logger: Logger) async throws {
        guard !ids.isEmpty else { return }
        try await connection.run("DELETE FROM public.objection_library WHERE id = ANY(\(ids))", logger: logger)
    }

    /// The seed's `match_objections`, nearest first.
    public static func nearest(to embedding: [Float], count: Int, threshold: Double, on connection: PostgresConnection, logger: Logger) async throws -> [ObjectionHit] {
        let rows = try await connection.query("""
            SELECT m.id, e.slug, m.category, m.objection_text, m.response_template, m.psychology_principle,
                   coalesce(e.keywords, '{}'), coalesce(e.variants, '{}'), m.similarity
              FROM public.match_objections(\(VectorLiteral.text(embedding))::vector, \(threshold), \(Int32(count))) m
              LEFT JOIN app.objection_entries e ON e.objection_id = m.id
             ORDER BY m.similarity DESC
            """, logger: logger).collect()
        return try rows.map(decode)
    }

    /// Full-text matches over the objection, its variants and keywords and the response, best first.
    public static func fullText(_ question: String, count: Int, category: String? = nil, on connection: PostgresConnection, logger: Logger) async throws -> [ObjectionHit] {
        let rows = try await connection.query("""
            WITH q AS (SELECT nullif(replace(plainto_tsquery('english', \(question))::text, '&', '|'), '')::tsquery AS query)
            SELECT o.id, e.slug, o.category, o.objection_text, o.response_template, o.psychology_principle,
                   coalesce(e.keywords, '{}'), coalesce(e.variants, '{}'),
                   ts_rank_cd(\(unescaped: document), q.query)::float8 AS rank
              FROM public.objection_library o LEFT JOIN app.objection_entries e ON e.objection_id = o.id, q
             WHERE q.query IS NOT NULL AND \(unescaped: document) @@ q.query
               AND (\(category)::text IS NULL OR o.category = \(category))
             ORDER BY rank DESC, o.category, o.objection_text, o.id
             LIMIT \(Int32(count))
            """, logger: logger).collect()
        return try rows.map(decode)
    }

    /// The library to browse: one category or all, optionally narrowed by words, in a stable order.
    public static func list(category: String?, limit: Int, offset: Int, on connection: PostgresConnection, logger: Logger) async throws -> [ObjectionHit] {
        let rows = try await connection.query("""
            SELECT o.id, e.slug, o.category, o.objection_text, o.response_template, o.psychology_principle,
                   coalesce(e.keywords, '{}'), coalesce(e.variants, '{}'), 0::float8
              FROM public.objection_library o LEFT JOIN app.objection_entries e ON e.objection_id = o.id
             WHERE (\(category)::text IS NULL OR o.category = \(category))
             ORDER BY o.category, coalesce(e.slug, o.id::text)
             LIMIT \(Int32(limit)) OFFSET \(Int32(offset))
            """, logger: logger).collect()
        return try rows.map(decode)
    }

    /// The words full-text search reads: the objection with its variants and keywords, weighted above the response.
    static let document = """
        (setweight(to_tsvector('english', o.objection_text || ' ' || array_to_string(coalesce(e.variants, '{}'), ' ') || ' '
                   || array_to_string(coalesce(e.keywords, '{}'), ' ')), 'A')
         || setweight(to_tsvector('english', o.response_template), 'C'))
        """

    static func decode(_ row: PostgresRow) throws -> ObjectionHit {
        let (id, slug, category, objection, response, principle, keywords, variants, score) =
            try row.decode((UUID, String?, String, String, String, String?, [String], [String], Double).self)
        return ObjectionHit(id: id, slug: slug, category: category, objection: objection, responseTemplate: response,
                            psychologyPrinciple: principle, keywords: keywords, variants: variants, score: score)
    }
}
