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
    /// The least share of a question's words the playbook must use somewhere for the question to be about
    /// selling. Similarity alone cannot tell: off-topic questions reach 0.19 and on-topic ones go as low as
    /// 0.10. Chosen on the tuning questions (the 117 team questions and `coach-tuning/off-topic.json`):
    /// from 0.55 to 0.65 it answers 115 of 117 and refuses 20–21 of 25.
    static let minimumCoverage = 0.65

    /// Whether the playbook has something to say to `question`: a passage close enough, and a question
    /// mostly in the playbook's own words. A question of stop words alone is judged by similarity.
    func answers(_ question: String, found: Result, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        guard let best = found.bestSimilarity, best >= Self.minimumSimilarity else { return false }
        let coverage = try await KnowledgeQueries.vocabularyCoverage(question, on: connection, logger: logger)
        return coverage.words == 0 || Double(coverage.known) / Double(coverage.words) >= Self.minimumCoverage
    }

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
