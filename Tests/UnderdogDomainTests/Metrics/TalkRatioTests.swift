import Testing
@testable import UnderdogDomain

@Suite("Talk ratio")
struct TalkRatioTests {
    @Test("rep share of words: 3 rep words of 9 is 0.333; no times, so no time share")
    func byWords() {
        let ratio = Measure.talkRatio(CallText(Fixtures.call([(.rep, "one two three"), (.prospect, "four five six seven eight nine")])))
        #expect(ratio.byWords == 0.333)
        #expect(ratio.byTime == nil)
    }

    @Test("rep share of time: 2 s of 8 s is 0.25")
    func byTime() {
        let ratio = Measure.talkRatio(CallText(Fixtures.timed([(.rep, "one two three", 0, 2), (.prospect, "four five six", 2, 8)])))
        #expect(ratio.byTime == 0.25)
        #expect(ratio.preferred == 0.25)
    }
}
