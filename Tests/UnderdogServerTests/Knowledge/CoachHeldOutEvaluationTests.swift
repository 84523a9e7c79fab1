import Foundation
import Testing
import UnderdogStore
import UnderdogTestSupport
@testable import UnderdogServer

/// The coach's retrieval on questions it was not tuned on (`content/evaluation/coach-held-out/`, written
/// blind in reps' own words by an author who never read the retriever): recall@5 and MRR over the passages
/// or library entries that answer each question, the share of on-topic questions answered, and the share of
/// off-topic ones refused ("not in the playbook"). Printed on every run; the test fails below floors set
/// from the measured figures less a margin.
@Suite("Coach retrieval on held-out questions")
struct CoachHeldOutEvaluationTests {
    struct Answer: Decodable {
        let source_file: String?
        let section_title: String?
        let objection_id: String?
    }

    struct Question: Decodable {
        let question: String
        let answers: [Answer]
    }

    struct OffTopic: Decodable {
        let question: String
    }

    /// Measured 2026-12-07 before any work for them: recall@5 0.685, MRR 0.537, answered 0.946, off-topic
    /// refused 0.353 (issue 17's goals: 0.9, 0.75, 0.95, 0.95). With teaching passages first and the
    /// vocabulary check: 0.677, 0.526, 0.915, 0.588. Floors are the latest figures less 0.05.
    static let floors = (recall: 0.63, mrr: 0.47, answered: 0.86, refused: 0.53)

    static func load<T: Decodable>(_ name: String) throws -> [T] {
        try JSONDecoder().decode([T].self, from: Data(contentsOf: URL(fileURLWithPath: TestPostgres.repositoryRoot + "/content/evaluation/coach-held-out/" + name)))
    }

    @Test("recall@5, MRR, on-topic answered and off-topic refused on the held-out questions stay above their floors")
    func heldOut() async throws {
        let questions: [Question] = try Self.load("questions.json")
        let offTopic: [OffTopic] = try Self.load("off-topic.json")
        #expect(questions.count >= 60 && offTopic.count >= 20)
        try await withTestDatabase { test in
            let root = URL(fileURLWithPath: TestPostgres.repositoryRoot)
            _ = try await KnowledgeIngestion(database: test.database, logger: TestPostgres.logger)
                .run(roots: [root.appendingPathComponent("content")], base: root, embedder: .local(refit: false))
            let retriever = KnowledgeRetriever(embedders: QueryEmbedders(remote: nil))
            var found = 0
            var reciprocal = 0.0
            var answered = 0
            var refused = 0
            try await test.database.transaction(as: .service) { connection in
                for item in questions {
                    let result = try await retriever.search(item.question, source: nil, includeObjections: true, count: 5, on: connection, logger: TestPostgres.logger)
                    if try await retriever.answers(item.question, found: result, on: connection, logger: TestPostgres.logger) { answered += 1 }
                    let ranks = item.answers.compactMap { answer -> Int? in
                        if let slug = answer.objection_id {
                            return result.objections.prefix(5).firstIndex { $0.slug == slug }.map { $0 + 1 }
                        }
                        return result.knowledge.prefix(5).firstIndex { $0.sourceFile == answer.source_file && $0.sectionTitle == answer.section_title }.map { $0 + 1 }
                    }
                    if let best = ranks.min() {
                        found += 1
                        reciprocal += 1 / Double(best)
                    }
                }
                for item in offTopic {
                    let result = try await retriever.search(item.question, source: nil, includeObjections: true, count: 5, on: connection, logger: TestPostgres.logger)
                    if try await !retriever.answers(item.question, found: result, on: connection, logger: TestPostgres.logger) { refused += 1 }
                }
            }
            let recall = Double(found) / Double(questions.count)
            let mrr = reciprocal / Double(questions.count)
            let answeredShare = Double(answered) / Double(questions.count)
            let refusedShare = Double(refused) / Double(offTopic.count)
            print(String(format: "coach held-out: %d questions, recall@5 %.3f, MRR %.3f, on-topic answered %.3f; %d off-topic, refused %.3f",
                         questions.count, recall, mrr, answeredShare, offTopic.count, refusedShare))
            #expect(recall >= Self.floors.recall)
            #expect(mrr >= Self.floors.mrr)
            #expect(answeredShare >= Self.floors.answered)
            #expect(refusedShare >= Self.floors.refused)
        }
    }
}
