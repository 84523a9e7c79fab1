/// A published finding the thresholds are calibrated against, with its source named.
public struct Reference: Codable, Sendable, Hashable {
    public let id: String
    public let source: String
    public let finding: String
    /// The dimensions whose thresholds lean on this finding.
    public let appliesTo: [ScoringDimension]

    enum CodingKeys: String, CodingKey {
        case id, source, finding
        case appliesTo = "applies_to"
    }
}
