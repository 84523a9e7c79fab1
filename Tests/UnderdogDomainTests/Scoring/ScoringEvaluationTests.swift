import Foundation
import Testing
import UnderdogDomain

/// The analyser against people's labels on the tuning set, whose figures are printed for comparison with the
/// held-out set's (`ScoringHeldOutEvaluationTests`), and the statistics behind both.
@Suite("Scoring agreement with labelled calls")
struct ScoringEvaluationTests {
    @Test("tuning calls: the same figures, printed for comparison")
    func tuning() throws {
        let calls = try LabelledCall.loadAll(in: ContentFiles.calibrationFolder)
        #expect(calls.count >= 80)
        let evaluation = ScoringEvaluation.analyser(calls, rubric: ContentFiles.rubric)
        print(evaluation.table(title: "offline analyser on the tuning set"))
        // The calls written blind (named "fresh-…", "tune2-…" and "blind4-…") are the nearest stand-in for unseen calls.
        let blindWritten = ["fresh-", "tune2-", "blind4-"]
        let fresh = ScoringEvaluation(rows: evaluation.rows.filter { row in blindWritten.contains { row.call.id.hasPrefix($0) } })
        print(fresh.table(title: "offline analyser on the tuning set's blind-written calls"))
        if let names = ProcessInfo.processInfo.environment["UNDERDOG_SCORING_ROWS"] {
            for row in evaluation.rows {
                let cells = names.split(separator: ",").map { name in
                    "\(name)=\(row.call.labels[String(name)].map(String.init) ?? "–")/\(row.scores[String(name)].map(String.init) ?? "–")"
                }
                print("row \(row.call.id) \(cells.joined(separator: " "))")
            }
        }
        // UNDERDOG_SCORING_EXPLAIN=dimension:id-prefix prints the evidence behind one dimension's scores.
        if let explain = ProcessInfo.processInfo.environment["UNDERDOG_SCORING_EXPLAIN"],
           let colon = explain.firstIndex(of: ":"), let dimension = ScoringDimension(rawValue: String(explain[..<colon])) {
            for call in calls where call.id.hasPrefix(explain[explain.index(after: colon)...]) {
                let analysis = Analyzer.analyze(transcript: call.transcript, rubric: ContentFiles.rubric, scenario: call.scenario)
                guard let result = analysis.result(for: dimension) else { continue }
                print("explain \(call.id) \(dimension.rawValue) label \(call.labels[dimension.rawValue] ?? 0) score \(result.score)")
                for evidence in result.evidence { print("  turn \(evidence.turn) \(evidence.criterion) \(evidence.effect): \(evidence.reason)") }
            }
        }
    }

    @Test("the statistics: perfect, reversed and tied rankings, kappa by chance and MAE")
    func statistics() throws {
        #expect(AgreementStatistics.spearman([1, 2, 3, 4], [10, 20, 30, 40]) == 1)
        #expect(AgreementStatistics.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1)
        #expect(AgreementStatistics.ranks([5, 1, 5, 3]) == [3.5, 1, 3.5, 2])
        #expect(AgreementStatistics.spearman([1, 1, 1], [1, 2, 3]) == nil)
        #expect(AgreementStatistics.quadraticWeightedKappa([1, 5, 10], [1, 5, 10]) == 1)
        let kappa = try #require(AgreementStatistics.quadraticWeightedKappa([1, 10, 1, 10], [10, 1, 1, 10]))
        #expect(abs(kappa) < 1e-9)
        #expect(AgreementStatistics.meanAbsoluteError([1, 5, 9], [2, 5, 7]) == 1)
    }
}
