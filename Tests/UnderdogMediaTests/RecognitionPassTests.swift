import Foundation
import Testing
@testable import UnderdogMedia

@Suite("PocketSphinx internals: tokens, speech activity, utterance splitting")
struct RecognitionPassTests {
    @Test("sentence markers, silence and fillers are dropped; pronunciation variants lose their suffix")
    func tokens() {
        for filler in ["<s>", "</s>", "<sil>", "[NOISE]", "[SPEECH]", "++BREATH++", ""] {
            #expect(SphinxToken.word(filler) == nil, "\(filler)")
        }
        #expect(SphinxToken.word("thursday") == "thursday")
        #expect(SphinxToken.word("read(2)") == "read")
        #expect(SphinxToken.word("that(12)") == "that")
        #expect(SphinxToken.word("(2)") == "(2)")
        #expect(SphinxToken.word("don't") == "don't")
    }

    @Test("digital silence and a steady noise floor are quiet; speech above it is not")
    func activity() {
        var activity = SpeechActivity()
        let silence = activity.isSpeech(rms: 0)
        let voice = activity.isSpeech(rms: 3_000)
        #expect(!silence && voice)

        var noisy = SpeechActivity()
        let hiss = (0..<20).map { _ in noisy.isSpeech(rms: 400) }
        #expect(!hiss.contains(true), "a steady background is not speech")
        #expect(noisy.noiseFloor == 400)
        let loud = noisy.isSpeech(rms: 2_500)
        let barelyAbove = noisy.isSpeech(rms: 600)
        #expect(loud && !barelyAbove)
    }

    @Test("utterances cut at the maximum length mid-speech keep absolute times")
    func forcedSplits() throws {
        let call = try ColdCallFixture.get()
        let model = try SphinxModel(directory: PocketSphinxRecognizer.defaultModelDirectory)
        let decoder = try SphinxDecoder(model: model)
        // Never end at a pause, cut every 2 s: lines are 2–6 s long, so most are cut in the middle.
        var pass = RecognitionPass(decoder: decoder, isCancelled: { false }, progress: { _ in })
        pass.quietChunksToEnd = 1_000
        pass.softMaximumChunks = 20
        pass.hardMaximumChunks = 20
        let words = try pass.run(file: call.channels[0])
        let spans = call.rendering.spans(of: 0)
        #expect(words.count >= 3 * spans.count)
        for word in words {
            #expect(spans.contains { word.start >= $0.start - 0.35 && word.end <= $0.end + 0.35 }, "\"\(word.text)\" at \(word.start)")
        }
    }
}
