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
    /// Measured 2026-12-07 before any work for them: recall@5 0.685, MRR 0.537, answered 0.946, off-topic
    /// refused 0.353 (issue 17's goals: 0.9, 0.75, 0.95, 0.95). With teaching passages first and the
    /// vocabulary check: 0.677, 0.526, 0.915, 0.588. Those figures, and the next, were understated: the set
    /// names curriculum lessons by their own title, which the evaluation did not recognise until
    /// `CoachEvaluation.matches`. With titles weighted, the trade's thesaurus and the subject-word check (tuned on
    /// `coach-tuning/` only), and that fixed: 0.838, 0.650, 0.846, 0.824 (five questions moved to tuning and
    /// five new ones written blind). With the playbook-likelihood second opinion on refusals and module summaries
    /// after lessons (tuned on `coach-tuning/` only, 2026-12-08): 0.838, 0.666, 0.923, 0.794. With candidates
    /// re-ranked by how much of the question they cover and the thesaurus's fixes and additions (tuned on
    /// `coach-tuning/` with its blind-written batch, measured here once, 2026-12-08): 0.869, 0.706, 0.923, 0.794.
    /// Floors rise to the latest figures less about 0.02 where those rose; never lowered (answered stays at 0.87,
    /// refused at 0.77).
    static let floors = (recall: 0.85, mrr: 0.68, answered: 0.87, refused: 0.77)

    @Test("recall@5, MRR, on-topic answered and off-topic refused on the held-out questions stay above their floors")
    func heldOut() async throws {
        let evaluation = try await CoachEvaluation.measure("coach-held-out")
        // Only the figures: the held-out questions' misses are never printed, so nobody tunes on them.
        print(evaluation.line("held-out"))
        #expect(evaluation.questions >= 60 && evaluation.offTopic >= 20)
        #expect(evaluation.recall >= Self.floors.recall)
        #expect(evaluation.mrr >= Self.floors.mrr)
        #expect(evaluation.answered >= Self.floors.answered)
        #expect(evaluation.refused >= Self.floors.refused)
    }
}
