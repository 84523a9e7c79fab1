/// How the rep and the prospect were told apart, so a reader can weigh the analysis accordingly.
public struct SpeakerAttribution: Codable, Sendable, Hashable {
    /// How the two speakers were separated.
    public enum Method: String, Codable, Sendable, Hashable {
        /// The transcript named each turn's speaker (JSON roles, "Rep:" labels, a roleplay's own turns).
        case labelled
        /// Plain-text labels that were people's names; the first speaker was taken as the rep.
        case speakingOrder = "speaking_order"
        /// A two-channel recording: one speaker per channel.
        case stereoChannels = "stereo_channels"
        /// A mono recording split at pauses and clustered into two voices by pitch and energy.
        case voiceClustering = "voice_clustering"
    }

    public let method: Method
    /// Anything a reader should know, e.g. "channel 0 = rep".
    public let detail: String?

    public init(method: Method, detail: String? = nil) {
        self.method = method
        self.detail = detail
    }
}
