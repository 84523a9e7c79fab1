import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Hostile transcripts never crash the analyser")
struct HostileTranscriptTests {
    private func analyzeAndEncode(_ transcript: Transcript) throws -> [String: Any] {
        let analysis = Fixtures.analyze(transcript)
        #expect(analysis.dimensions.count == 6)
        return try #require(try JSONSerialization.jsonObject(with: analysis.canonicalJSON()) as? [String: Any])
    }

    @Test("zero-length times give nil rates, not NaN or infinity")
    func zeroDurations() throws {
        let json = try analyzeAndEncode(Fixtures.timed([(.rep, "Hi there?", 5, 5), (.prospect, "Hello.", 5, 5)]))
        let metrics = try #require(json["metrics"] as? [String: Any])
        #expect(metrics["words_per_minute"] == nil || metrics["words_per_minute"] is NSNull)
        #expect(metrics["question_rate_per_minute"] == nil || metrics["question_rate_per_minute"] is NSNull)
    }

    @Test("punctuation-only turns, emoji and non-Latin scripts are analysed")
    func oddText() throws {
        _ = try analyzeAndEncode(Fixtures.call([(.rep, "?!… —"), (.prospect, "🙂🙂"), (.rep, "Привет, это Сэм. 你好吗？"), (.prospect, "Ｏｋ")]))
    }

    @Test("a single 50,000-word monologue is analysed")
    func giantTurn() throws {
        let text = Array(repeating: "we help teams save time, um, like, basically", count: 6_250).joined(separator: " ")
        _ = try analyzeAndEncode(Fixtures.call([(.rep, text), (.prospect, "No.")]))
    }

    @Test("overlapping and out-of-order times are tolerated")
    func overlaps() throws {
        _ = try analyzeAndEncode(Fixtures.timed([(.rep, "Hi.", 10, 20), (.prospect, "Hello.", 0, 30), (.rep, "Okay?", 5, 6)]))
    }
}
