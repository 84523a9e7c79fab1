import Foundation
import Logging
import PostgresNIO
import UnderdogAI
import UnderdogDomain
import UnderdogStore

/// `underdog ingest`: the content under some folders into `knowledge_base` and `objection_library`, as
/// service_role, in one transaction, so a failed run leaves the previous content whole.
///
/// Chunks are matched to stored rows by file and heading path. Only new and changed ones are embedded (a
/// change of embedding model counts as a change); stored rows from the ingested folders that the files no
/// longer have are deleted; rows from folders not named in this run are left alone.
public struct KnowledgeIngestion: Sendable {
    public enum EmbedderChoice: Sendable {
        /// The offline embedder. Its corpus statistics are fitted on the first run and reused after, so an
        /// unchanged chunk keeps its vector; `refit` fits them again, which is a new model and re-embeds all.
        case local(refit: Bool)
        case openAI(OpenAIEmbedder)
    }

    public struct Report: Sendable, Equatable {
        public var model = ""
        public var chunksInserted = 0, chunksUpdated = 0, chunksUnchanged = 0, chunksDeleted = 0
        public var objectionsInserted = 0, objectionsUpdated = 0, objectionsUnchanged = 0, objectionsDeleted = 0
        /// Texts sent to the embedder.
        public var embedded = 0
        /// Vector indexes rebuilt with more lists because their table outgrew them.
        public var indexesRebuilt: [String] = []
    }

    let database: Database
    let logger: Logger

    public init(database: Database, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// `roots` are folders or files; stored paths are relative to `base` (the repository or content root).
    public func run(
        roots: [URL], base: URL, embedder choice: EmbedderChoice,
        progress: @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) async throws -> Report {
        let sources = try KnowledgeSources.read(roots, base: base)
        let scopes = roots.map { KnowledgeSources.relativePath(of: $0, to: base) }
        func inScope(_ file: String) -> Bool {
            scopes.contains { scope in file == scope || file.hasPrefix(scope.hasSuffix("/") ? scope : scope + "/") }
        }
        return try await database.transaction(as: .service, logger: logger) { connection in
            // One ingestion at a time: two runs interleaving their inserts would store a chunk twice.
            try await connection.run("SELECT pg_advisory_xact_lock(hashtext('underdog.ingest'))", logger: logger)
            let embedder = try await self.embedder(choice, sources: sources, on: connection)
            var report = Report(model: embedder.modelName)

            let storedChunks = try await KnowledgeQueries.stored(on: connection, logger: logger).filter { inScope($0.sourceFile) }
            let chunkPlan = IngestPlan(
                wanted: sources.chunks,
                stored: storedChunks.map { .init(id: $0.id, key: KnowledgeSources.Chunk.key(file: $0.sourceFile, chunkKey: $0.chunkKey), contentHash: $0.contentHash, model: $0.embeddingModel) },
                model: embedder.modelName, key: \.key, hash: \.hash)
            let storedObjections = try await ObjectionQueries.stored(on: connection, logger: logger)
            let objectionPlan = IngestPlan(
                wanted: sources.objections,
                stored: storedObjections.map { .init(id: $0.id, key: $0.slug, contentHash: $0.contentHash, model: $0.embeddingModel) },
                model: embedder.modelName, key: \.slug, hash: \.contentHash)
            // Entries are deleted only when this run read the library's folder.
            let objectionDeletes = sources.objections.isEmpty && !scopes.contains(where: { $0.hasSuffix("objections") }) ? [] : objectionPlan.deletes

            let total = chunkPlan.toEmbed + objectionPlan.toEmbed
            var done = 0
            progress(0, total)
            let batch = 64
            let chunkWork: [(UUID?, KnowledgeSources.Chunk)] = chunkPlan.inserts.map { (nil, $0) } + chunkPlan.updates.map { ($0.0, $0.1) }
            for start in stride(from: 0, to: chunkWork.count, by: batch) {
                let slice = Array(chunkWork[start..<min(start + batch, chunkWork.count)])
                let vectors = try await embedder.embed(slice.map { Self.embeddingText($0.1) })
                for ((id, chunk), vector) in zip(slice, vectors) {
                    let row = try Self.row(chunk, model: embedder.modelName)
                    if let id {
                        try await KnowledgeQueries.update(id, row, embedding: vector, on: connection, logger: logger)
                    } else {
                        try await KnowledgeQueries.insert(row, embedding: vector, on: connection, logger: logger)
                    }
                }
                done += slice.count
                progress(done, total)
            }
            let objectionWork: [(UUID?, ObjectionRow)] = objectionPlan.inserts.map { (nil, $0) } + objectionPlan.updates.map { ($0.0, $0.1) }
            for start in stride(from: 0, to: objectionWork.count, by: batch) {
                let slice = Array(objectionWork[start..<min(start + batch, objectionWork.count)])
                let vectors = try await embedder.embed(slice.map(\.1.embeddingText))
                for ((id, entry), vector) in zip(slice, vectors) {
                    if let id {
                        try await ObjectionQueries.update(id, entry, embedding: vector, model: embedder.modelName, on: connection, logger: logger)
                    } else {
                        try await ObjectionQueries.insert(entry, embedding: vector, model: embedder.modelName, on: connection, logger: logger)
                    }
                }
                done += slice.count
                progress(done, total)
            }
            try await KnowledgeQueries.delete(chunkPlan.deletes, on: connection, logger: logger)
            try await ObjectionQueries.delete(objectionDeletes, on: connection, logger: logger)
            for table in [VectorIndexQueries.Table.knowledge, .objections] {
                let (rows, lists) = try await VectorIndexQueries.size(of: table, on: connection, logger: logger)
                if let wanted = VectorIndexSizing.rebuild(rows: rows, currentLists: lists) {
                    logger.info("rebuilding the vector index", metadata: ["table": "\(table.rawValue)", "rows": "\(rows)", "lists": "\(wanted)"])
                    try await VectorIndexQueries.rebuild(table, lists: wanted, on: connection, logger: logger)
                    report.indexesRebuilt.append("\(table.rawValue) (\(wanted) lists)")
                }
            }

            report.chunksInserted = chunkPlan.inserts.count
            report.chunksUpdated = chunkPlan.updates.count
            report.chunksUnchanged = chunkPlan.unchanged
            report.chunksDeleted = chunkPlan.deletes.count
            report.objectionsInserted = objectionPlan.inserts.count
            report.objectionsUpdated = objectionPlan.updates.count
            report.objectionsUnchanged = objectionPlan.unchanged
            report.objectionsDeleted = objectionDeletes.count
            report.embedded = total
            return report
        }
    }

    /// The embedder to use, fitting and storing the offline one's statistics when there are none yet.
    private func embedder(_ choice: EmbedderChoice, sources: KnowledgeSources, on connection: PostgresConnection) async throws -> any TextEmbedder {
        switch choice {
        case .openAI(let remote):
            return remote
        case .local(let refit):
            if !refit, let (_, json) = try await VocabularyQueries.latest(on: connection, logger: logger) {
                return LocalTextEmbedder(embedder: LocalEmbedder(vocabulary: try JSONDecoder().decode(EmbedderVocabulary.self, from: Data(json.utf8))))
            }
            let vocabulary = EmbedderVocabulary.fit(sources.chunks.map(Self.embeddingText) + sources.objections.map(\.embeddingText))
            let embedder = LocalEmbedder(vocabulary: vocabulary)
            try await VocabularyQueries.save(
                model: embedder.modelName, json: String(decoding: try JSONEncoder().encode(vocabulary), as: UTF8.self),
                on: connection, logger: logger)
            return LocalTextEmbedder(embedder: embedder)
        }
    }

    /// What is embedded for a chunk: its heading path, so a section about "pricing" under "Objections" is
    /// found by both words, then its text.
    static func embeddingText(_ chunk: KnowledgeSources.Chunk) -> String {
        (chunk.chunk.headingPath + [chunk.chunk.topics.joined(separator: ", "), chunk.chunk.content]).joined(separator: "\n")
    }

    static func row(_ chunk: KnowledgeSources.Chunk, model: String) throws -> KnowledgeRow {
        struct Metadata: Encodable {
            let heading_path: [String]
            let chunk_key: String
            let content_hash: String
            let embedding_model: String
        }
        let metadata = Metadata(heading_path: chunk.chunk.headingPath, chunk_key: chunk.chunkKey,
                                content_hash: chunk.hash, embedding_model: model)
        return KnowledgeRow(
            source: chunk.source, sourceFile: chunk.sourceFile, sectionTitle: chunk.chunk.sectionTitle, content: chunk.chunk.content,
            topics: chunk.chunk.topics, metadataJSON: String(decoding: try JSONEncoder().encode(metadata), as: UTF8.self))
    }
}
