import Foundation
import UnderdogMedia

/// Local speech-to-text on a generated two-channel call: decoding plus PocketSphinx on each channel, against
/// the length of the audio. Below 1 is faster than real time.
enum TranscriptionBench {
    struct Figure {
        let audioSeconds: Double
        let decodeSeconds: Double
        let channelSeconds: [Double]
        let words: Int
        var realTimeFactor: Double { (decodeSeconds + channelSeconds.reduce(0, +)) / audioSeconds }
    }

    static func run(folder: URL) async throws -> Figure {
        let recording = folder.appendingPathComponent("bench-call.wav")
        try SyntheticCall.render(SyntheticCall.coldCall, to: recording)
        let tools = try AudioTools()
        let probe = try tools.probe(recording)
        let clock = ContinuousClock()
        var channels: [URL] = []
        let decode = try clock.measure { channels = try tools.decodeToPCM(recording, into: folder, splitChannels: true) }
        let recognizer = try PocketSphinxRecognizer(maxConcurrent: 1)
        var times: [Double] = []
        var words = 0
        for channel in channels {
            let started = clock.now
            words += try await recognizer.recognize(pcmFile: channel) { _ in }.count
            times.append(seconds(clock.now - started))
        }
        return Figure(audioSeconds: probe.durationSeconds, decodeSeconds: seconds(decode), channelSeconds: times, words: words)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
