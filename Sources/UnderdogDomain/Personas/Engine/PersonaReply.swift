/// One line from the persona, and whether the call goes on after it.
public struct PersonaReply: Sendable, Equatable, Hashable {
    public let text: String
    public let outcome: Outcome

    public enum Outcome: String, Sendable, Hashable, Codable {
        case continuing
        case meetingBooked = "meeting_booked"
        case hungUp = "hung_up"
    }

    public init(text: String, outcome: Outcome) {
        self.text = text
        self.outcome = outcome
    }

    /// True when the call is over after this line (booked or hung up).
    public var endsCall: Bool { outcome != .continuing }
}
