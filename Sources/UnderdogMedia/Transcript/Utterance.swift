/// A run of one channel's words without a long pause: the unit that becomes a transcript turn.
public struct Utterance: Sendable, Equatable, Codable {
    public let text: String
    public let start: Double
    public let end: Double

    public init(text: String, start: Double, end: Double) {
        self.text = text
        self.start = start
        self.end = end
    }
}
