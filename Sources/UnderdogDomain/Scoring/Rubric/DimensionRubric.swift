/// How one dimension is scored: its weight, its starting score, its criteria and its thresholds.
public struct DimensionRubric<Thresholds: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    public let description: String
    /// Relative weight in the overall score.
    public let weight: Double
    /// The score before any evidence.
    public let baseline: Int
    /// The score when the call gave nothing to judge (for example, no objection came up).
    public let unjudgedScore: Int
    public let criteria: [Criterion]
    public let thresholds: Thresholds

    enum CodingKeys: String, CodingKey {
        case description, weight, baseline, criteria, thresholds
        case unjudgedScore = "unjudged_score"
    }
}

/// A weight, baseline or neutral score that one scenario sets differently for one dimension.
public struct DimensionOverride: Codable, Sendable, Hashable {
    public let weight: Double?
    public let baseline: Int?
    public let unjudgedScore: Int?

    enum CodingKeys: String, CodingKey {
        case weight, baseline
        case unjudgedScore = "unjudged_score"
    }
}

/// How a scenario changes the rubric: per-dimension overrides, looked up by dimension.
public struct ScenarioProfile: Codable, Sendable, Hashable {
    public let description: String
    /// Keyed by `ScoringDimension` raw value; only read by key, never iterated for output.
    public let dimensions: [String: DimensionOverride]

    public func override(for dimension: ScoringDimension) -> DimensionOverride? { dimensions[dimension.rawValue] }
}
