import Testing
@testable import UnderdogDomain

@Suite("Longest monologue and customer story")
struct StretchTests {
    @Test("untimed: consecutive rep turns join, longest by words (2 + 3 = 5 words beats 4)")
    func byWords() {
        let call = CallText(Fixtures.call([(.rep, "a b"), (.rep, "c d e"), (.prospect, "f"), (.rep, "g h i j")]))
        #expect(Measure.longestStretch(call, by: .rep) == Stretch(firstTurn: 0, lastTurn: 1, words: 5, seconds: nil))
        #expect(Measure.longestStretch(call, by: .prospect) == Stretch(firstTurn: 2, lastTurn: 2, words: 1, seconds: nil))
    }

    @Test("timed: longest by seconds (24 s beats 15 s even with fewer words)")
    func bySeconds() {
        let call = CallText(Fixtures.timed([
            (.rep, Fixtures.words(20), 0, 10), (.rep, Fixtures.words(20), 10, 15), (.prospect, "ok", 15, 16), (.rep, "a b c d", 16, 40),
        ]))
        #expect(Measure.longestStretch(call, by: .rep) == Stretch(firstTurn: 3, lastTurn: 3, words: 4, seconds: 24))
    }

    @Test("a speaker who never speaks has no stretch")
    func absent() {
        #expect(Measure.longestStretch(CallText(Fixtures.call([(.rep, "hello")])), by: .prospect) == nil)
    }
}
