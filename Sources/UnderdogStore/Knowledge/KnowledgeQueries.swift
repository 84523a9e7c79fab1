import Foundation
import Logging
import PostgresNIO

/// A knowledge chunk as ingestion writes it.
public struct KnowledgeRow: Sendable {
    public let source: String
    public let sourceFile: String
    public let sectionTitle: String
    public let content: String
    public let topics: [String]
    /// `heading_path`, `chunk_key`, `content_hash`, `embedding_model` and anything else, as JSON text.
    public let metadataJSON: String

    public init(source: String, sourceFile: String, sectionTitle: String, content: String, topics: [String], metadataJSON: String) {
        self.source = source
        self.sourceFile = sourceFile
        self.sectionTitle = sectionTitle
        self.content = content
        self.topics = topics
        self.metadataJSON = metadataJSON
    }
}

/// What ingestion compares against: a stored chunk's identity, hash and the model of its vector.
public struct StoredChunk: Sendable, Equatable {
    public let id: UUID
    public let sourceFile: String
    public let chunkKey: String
    public let contentHash: String
    public let embeddingModel: String?
}

/// One retrieved chunk.
public struct KnowledgeHit: Sendable, Equatable {
    public let id: UUID
    public let source: String
    public let sourceFile: String
    public let sectionTitle: String
    public let content: String
    public let topics: [String]
    /// Cosine similarity for vector hits, the full-text rank for text hits.
    public let score: Double
}

/// `public.knowledge_base`: written by ingestion as service_role, read by signed-in users (RLS: everyone).
public enum KnowledgeQueries {
    public static func stored(on connection: PostgresConnection, logger: Logger) async throws -> [StoredChunk] {
        let rows = try await connection.query("""
            SELECT id, source_file, coalesce(metadata->>'chunk_key', section_title), coalesce(metadata->>'content_hash', ''),
                   metadata->>'embedding_model'
              FROM public.knowledge_base
            """, logger: logger).collect()
        return try rows.map { row in
            let (id, file, key, hash, model) = try row.decode((UUID, String, String, String, String?).self)
            return StoredChunk(id: id, sourceFile: file, chunkKey: key, contentHash: hash, embeddingModel: model)
        }
    }

    public static func insert(_ chunk: KnowledgeRow, embedding: [Float], on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            INSERT INTO public.knowledge_base (source, source_file, section_title, content, topics, metadata, embedding)
            VALUES (\(chunk.source), \(chunk.sourceFile), \(chunk.sectionTitle), \(chunk.content), \(chunk.topics),
                    \(chunk.metadataJSON)::jsonb, \(VectorLiteral.text(embedding))::vector)
            """, logger: logger)
    }

    public static func update(_ id: UUID, _ chunk: KnowledgeRow, embedding: [Float], on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            UPDATE public.knowledge_base
               SET source = \(chunk.source), source_file = \(chunk.sourceFile), section_title = \(chunk.sectionTitle),
                   content = \(chunk.content), topics = \(chunk.topics), metadata = \(chunk.metadataJSON)::jsonb,
                   embedding = \(VectorLiteral.text(embedding))::vector
             WHERE id = \(id)
            """, logger: logger)
    }

    public static func delete(_ ids: [UUID], on connection: PostgresConnection, logger: Logger) async throws {
        guard !ids.isEmpty else { return }
        try await connection.run("DELETE FROM public.knowledge_base WHERE id = ANY(\(ids))", logger: logger)
    }

    /// The seed's `match_knowledge`, nearest first.
    public static func nearest(
        to embedding: [Float], count: Int, threshold: Double, source: String?, on connection: PostgresConnection, logger: Logger
    ) async throws -> [KnowledgeHit] {
        let rows = try await connection.query("""
            SELECT id, source, source_file, section_title, content, coalesce(topics, '{}'), similarity
              FROM public.match_knowledge(\(VectorLiteral.text(embedding))::vector, \(threshold), \(Int32(count)), \(source))
            """, logger: logger).collect()
        return try rows.map(decodeHit)
    }

    /// How many of the question's words (English stems) the playbook uses anywhere, its passages or its
    /// objection library, and how many words it has: a question about pizza shares almost none.
    public static func vocabularyCoverage(_ question: String, on connection: PostgresConnection, logger: Logger) async throws -> (known: Int, words: Int) {
        let rows = try await connection.query("""
            SELECT count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM public.knowledge_base k
                        WHERE to_tsvector('english', k.section_title || ' ' || k.content) @@ quote_literal(w.lexeme)::tsquery)
                    OR EXISTS (
                       SELECT 1 FROM public.objection_library o
                        WHERE to_tsvector('english', o.objection_text || ' ' || o.response_template) @@ quote_literal(w.lexeme)::tsquery))::int,
                   count(*)::int
              FROM unnest(tsvector_to_array(to_tsvector('english', \(question)))) AS w(lexeme)
            """, logger: logger).collect()
        return try rows[0].decode((Int, Int).self)
    }

    /// How many of the playbook's teaching passages and objection entries use each of `words` (compared as
    /// English stems); words it never uses are left out, and so is a word PostgreSQL treats as a stop word. The
    /// practice buyers' briefings are not counted: their companies (a gym chain, a car park operator) would
    /// make "gym" and "parking" the playbook's words.
    public static func passageCounts(_ words: [String], on connection: PostgresConnection, logger: Logger) async throws -> [String: Int] {
        guard !words.isEmpty else { return [:] }
        let rows = try await connection.query("""
            SELECT w, (SELECT count(*) FROM public.knowledge_base k
                        WHERE k.source <> 'persona'
                          AND to_tsvector('english', k.section_title || ' ' || k.content) @@ plainto_tsquery('english', w))
                    + (SELECT count(*) FROM public.objection_library o
                        WHERE to_tsvector('english', o.objection_text || ' ' || o.response_template) @@ plainto_tsquery('english', w))
              FROM unnest(\(words)::text[]) AS w
             WHERE numnode(plainto_tsquery('english', w)) > 0
            """, logger: logger).collect()
        var counts: [String: Int] = [:]
        for row in rows {
            let (word, count) = try row.decode((String, Int).self)
            if count > 0 { counts[word] = count }
        }
        return counts
    }

    /// How many teaching passages and objection entries `passageCounts` counts over.
    public static func passageTotal(on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            SELECT (SELECT count(*) FROM public.knowledge_base WHERE source <> 'persona')::int
                 + (SELECT count(*) FROM public.objection_library)::int
            """, logger: logger).collect()
        return try rows[0].decode(Int.self)
    }

    /// Full-text matches, best first: any of the question's words (stemmed, stop words dropped), ranked by
    /// cover density, so a rare exact phrase outranks a common word.
    public static func fullText(
        _ question: String, count: Int, source: String?, on connection: PostgresConnection, logger: Logger
    ) async throws -> [KnowledgeHit] {
        let rows = try await connection.query("""
            WITH q AS (SELECT nullif(replace(plainto_tsquery('english', \(question))::text, '&', '|'), '')::tsquery AS query)
            SELECT k.id, k.source, k.source_file, k.section_title, k.content, coalesce(k.topics, '{}'),
                   ts_rank_cd(\(unescaped: document), q.query)::float8 AS rank
              FROM public.knowledge_base k, q
             WHERE q.query IS NOT NULL
               AND \(unescaped: document) @@ q.query
               AND (\(source)::text IS NULL OR k.source = \(source))
             ORDER BY rank DESC, k.source_file, k.section_title, k.id
             LIMIT \(Int32(count))
            """, logger: logger).collect()
        return try rows.map(decodeHit)
    }

    /// The words full-text search reads: a passage's title and topics weighted above its text, so a question
    /// whose key terms name a section ("receptionist", "voicemail") finds that section before passages that only
    /// mention them in passing.
    static let document = """
        (setweight(to_tsvector('english', k.section_title || ' ' || array_to_string(coalesce(k.topics, '{}'), ' ')), 'A')
         || setweight(to_tsvector('english', k.content), 'D'))
        """

    static func decodeHit(_ row: PostgresRow) throws -> KnowledgeHit {
        let (id, source, file, title, content, topics, score) = try row.decode((UUID, String, String, String, String, [String], Double).self)
        return KnowledgeHit(id: id, source: source, sourceFile: file, sectionTitle: title, content: content, topics: topics, score: score)
    }
}

/// The IVFFlat indexes of the two vector tables: their size, and their rebuild with more lists.
public enum VectorIndexQueries {
    public enum Table: String, Sendable {
        case knowledge = "knowledge_base"
        case objections = "objection_library"

        var index: String { self == .knowledge ? "idx_knowledge_base_embedding" : "idx_objection_library_embedding" }
    }

    /// Rows with a vector, and the index's current `lists`.
    public static func size(of table: Table, on connection: PostgresConnection, logger: Logger) async throws -> (rows: Int, lists: Int) {
        let rows = try await connection.query("""
            SELECT (SELECT count(*) FROM \(unescaped: "public." + table.rawValue) WHERE embedding IS NOT NULL),
                   coalesce((SELECT substring(option FROM 'lists=(\\d+)')::int
                               FROM pg_class c, unnest(c.reloptions) option
                              WHERE c.oid = \(unescaped: "'public." + table.index + "'")::regclass AND option LIKE 'lists=%'), 100)
            """, logger: logger).collect()
        let (count, lists) = try rows[0].decode((Int, Int).self)
        return (count, lists)
    }

    /// Rebuilds the index with `lists` lists, in the caller's transaction (the table is locked meanwhile).
    public static func rebuild(_ table: Table, lists: Int, on connection: PostgresConnection, logger: Logger) async throws {
        // IVFFlat's build holds the sampled vectors in memory: more than the default 64 MB at this size.
        try await connection.run("SET LOCAL maintenance_work_mem = '512MB'", logger: logger)
        try await connection.run("DROP INDEX \(unescaped: "public." + table.index)", logger: logger)
        try await connection.run("""
            CREATE INDEX \(unescaped: table.index) ON \(unescaped: "public." + table.rawValue)
                USING ivfflat (embedding vector_cosine_ops) WITH (lists = \(unescaped: String(max(1, lists))))
            """, logger: logger)
    }
}
