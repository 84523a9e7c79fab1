/// Tells speech from silence in 100 ms chunks by loudness against the noise floor, so the recogniser can skip
/// silence (half of every split-channel call) and cut utterances at pauses.
///
/// The noise floor is the quietest chunk of the last 10 seconds: any stretch of speech has gaps between words,
/// so the minimum follows the background, not the voice. Deliberately simple: when a recording is too noisy to
/// find quiet, every chunk counts as speech and the recogniser falls back to cutting utterances at its maximum
/// length, which costs time, not correctness.
struct SpeechActivity: Sendable {
    /// RMS (of 16-bit samples) below which a chunk is always quiet: about -50 dBFS.
    var absoluteFloor: Double = 100
    /// A chunk louder than the noise floor by this factor (about 10 dB) is speech.
    var aboveFloor: Double = 3
    private var recent: [Double] = []
    private var next = 0
    private let window: Int

    init(windowChunks: Int = 100) {
        window = max(1, windowChunks)
        recent.reserveCapacity(window)
    }

    /// The quietest chunk in the window; nil before the first chunk.
    var noiseFloor: Double? { recent.min() }

    /// Classifies one chunk by its RMS and remembers it for the noise floor.
    mutating func isSpeech(rms: Double) -> Bool {
        if recent.count < window {
            recent.append(rms)
        } else {
            recent[next] = rms
            next = (next + 1) % window
        }
        return rms >= max(absoluteFloor, (noiseFloor ?? rms) * aboveFloor)
    }

    static func rms(_ samples: UnsafeBufferPointer<Int16>) -> Double {
        guard !samples.isEmpty else { return 0 }
        var sum = 0.0
        for sample in samples {
            let value = Double(sample)
            sum += value * value
        }
        return (sum / Double(samples.count)).squareRoot()
    }
}
