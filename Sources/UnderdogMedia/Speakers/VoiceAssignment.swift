/// What was measured of one utterance's voice.
public struct VoiceFeatures: Sendable, Equatable, Codable {
    /// Median fundamental frequency of the voiced frames, in Hz; nil when no frame was voiced.
    public let medianF0: Double?
    /// RMS level of the utterance's frames in dBFS (0 = a full-scale square wave; digital silence is -120).
    public let energyDBFS: Double
    /// The fraction (0…1) of the utterance's 30 ms frames found voiced.
    public let voicedFraction: Double

    public init(medianF0: Double?, energyDBFS: Double, voicedFraction: Double) {
        self.medianF0 = medianF0
        self.energyDBFS = energyDBFS
        self.voicedFraction = voicedFraction
    }
}

/// The voice of each utterance of a mono call, from `VoiceClustering.assign`.
public struct VoiceAssignment: Sendable, Equatable {
    /// Parallel to the utterances: 0 for the voice that speaks first, 1 for the other.
    public let voices: [Int]
    /// Parallel to the utterances: what was measured.
    public let features: [VoiceFeatures]
    /// How far apart the two clusters' centres are, in pooled within-cluster standard deviations (pitch counted
    /// more than energy). Below `VoiceClustering.singleVoiceThreshold` the call is taken as one voice and every
    /// utterance is voice 0; the value is still reported, as a confidence signal.
    public let separation: Double

    public init(voices: [Int], features: [VoiceFeatures], separation: Double) {
        self.voices = voices
        self.features = features
        self.separation = separation
    }

    /// How many distinct voices were assigned: 0 (no utterances), 1 or 2.
    public var voiceCount: Int { Set(voices).count }
}
