/// One recognised word with its time in seconds from the start of the PCM file.
public struct RecognizedWord: Sendable, Equatable, Codable {
    public let text: String
    public let start: Double
    public let end: Double
    /// The recogniser's posterior probability (0…1) when it computes one.
    public let confidence: Double?

    public init(text: String, start: Double, end: Double, confidence: Double? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.confidence = confidence
    }
}
