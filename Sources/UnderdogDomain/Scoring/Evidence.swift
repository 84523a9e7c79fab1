/// One reason a dimension's score moved, pointing at the transcript turn that earned or cost it.
public struct Evidence: Codable, Sendable, Hashable {
    /// What the evidence did to the score: a number of points, or a qualitative mark that moved nothing.
    public enum Effect: Sendable, Hashable, Codable, CustomStringConvertible {
        case points(Int)
        case earned
        case cost

        /// "+2", "-1", "earned" or "cost".
        public var description: String {
            switch self {
            case .points(let value): value >= 0 ? "+\(value)" : "\(value)"
            case .earned: "earned"
            case .cost: "cost"
            }
        }

        /// The points this evidence added to the score (zero for qualitative marks).
        public var points: Int {
            if case .points(let value) = self { return value }
            return 0
        }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            switch text {
            case "earned": self = .earned
            case "cost": self = .cost
            default:
                guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
                    let context = DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "effect must be +N, -N, earned or cost")
                    throw DecodingError.dataCorrupted(context)
                }
                self = .points(value)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }
    }

    /// The transcript turn (its index, from 0) this is about; for something missing, the turn where it was due.
    public let turn: Int
    /// The rubric criterion id.
    public let criterion: String
    public let effect: Effect
    /// Plain words for the rep.
    public let reason: String

    public init(turn: Int, criterion: String, effect: Effect, reason: String) {
        self.turn = turn
        self.criterion = criterion
        self.effect = effect
        self.reason = reason
    }
}
