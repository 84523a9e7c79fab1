import Foundation
import Testing
import UnderdogStore
import UnderdogTestSupport
@testable import UnderdogServer

/// The held-out measurement (`CoachHeldOutEvaluationTests`) on the tuning questions (`content/evaluation/coach-tuning/`, written in reps' words for
/// tuning), with every miss printed: the set to look at when the retriever changes.
@Suite("Coach retrieval on tuning questions")
struct CoachTuningEvaluationTests {
    /// Measured 2026-12-08 on 222 questions and 89 off-topic ones: recall@5 0.919, MRR 0.694, answered 0.973,
    /// refused 0.865. With 60 questions and 40 off-topic ones written blind added (282 / 129), the coverage re-rank
    /// and the thesaurus's fixes: 0.922, 0.753, 0.965, 0.829; with more of reps' wording in the thesaurus, 0.947,
    /// 0.777, 0.972, 0.829. Floors are the latest figures less about 0.02, never lowered (refused stays at 0.81).
    static let floors = (recall: 0.92, mrr: 0.75, answered: 0.95, refused: 0.81)

    @Test("recall@5, MRR, answered and refused on the tuning questions, with the misses listed")
    func tuning() async throws {
        let evaluation = try await CoachEvaluation.measure("coach-tuning")
        print(evaluation.line("tuning"))
        print(evaluation.timing)
        print(evaluation.misses.joined(separator: "\n"))
        #expect(evaluation.questions >= 60 && evaluation.offTopic >= 20)
        #expect(evaluation.recall >= Self.floors.recall)
        #expect(evaluation.mrr >= Self.floors.mrr)
        #expect(evaluation.answered >= Self.floors.answered)
        #expect(evaluation.refused >= Self.floors.refused)
    }
}
