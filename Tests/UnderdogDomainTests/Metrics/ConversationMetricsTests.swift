import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Conversation metrics")
struct ConversationMetricsTests {
    @Test("counts turns and words by speaker")
    func counts() {
        let metrics = ConversationMetrics.measure(Fixtures.call([(.rep, "one two"), (.prospect, "three"), (.rep, "four five six")]))
        #expect(metrics.turns == 3)
        #expect(metrics.repTurns == 2)
        #expect(metrics.prospectTurns == 1)
        #expect(metrics.repWords == 5)
        #expect(metrics.prospectWords == 1)
    }

    @Test("every double is rounded to three decimals")
    func rounding() {
        let metrics = ConversationMetrics.measure(Fixtures.timed([(.rep, "one two three", 0, 3.33333), (.prospect, "four", 3.4, 9.87654)]))
        #expect(metrics.durationSeconds == 9.877)
        #expect(metrics.talkRatio.byWords == 0.75)
        #expect(metrics.talkRatio.byTime == 0.34)
    }

    @Test("encodes with snake_case keys")
    func snakeCase() throws {
        let json = String(decoding: try JSONEncoder().encode(ConversationMetrics.measure(Fixtures.goodCall)), as: UTF8.self)
        #expect(json.contains("\"talk_ratio\""))
        #expect(json.contains("\"longest_rep_monologue\""))
        #expect(json.contains("\"filler_words\""))
        #expect(!json.contains("talkRatio"))
    }
}
