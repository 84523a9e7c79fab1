/// A next step the rep asked for, and whether the prospect took it.
public struct NextStep: Codable, Sendable, Hashable {
    /// What sort of next step it was.
    public enum Kind: String, Codable, Sendable, Hashable {
        /// A meeting, call, demo or decision with a time attached.
        case concrete
        /// A meeting asked for without a time yet ("would you be open to a demo?").
        case meeting
        /// A gatekeeper call's next step: being put through, or the decision maker's name, number or free time.
        case transfer
        /// A follow-up left to chance ("I'll send some info", "let me know").
        case vague
    }

    /// How precise the time is: "Thursday at two" (exact) beats "Thursday" (day), which beats "next week" (loose).
    public enum Timing: String, Codable, Sendable, Hashable, Comparable {
        case loose
        case day
        case exact

        private var rank: Int {
            switch self {
            case .loose: 0
            case .day: 1
            case .exact: 2
            }
        }

        public static func < (lhs: Timing, rhs: Timing) -> Bool { lhs.rank < rhs.rank }
    }

    public let turn: Int
    public let kind: Kind
    public let phrase: String
    /// The most precise time mentioned in the ask or the prospect's reply to it; nil when none was.
    public let timing: Timing?
    /// True when the prospect agreed (or proposed the time), false when they refused or objected, nil when the
    /// answer was unclear or never came.
    public let accepted: Bool?
    /// True when the rep locked it in with an invite, a calendar hold or an agenda.
    public let confirmed: Bool
    /// True when the ask was hedged ("maybe Thursday?", "sometime next week").
    public let tentative: Bool
}
