import Foundation
import Logging
import PostgresNIO
import UnderdogDomain
import UnderdogStore

/// Hybrid retrieval for the coach and the objection search: the seed's `match_knowledge` / `match_objections`
/// by meaning, PostgreSQL full-text search by words, fused by reciprocal rank. Runs in the caller's
/// transaction, so RLS applies to what is read.
struct KnowledgeRetriever: Sendable {
    let embedders: QueryEmbedders

    /// Candidates each method contributes before fusion.
    static let candidates = 20
    /// Reciprocal rank fusion's k: small, so each method's first few results dominate the fused list.
    static let fusionK = 10.0
    /// The weakest cosine similarity that still counts as the knowledge base having something to say.
    static let minimumSimilarity = 0.10

    struct Result: Sendable {
        var knowledge: [KnowledgeHit] = []
        var objections: [ObjectionHit] = []
        /// The best cosine similarity any vector match reached; nil when nothing was embedded.
        var bestSimilarity: Double?
    }

    enum Method: Sendable { case vector, fullText, hybrid }

    func search(_ question: String, source: String?, includeKnowledge: Bool = true, includeObjections: Bool,
                method: Method = .hybrid, count: Int, on connection: PostgresConnection, logger: Logger) async throws -> Result {
        var result = Result()
        let embedder = method == .fullText ? nil : try await embedders.current(on: connection, logger: logger)
        let vector = try await embedder?.embed([question]).first
        if includeKnowledge {
            var byMeaning: [KnowledgeHit] = []
            if let vector {
                byMeaning = try await KnowledgeQueries.nearest(to: vector, count: Self.candidates, threshold: -1, source: source, on: connection, logger: logger)
            }
            let byWords = method == .vector ? [] : try await KnowledgeQueries.fullText(question, count: Self.candidates, source: source, on: connection, logger: logger)
            result.bestSimilarity = byMeaning.first?.score
            result.knowledge = Array(TeachingFirst.ranked(Self.fused(byMeaning, byWords, id: \.id, count: Self.candidates), question: question).prefix(count))
        }
        if includeObjections {
            var byMeaning: [ObjectionHit] = []
            if let vector {
                byMeaning = try await ObjectionQueries.nearest(to: vector, count: Self.candidates, threshold: -1, on: connection, logger: logger)
            }
            let byWords = method == .vector ? [] : try await ObjectionQueries.fullText(question, count: Self.candidates, on: connection, logger: logger)
            result.bestSimilarity = max(result.bestSimilarity ?? -1, byMeaning.first?.score ?? -1)
            result.objections = Self.fused(byMeaning, byWords, id: \.id, count: count)
        }
        return result
    }

    static func fused<Hit>(_ byMeaning: [Hit], _ byWords: [Hit], id: (Hit) -> UUID, count: Int) -> [Hit] {
        var hits: [UUID: Hit] = [:]
        for hit in byWords + byMeaning { hits[id(hit)] = hit }
        return RankFusion.fuse([byMeaning.map(id), byWords.map(id)], k: Self.fusionK).prefix(count).compactMap { hits[$0.id] }
    }
}
