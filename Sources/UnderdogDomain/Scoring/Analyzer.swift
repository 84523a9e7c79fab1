/// The deterministic analyser: transcript in, explained scores out. Pure, offline, milliseconds.
public enum Analyzer {
    /// Analyses a call. The same transcript, rubric and scenario always give the same `Analysis`.
    public static func analyze(transcript: Transcript, rubric: Rubric, scenario: ScenarioType,
                               speakers: SpeakerAttribution? = nil) -> Analysis {
        let call = CallText(transcript)
        let questions = QuestionFinder.questions(in: call)
        let metrics = ConversationMetrics.measure(call, questions: questions)
        let input = ScoringInput(call: call, questions: questions, metrics: metrics, rubric: rubric, scenario: scenario)
        let closing = ClosingDetector.detect(call, questions: questions, thresholds: rubric.closing.thresholds, scenario: scenario)
        let objections = ObjectionDetector.detect(call, questions: questions, nextSteps: closing.nextSteps,
                                                  thresholds: rubric.objectionHandling.thresholds)
        let results = ScoringDimension.allCases.map { dimension -> DimensionResult in
            switch dimension {
            case .opener: OpenerScorer.score(input)
            case .pitch: PitchScorer.score(input)
            case .discovery: DiscoveryScorer.score(input)
            case .objectionHandling: ObjectionHandlingScorer.score(input, objections: objections)
            case .closing: ClosingScorer.score(input, closing: closing)
            case .communication: CommunicationScorer.score(input, objections: objections)
            }
        }
        return Analysis(
            rubricVersion: rubric.version,
            scenario: scenario,
            judge: .deterministic,
            speakers: speakers,
            metrics: metrics,
            questions: questions,
            objections: objections,
            nextSteps: closing.nextSteps,
            dimensions: results,
            overallScore: overallScore(results, rubric: rubric, scenario: scenario)
        )
    }

    /// How far the overall score is spread from the middle of the scale (5.5) relative to the weighted mean. A mean
    /// of six dimensions is pulled towards the middle (one weak dimension drags an excellent call to a 7, one good
    /// one lifts a poor call to a 4), while a person's overall judgement of such calls is a 9 or a 2: a quarter
    /// more spread gives the overall the whole scale back. Order is unchanged: a higher mean never scores lower.
    public static let overallSpread = 1.25

    /// The rubric-weighted mean of the judged dimension scores for this scenario, spread from the middle of the
    /// scale by `overallSpread` and rounded half up to 1–10. A dimension the call gave nothing to judge (no
    /// objection came up) weighs nothing: its neutral score says "not seen", not "average". With nothing judged
    /// at all, every dimension counts.
    public static func overallScore(_ results: [DimensionResult], rubric: Rubric, scenario: ScenarioType) -> Int {
        var weighted = 0.0
        var total = 0.0
        let judged = results.filter(\.judged)
        for result in judged.isEmpty ? results : judged {
            let weight = rubric.weight(of: result.dimension, in: scenario)
            weighted += weight * Double(result.score)
            total += weight
        }
        guard total > 0 else { return Score.range.lowerBound }
        return Score.round(spread(weighted / total))
    }

    /// A weighted mean spread from the middle of the 1–10 scale by `overallSpread`.
    public static func spread(_ mean: Double) -> Double {
        let middle = Double(Score.range.lowerBound + Score.range.upperBound) / 2
        return middle + overallSpread * (mean - middle)
    }
}
