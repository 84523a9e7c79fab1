/// A good move in answering an objection.
public enum HandlingMove: String, Codable, Sendable, Hashable, CaseIterable {
    /// Showed the concern was heard ("That's fair", "I hear you").
    case acknowledge
    /// Asked a question to understand the concern.
    case question
    /// Put the concern in a new light (cost of doing nothing, a small first step).
    case reframe
    /// Backed the answer with a customer, a number or a result.
    case proof
}

/// A misstep in answering an objection.
public enum HandlingMisstep: String, Codable, Sendable, Hashable, CaseIterable {
    /// No answer at all, or carried on pitching as if nothing was said.
    case ignored
    /// Gave up at the first push ("I'll send you some info, bye").
    case caved
    /// Argued or pressured ("you're wrong", "trust me").
    case argued
    /// Offered a discount before showing value.
    case discounted
}

/// What the prospect did after the rep's answer.
public enum ProspectReaction: String, Codable, Sendable, Hashable {
    /// Agreed, asked to hear more, or moved on to the next step.
    case movedOn = "moved_on"
    /// Kept engaging: answered the rep's question.
    case engaged
    /// Repeated the objection, raised another, or refused.
    case persisted
}

/// An objection the prospect raised, its library category, and how the rep handled it.
public struct DetectedObjection: Codable, Sendable, Hashable {
    public let turn: Int
    public let category: ObjectionCategory
    /// The words that gave it away.
    public let phrase: String
    /// The rep turns that answered it.
    public let responseTurns: [Int]
    public let moves: [HandlingMove]
    public let missteps: [HandlingMisstep]
    /// Nil when the call ended before the prospect spoke again.
    public let reaction: ProspectReaction?

    enum CodingKeys: String, CodingKey {
        case turn, category, phrase, moves, missteps, reaction
        case responseTurns = "response_turns"
    }
}
