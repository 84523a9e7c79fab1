import Foundation
import Testing
import UnderdogDomain

/// The analyser against people's labels on calls it was not tuned on (`content/evaluation/scoring-held-out`,
/// written blind by an author who never read the detectors). The figures are printed on every run; the test
/// fails when the agreement falls below floors set from the measured figures less a margin, so a change that
/// fits the tuning set by breaking generalisation shows. The goals (rho ≥ 0.7 per dimension and ≥ 0.9
/// overall, MAE ≤ 1.2) are above some floors: they are the direction, the floors the ratchet.
///
/// A suite of its own, named "HeldOut", so that tuning work runs everything else with `--skip HeldOut` and
/// measures the held-out set only when it means to (content/evaluation/README.md).
@Suite("Scoring agreement with held-out calls")
struct ScoringHeldOutEvaluationTests {
    /// Measured 2026-12-08 on the held-out set (rho, MAE): opener 0.77/1.26, pitch 0.78/1.17, discovery 0.76/1.16,
    /// objection handling 0.64/1.86, closing 0.73/1.63, communication 0.67/1.45, overall 0.85/0.97 (after a
    /// complete opening and pitch can pass the old ceilings, objections are judged to the end of their exchange,
    /// and a farewell no longer locks in a step; on 2026-12-07: opener 0.77/1.29, pitch 0.78/1.19, discovery
    /// 0.76/1.16, objection handling 0.60/1.97, closing 0.74/1.58, communication 0.67/1.45, overall 0.84/1.03).
    /// Floors are rho − 0.05 and MAE + 0.1 where the figure rose (the others keep their earlier floors, set at
    /// MAE + 0.15); raise them as the figures rise, never lower them.
    static let floors: [String: (rho: Double, mae: Double)] = [
        "opener": (0.72, 1.36), "pitch": (0.73, 1.27), "discovery": (0.71, 1.31), "objection_handling": (0.59, 1.96),
        "closing": (0.69, 1.73), "communication": (0.62, 1.60), "overall": (0.80, 1.07),
    ]

    @Test("held-out calls: Spearman's rho, quadratic weighted kappa and MAE per dimension stay above their floors")
    func heldOut() throws {
        let calls = try LabelledCall.loadAll(in: ContentFiles.heldOutFolder)
        #expect(calls.count >= 30)
        let evaluation = ScoringEvaluation.analyser(calls, rubric: ContentFiles.rubric)
        print(evaluation.table(title: "offline analyser on the held-out set"))
        for figure in evaluation.figures {
            let floor = try #require(Self.floors[figure.name])
            let rho = try #require(figure.spearman)
            let mae = try #require(figure.meanAbsoluteError)
            #expect(rho >= floor.rho, "\(figure.name): rho \(rho) below its floor \(floor.rho)")
            #expect(mae <= floor.mae, "\(figure.name): MAE \(mae) above its ceiling \(floor.mae)")
        }
    }
}
