import Foundation

/// Everything the analyser concluded about one call: metrics, objections, next steps, six scores, the overall score.
public struct Analysis: Codable, Sendable, Hashable {
    public let rubricVersion: String
    public let scenario: ScenarioType
    public let judge: Judge
    /// How the rep and prospect were told apart, when the caller knows.
    public let speakers: SpeakerAttribution?
    public let metrics: ConversationMetrics
    public let questions: [Question]
    public let objections: [DetectedObjection]
    public let nextSteps: [NextStep]
    /// Always six, in `ScoringDimension.allCases` order.
    public let dimensions: [DimensionResult]
    /// 1–10, the rubric-weighted mean of the six scores.
    public let overallScore: Int

    public init(rubricVersion: String, scenario: ScenarioType, judge: Judge, speakers: SpeakerAttribution?,
                metrics: ConversationMetrics, questions: [Question], objections: [DetectedObjection],
                nextSteps: [NextStep], dimensions: [DimensionResult], overallScore: Int) {
        self.rubricVersion = rubricVersion
        self.scenario = scenario
        self.judge = judge
        self.speakers = speakers
        self.metrics = metrics
        self.questions = questions
        self.objections = objections
        self.nextSteps = nextSteps
        self.dimensions = dimensions
        self.overallScore = overallScore
    }

    /// The result for one dimension.
    public func result(for dimension: ScoringDimension) -> DimensionResult? {
        dimensions.first { $0.dimension == dimension }
    }

    /// Stable JSON: sorted keys, fixed decimals, arrays in transcript order — the same call gives the same bytes.
    public func canonicalJSON() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every double is rounded and finite; this strategy only guarantees encoding can never throw.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan"
        )
        do {
            return try encoder.encode(self)
        } catch {
            // Unreachable: the model holds only strings, integers, booleans and doubles, none of which can fail to
            // encode with the strategy above.
            preconditionFailure("Analysis failed to encode: \(error)")
        }
    }

    enum CodingKeys: String, CodingKey {
        case scenario, judge, speakers, metrics, questions, objections, dimensions
        case rubricVersion = "rubric_version"
        case nextSteps = "next_steps"
        case overallScore = "overall_score"
    }
}
