/// What ffprobe says about a recording's first audio stream.
public struct AudioProbe: Sendable, Equatable {
    public let durationSeconds: Double
    public let channels: Int
    public let sampleRate: Int
    /// ffmpeg's codec name: `pcm_s16le`, `mp3`, `vorbis`, `opus`, `aac`…
    public let codec: String

    public init(durationSeconds: Double, channels: Int, sampleRate: Int, codec: String) {
        self.durationSeconds = durationSeconds
        self.channels = channels
        self.sampleRate = sampleRate
        self.codec = codec
    }
}
