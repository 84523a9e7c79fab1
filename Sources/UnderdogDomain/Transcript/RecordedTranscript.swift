/// What the pipeline stores in `call_uploads.transcript`: the recognised segments with speaker and times,
/// how the speakers were told apart, and which engine heard them. Scoring reads it back as a `Transcript`.
public struct RecordedTranscript: Codable, Sendable, Hashable {
    public struct Segment: Codable, Sendable, Hashable {
        public let speaker: Speaker
        public let text: String
        public let start: Double
        public let end: Double

        public init(speaker: Speaker, text: String, start: Double, end: Double) {
            self.speaker = speaker
            self.text = text
            self.start = start
            self.end = end
        }
    }

    public let segments: [Segment]
    public let speakers: SpeakerAttribution
    /// "pocketsphinx", or the OpenAI-compatible model's name.
    public let engine: String

    public init(segments: [Segment], speakers: SpeakerAttribution, engine: String) {
        self.segments = segments
        self.speakers = speakers
        self.engine = engine
    }

    public init(_ transcript: Transcript, speakers: SpeakerAttribution, engine: String) {
        self.init(
            segments: transcript.turns.map { Segment(speaker: $0.speaker, text: $0.text, start: $0.start ?? 0, end: $0.end ?? $0.start ?? 0) },
            speakers: speakers, engine: engine)
    }

    /// The segments as a transcript to score; throws when the recording held no speech at all.
    public func transcript() throws(TranscriptError) -> Transcript {
        try Transcript(turns: segments.enumerated().map { index, segment in
            Turn(index: index, speaker: segment.speaker, text: segment.text, start: segment.start, end: segment.end)
        })
    }
}
