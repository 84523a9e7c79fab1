/// One uninterrupted stretch of speech by one speaker, with its times when the source had them.
public struct Turn: Codable, Sendable, Hashable {
    /// Position in the transcript, from 0; evidence points at turns by this number.
    public let index: Int
    public let speaker: Speaker
    public let text: String
    /// Seconds from the start of the call.
    public let start: Double?
    public let end: Double?

    public init(index: Int, speaker: Speaker, text: String, start: Double? = nil, end: Double? = nil) {
        self.index = index
        self.speaker = speaker
        self.text = text
        self.start = start
        self.end = end
    }

    /// Seconds spoken, when both times are known.
    public var duration: Double? {
        guard let start, let end else { return nil }
        return end - start
    }
}
