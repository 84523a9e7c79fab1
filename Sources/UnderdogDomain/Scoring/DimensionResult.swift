/// The score of one dimension, with its feedback and the evidence behind every point.
public struct DimensionResult: Codable, Sendable, Hashable {
    public let dimension: ScoringDimension
    /// 1–10.
    public let score: Int
    /// The score before evidence; the score is this plus the evidence points, kept within 1–10 (averaged over
    /// objections for objection handling).
    public let baseline: Int
    /// False when the call gave nothing to judge (no objection was raised, say); the score is then the rubric's
    /// neutral score and the feedback says why.
    public let judged: Bool
    public let feedback: String
    public let evidence: [Evidence]

    public init(dimension: ScoringDimension, score: Int, baseline: Int, judged: Bool, feedback: String, evidence: [Evidence]) {
        self.dimension = dimension
        self.score = score
        self.baseline = baseline
        self.judged = judged
        self.feedback = feedback
        self.evidence = evidence
    }
}
