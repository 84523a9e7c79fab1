/// Who is talking in a sales call: the rep being coached, or the prospect (a person or an AI buyer).
public enum Speaker: String, Codable, Sendable, Hashable, CaseIterable {
    case rep
    case prospect

    /// The other party: what the rep answers, or who the prospect answers.
    public var other: Speaker { self == .rep ? .prospect : .rep }
}
