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
            case .communication: CommunicationScorer.score(input)
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

    /// The rubric-weighted mean of the judged dimension scores for this scenario, rounded half up to 1–10. A
    /// dimension the call gave nothing to judge (no objection came up) weighs nothing: its neutral score says
    /// "not seen", not "average". With nothing judged at all, every dimension counts.
    public static func overallScore(_ results: [DimensionResult], rubric: Rubric, scenario: ScenarioType) -> Int {
        var weighted = 0.0
        var total = 0.0
        let judged = results.filter(\.judged)
        for result in judged.isEmpty ? results : judged {
            let weight = rubric.weight(of: result.dimension, in: scenario)
            weighted += weight * Double(result.score)
            total += weight
        }
        return total > 0 ? Score.round(weighted / total) : Score.range.lowerBound
    }
}
