import Foundation
import Testing
import UnderdogDomain
@testable import UnderdogMedia

/// Serialized: the decoders are CPU-bound, and the real-time factor printed here should not count time spent
/// waiting for the other recognitions of this suite.
@Suite("Recognising calls with PocketSphinx", .serialized)
struct PocketSphinxRecognizerTests {
    /// Words of the cold call PocketSphinx should catch at least a few of, on espeak's voices.
    static let expectedWords: Set<String> = ["meeting", "thursday", "vendor", "email", "weekly", "reports", "report", "minute", "team", "morning"]

    @Test("the rendered call: words on each channel fall inside that speaker's lines, and key words come through")
    func recognisesColdCall() async throws {
        let call = try ColdCallFixture.get()
        let recognizer = try PocketSphinxRecognizer()
        var channels: [[RecognizedWord]] = []
        var recognitionSeconds = 0.0
        for (channel, pcm) in call.channels.enumerated() {
            let started = ContinuousClock.now
            let words = try await recognizer.recognize(pcmFile: pcm) { _ in }
            let elapsed = (ContinuousClock.now - started) / .seconds(1)
            recognitionSeconds += elapsed
            let speech = call.rendering.spans(of: channel).reduce(0) { $0 + $1.end - $1.start }
            print("PocketSphinx channel \(channel): \(words.count) words in \(String(format: "%.2f", elapsed)) s for \(String(format: "%.1f", call.rendering.duration)) s of audio (\(String(format: "%.1f", speech)) s of speech): real-time factor \(String(format: "%.3f", elapsed / call.rendering.duration)), \(String(format: "%.3f", elapsed / speech)) per second of speech")
            print("  \(words.map(\.text).joined(separator: " "))")
            channels.append(words)

            let spans = call.rendering.spans(of: channel)
            #expect(words.count >= 3 * spans.count, "channel \(channel) should yield a few words per line")
            for word in words {
                #expect(spans.contains { word.start >= $0.start - 0.35 && word.end <= $0.end + 0.35 },
                        "channel \(channel): \"\(word.text)\" at \(word.start)–\(word.end) is outside the speaker's lines")
                #expect(word.end > word.start)
                #expect(word.confidence.map { (0...1).contains($0) } ?? true)
            }
            #expect(zip(words, words.dropFirst()).allSatisfy { $0.start <= $1.start }, "words come in time order")
            // Every line is heard: some word starts inside each span.
            for span in spans {
                #expect(words.contains { $0.start >= span.start - 0.35 && $0.start < span.end }, "nothing recognised for \"\(span.text)\"")
            }
        }
        let heard = Set(channels.joined().map(\.text))
        let caught = Self.expectedWords.intersection(heard)
        print("PocketSphinx caught \(caught.sorted()) of \(Self.expectedWords.sorted())")
        print("PocketSphinx real-time factor, both channels: \(String(format: "%.3f", recognitionSeconds / (2 * call.rendering.duration))) (recognition seconds per audio second, per channel)")
        #expect(caught.count >= 3)

        let transcript = try Utterances.transcript(rep: Utterances.group(channels[0]), prospect: Utterances.group(channels[1]))
        #expect(transcript.turns.first?.speaker == .rep)
        #expect(transcript.turns.count >= call.rendering.spans.count / 2)
        #expect(transcript.isTimed)
        #expect((transcript.duration ?? 0) > call.rendering.duration - 2)
    }

    @Test("progress rises to 1 and the recogniser is reusable; two calls at once share a one-decoder pool")
    func progressAndPool() async throws {
        let call = try ColdCallFixture.get()
        let recognizer = try PocketSphinxRecognizer(maxConcurrent: 1)
        let progress = Recorder<Double>()
        async let left = recognizer.recognize(pcmFile: call.channels[0]) { progress.record($0) }
        async let right = recognizer.recognize(pcmFile: call.channels[1]) { _ in }
        let (leftWords, rightWords) = try await (left, right)
        #expect(!leftWords.isEmpty && !rightWords.isEmpty)
        let values = progress.all
        #expect(values.count >= 2)
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(values.last == 1)
    }

    @Test("cancelling stops a long recognition part-way, and the decoder's slot is given back")
    func cancellation() async throws {
        let call = try ColdCallFixture.get()
        let scratch = try Scratch("cancel")
        let long = scratch.file("long.pcm")
        let channel = try Data(contentsOf: call.channels[0])
        try Data((0..<10).flatMap { _ in channel }).write(to: long)  // about 11 minutes

        let recognizer = try PocketSphinxRecognizer(maxConcurrent: 1)
        let progress = Recorder<Double>()
        let task = Task { try await recognizer.recognize(pcmFile: long) { progress.record($0) } }
        // Cancelled once decoding is under way, whenever a loaded machine gets there.
        for _ in 0..<6_000 where progress.all.isEmpty { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!progress.all.isEmpty, "no progress within five minutes")
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect((progress.all.last ?? 1) < 1, "the recognition ran to the end instead of stopping: \(progress.all.suffix(3))")

        // With one decoder allowed, this only finishes if the cancelled pass gave its slot back.
        let words = try await recognizer.recognize(pcmFile: call.channels[1]) { _ in }
        #expect(!words.isEmpty)
    }

    @Test("a model directory without a model is recognizerFailed; a missing PCM file is fileNotFound")
    func failures() async throws {
        #expect(throws: MediaError.self) { try PocketSphinxRecognizer(modelDirectory: URL(fileURLWithPath: "/nonexistent/model")) }
        let recognizer = try PocketSphinxRecognizer()
        await #expect(throws: MediaError.fileNotFound("/nonexistent/call.pcm")) {
            try await recognizer.recognize(pcmFile: URL(fileURLWithPath: "/nonexistent/call.pcm")) { _ in }
        }
    }

    @Test("silence and an empty file give no words")
    func silence() async throws {
        let scratch = try Scratch("silence")
        let quiet = scratch.file("quiet.pcm")
        try Data(count: AudioTools.pcmBytesPerSecond * 5).write(to: quiet)
        let empty = scratch.file("empty.pcm")
        try Data().write(to: empty)
        let recognizer = try PocketSphinxRecognizer()
        #expect(try await recognizer.recognize(pcmFile: quiet) { _ in }.isEmpty)
        #expect(try await recognizer.recognize(pcmFile: empty) { _ in }.isEmpty)
    }
}
