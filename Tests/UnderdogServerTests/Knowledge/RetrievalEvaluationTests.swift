import Foundation
import Testing
import UnderdogStore
import UnderdogTestSupport
@testable import UnderdogServer

/// The team's retrieval evaluation (`content/evaluation/`): every question names the wiki section or library
/// entry that answers it. Recall@5 is measured for the offline embedder alone, full-text search alone and the
/// hybrid the coach uses; the hybrid must find at least 87% (it finds 0.897 with the coverage re-rank, 2026-12-08).
@Suite("Retrieval evaluation")
struct RetrievalEvaluationTests {
    struct WikiQuestion: Decodable {
        let question: String
        let source_file: String
        let section_title: String
    }

    struct ObjectionQuestion: Decodable {
        let question: String
        let objection_id: String
    }

    static func load<T: Decodable>(_ name: String) throws -> [T] {
        try JSONDecoder().decode([T].self, from: Data(contentsOf: URL(fileURLWithPath: TestPostgres.repositoryRoot + "/content/evaluation/" + name)))
    }

    @Test("hybrid recall@5 is at least 0.87 on the team's question set; vector-only and full-text-only are reported beside it")
    func recallAtFive() async throws {
        let wiki: [WikiQuestion] = try Self.load("wiki-questions.json")
        let objections: [ObjectionQuestion] = try Self.load("objection-questions.json")
        #expect(wiki.count + objections.count >= 50)
        try await withTestDatabase { test in
            let root = URL(fileURLWithPath: TestPostgres.repositoryRoot)
            _ = try await KnowledgeIngestion(database: test.database, logger: TestPostgres.logger)
                .run(roots: [root.appendingPathComponent("content")], base: root, embedder: .local(refit: false))
            let retriever = KnowledgeRetriever(embedders: QueryEmbedders(remote: nil))
            var found: [KnowledgeRetriever.Method: Int] = [:]
            var misses: [String] = []
            var belowThreshold: [String] = []
            try await test.database.transaction(as: .service) { connection in
                for method in [KnowledgeRetriever.Method.vector, .fullText, .hybrid] {
                    for item in wiki {
                        let result = try await retriever.search(item.question, source: nil, includeObjections: false, method: method, count: 5, on: connection, logger: TestPostgres.logger)
                        if method == .hybrid, (result.bestSimilarity ?? 0) < KnowledgeRetriever.minimumSimilarity { belowThreshold.append(item.question) }
                        if result.knowledge.contains(where: { $0.sourceFile == item.source_file && $0.sectionTitle == item.section_title }) {
                            found[method, default: 0] += 1
                        } else if method == .hybrid {
                            misses.append("\(item.question) → \(item.section_title)")
                        }
                    }
                    for item in objections {
                        let result = try await retriever.search(item.question, source: nil, includeKnowledge: false, includeObjections: true, method: method, count: 5, on: connection, logger: TestPostgres.logger)
                        if result.objections.contains(where: { $0.slug == item.objection_id }) {
                            found[method, default: 0] += 1
                        } else if method == .hybrid {
                            misses.append("\(item.question) → \(item.objection_id)")
                        }
                    }
                }
            }
            let total = Double(wiki.count + objections.count)
            let recall = { (method: KnowledgeRetriever.Method) in Double(found[method, default: 0]) / total }
            print(String(format: "retrieval recall@5 over %d questions: vector %.3f, full text %.3f, hybrid %.3f",
                         Int(total), recall(.vector), recall(.fullText), recall(.hybrid)))
            #expect(recall(.hybrid) >= 0.87, "hybrid misses:\n\(misses.joined(separator: "\n"))")
            // The coach answers "not in the playbook" below the similarity floor: real questions must clear it.
            print("questions under the coach's similarity floor: \(belowThreshold.count) of \(wiki.count)")
            #expect(belowThreshold.count <= wiki.count / 20, "\(belowThreshold)")
        }
    }
}
