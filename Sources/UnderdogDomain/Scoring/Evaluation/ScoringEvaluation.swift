import Foundation

/// The analyser (or any scorer) measured against people's labels: per dimension and overall, Spearman's
/// rho, quadratic weighted kappa and mean absolute error, over the calls where the dimension came up.
public struct ScoringEvaluation: Sendable {
    public struct Figures: Sendable {
        public let name: String
        public let calls: Int
        public let spearman: Double?
        public let kappa: Double?
        public let meanAbsoluteError: Double?
        /// Scores given, lowest and highest: whether the scorer uses the whole scale.
        public let range: ClosedRange<Int>?
    }

    /// One call's labels beside the scores it was given.
    public struct Row: Sendable {
        public let call: LabelledCall
        /// Dimension name (and `overall`) → score.
        public let scores: [String: Int]
        /// Dimensions the scorer said it could not judge.
        public let unjudged: Set<ScoringDimension>
    }

    public let rows: [Row]
    public let figures: [Figures]
    /// Of the (call, dimension) pairs labelled not applicable, how many the scorer also left unjudged.
    public let notApplicableAgreed: Int
    public let notApplicableTotal: Int

    public static let names = ScoringDimension.allCases.map(\.rawValue) + ["overall"]

    public init(rows: [Row]) {
        self.rows = rows
        figures = Self.names.map { name in
            let dimension = ScoringDimension(rawValue: name)
            let pairs = rows.compactMap { row -> (Int, Int)? in
                if let dimension, row.call.notApplicable.contains(dimension) { return nil }
                guard let label = row.call.labels[name], let score = row.scores[name] else { return nil }
                return (label, score)
            }
            let labels = pairs.map(\.0)
            let scores = pairs.map(\.1)
            return Figures(
                name: name, calls: pairs.count,
                spearman: AgreementStatistics.spearman(labels.map(Double.init), scores.map(Double.init)),
                kappa: AgreementStatistics.quadraticWeightedKappa(labels, scores),
                meanAbsoluteError: AgreementStatistics.meanAbsoluteError(labels, scores),
                range: scores.min().flatMap { low in scores.max().map { low...$0 } })
        }
        let notApplicable = rows.flatMap { row in row.call.notApplicable.map { (row, $0) } }
        notApplicableTotal = notApplicable.count
        notApplicableAgreed = notApplicable.filter { $0.0.unjudged.contains($0.1) }.count
    }

    /// The offline analyser over `calls`, each with its own scenario.
    public static func analyser(_ calls: [LabelledCall], rubric: Rubric) -> ScoringEvaluation {
        ScoringEvaluation(rows: calls.map { call in
            row(call, analysis: Analyzer.analyze(transcript: call.transcript, rubric: rubric, scenario: call.scenario))
        })
    }

    public static func row(_ call: LabelledCall, analysis: Analysis) -> Row {
        var scores = Dictionary(uniqueKeysWithValues: analysis.dimensions.map { ($0.dimension.rawValue, $0.score) })
        scores["overall"] = analysis.overallScore
        return Row(call: call, scores: scores, unjudged: Set(analysis.dimensions.filter { !$0.judged }.map(\.dimension)))
    }

    public func figures(of name: String) -> Figures? { figures.first { $0.name == name } }

    /// A table for people: one line per dimension.
    public func table(title: String) -> String {
        func format(_ value: Double?, _ digits: Int = 2) -> String { value.map { String(format: "%.\(digits)f", $0) } ?? "–" }
        var lines = ["\(title): \(rows.count) calls",
                     "dimension            calls    rho  kappa    MAE  scores"]
        for figure in figures {
            let cells = [String(figure.calls), format(figure.spearman), format(figure.kappa), format(figure.meanAbsoluteError),
                         figure.range.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "–"]
            lines.append(figure.name.padding(toLength: 19, withPad: " ", startingAt: 0)
                         + zip(cells, [6, 7, 7, 7, 8]).map { String(repeating: " ", count: max(0, $1 - $0.count)) + $0 }.joined())
        }
        if notApplicableTotal > 0 {
            lines.append("not applicable: \(notApplicableAgreed) of \(notApplicableTotal) left unjudged by the scorer too")
        }
        return lines.joined(separator: "\n")
    }
}
