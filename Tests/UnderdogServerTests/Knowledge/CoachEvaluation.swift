import Foundation
import PostgresNIO
import UnderdogStore
import UnderdogTestSupport
@testable import UnderdogServer

/// The coach's retrieval measured on a question set (`content/evaluation/coach-tuning/` or `coach-held-out/`):
/// recall@5 and MRR over the passages or library entries that answer each question (the knowledge list and the
/// objection list each cut at five, as the coach cites them), the share of on-topic questions answered and the
/// share of off-topic ones refused ("not in the playbook").
struct CoachEvaluation {
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

    var questions = 0
    var recall = 0.0
    var mrr = 0.0
    var answered = 0.0
    var offTopic = 0
    var refused = 0.0
    /// What went wrong, question by question; only ever printed for a tuning set.
    var misses: [String] = []
    /// How long each question's search and topicality took, in milliseconds (a debug build, in the test's database).
    var timings: [Double] = []

    static func load<T: Decodable>(_ folder: String, _ name: String) throws -> [T] {
        try JSONDecoder().decode([T].self, from: Data(contentsOf: URL(fileURLWithPath: TestPostgres.repositoryRoot + "/content/evaluation/\(folder)/" + name)))
    }

    /// Ingests the shipped content into a fresh database and measures the set in `folder`.
    static func measure(_ folder: String) async throws -> CoachEvaluation {
        let questions: [Question] = try load(folder, "questions.json")
        let offTopic: [OffTopic] = try load(folder, "off-topic.json")
        return try await withTestDatabase { test in
            let root = URL(fileURLWithPath: TestPostgres.repositoryRoot)
            _ = try await KnowledgeIngestion(database: test.database, logger: TestPostgres.logger)
                .run(roots: [root.appendingPathComponent("content")], base: root, embedder: .local(refit: false))
            let retriever = KnowledgeRetriever(embedders: QueryEmbedders(remote: nil))
            var evaluation = CoachEvaluation(questions: questions.count, offTopic: offTopic.count)
            var found = 0, answered = 0, refused = 0
            var reciprocal = 0.0
            try await test.database.transaction(as: .service) { connection in
                let clock = ContinuousClock()
                func timed<T>(_ work: () async throws -> T) async throws -> T {
                    let start = clock.now
                    let value = try await work()
                    let elapsed = clock.now - start
                    evaluation.timings.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
                    return value
                }
                for item in questions {
                    let (result, verdict) = try await timed {
                        let result = try await retriever.search(item.question, source: nil, includeObjections: true, count: 5, on: connection, logger: TestPostgres.logger)
                        return (result, try await retriever.topicality(item.question, found: result, on: connection, logger: TestPostgres.logger))
                    }
                    if verdict.onTopic { answered += 1 } else { evaluation.misses.append("REFUSED  \(item.question)\n           \(verdict)") }
                    let ranks = item.answers.compactMap { answer -> Int? in
                        if let slug = answer.objection_id {
                            return result.objections.prefix(5).firstIndex { $0.slug == slug }.map { $0 + 1 }
                        }
                        return result.knowledge.prefix(5).firstIndex { Self.matches($0, answer) }.map { $0 + 1 }
                    }
                    if let best = ranks.min() {
                        found += 1
                        reciprocal += 1 / Double(best)
                        if best > 1 { evaluation.misses.append("RANK \(best)   \(item.question)") }
                    } else {
                        let wanted = item.answers.map { $0.objection_id ?? $0.section_title ?? "" }.joined(separator: " | ")
                        let got = result.knowledge.prefix(3).map(\.sectionTitle).joined(separator: " | ")
                        evaluation.misses.append("MISSED   \(item.question)\n           wanted: \(wanted)\n           got: \(got)")
                    }
                }
                for item in offTopic {
                    let verdict = try await timed {
                        let result = try await retriever.search(item.question, source: nil, includeObjections: true, count: 5, on: connection, logger: TestPostgres.logger)
                        return try await retriever.topicality(item.question, found: result, on: connection, logger: TestPostgres.logger)
                    }
                    if !verdict.onTopic {
                        refused += 1
                    } else {
                        evaluation.misses.append("ANSWERED \(item.question)\n           \(verdict)")
                    }
                }
            }
            evaluation.recall = Double(found) / Double(max(questions.count, 1))
            evaluation.mrr = reciprocal / Double(max(questions.count, 1))
            evaluation.answered = Double(answered) / Double(max(questions.count, 1))
            evaluation.refused = Double(refused) / Double(max(offTopic.count, 1))
            return evaluation
        }
    }

    /// A passage answers a reference to its file and section; a curriculum lesson may be named by its own title
    /// alone ("The first fifteen seconds") as well as by its full one ("Module 2: The opener · The first fifteen
    /// seconds"), as the held-out set's author named them.
    static func matches(_ hit: KnowledgeHit, _ answer: Answer) -> Bool {
        guard hit.sourceFile == answer.source_file, let title = answer.section_title else { return false }
        return hit.sectionTitle == title || (hit.source == "curriculum" && hit.sectionTitle.hasSuffix(" \u{00B7} " + title))
    }

    /// The median and 95th percentile of `timings`.
    var timing: String {
        let sorted = timings.sorted()
        guard !sorted.isEmpty else { return "-" }
        let at = { (share: Double) in sorted[min(sorted.count - 1, Int(share * Double(sorted.count)))] }
        return String(format: "search and topicality p50 %.1f ms, p95 %.1f ms, max %.1f ms", at(0.5), at(0.95), sorted.last!)
    }

    func line(_ name: String) -> String {
        String(format: "coach %@: %d questions, recall@5 %.3f, MRR %.3f, on-topic answered %.3f; %d off-topic, refused %.3f",
               name, questions, recall, mrr, answered, offTopic, refused)
    }
}
