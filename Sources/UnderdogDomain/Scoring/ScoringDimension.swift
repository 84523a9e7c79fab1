/// The six things a call is scored on, each 1–10.
public enum ScoringDimension: String, Codable, Sendable, Hashable, CaseIterable {
    case opener
    case pitch
    case discovery
    case objectionHandling = "objection_handling"
    case closing
    case communication
}
