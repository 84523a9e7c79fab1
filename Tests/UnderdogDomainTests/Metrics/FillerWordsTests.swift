import Testing
@testable import UnderdogDomain

@Suite("Filler words")
struct FillerWordsTests {
    private func fillers(_ rep: String) -> FillerWords {
        Measure.fillerWords(CallText(Fixtures.call([(.rep, rep), (.prospect, "Um, okay.")])))
    }

    @Test("counts um, like-as-filler, basically and you know: 4 of 16 rep words is 0.25")
    func countsAndRate() {
        let result = fillers("Um, so, like, we basically help teams. I'd like to show you. You know, it works.")
        #expect(result.count == 4)
        #expect(result.rate == 0.25)
        #expect(result.words == [
            .init(word: "basically", count: 1), .init(word: "like", count: 1), .init(word: "um", count: 1), .init(word: "you know", count: 1),
        ])
    }

    @Test("meaningful 'like', 'you know', 'kind of' and 'I mean' are not fillers")
    func meaningfulUses() {
        #expect(fillers("I'd like to show you. It looks like rain. Teams like yours love it.").count == 0)
        #expect(fillers("Do you know the price? What kind of tool is it? I mean it.").count == 0)
    }

    @Test("filler 'like' after a pause, 'kind of' as a hedge, and 'sort of' count")
    func hedges() {
        #expect(fillers("It was, like, huge. It's kind of expensive. We sort of tried.").count == 3)
    }

    @Test("the prospect's fillers are not the rep's, and listening noises are not fillers")
    func onlyRep() {
        #expect(fillers("Uh-huh. Mm hmm. Right.").count == 0)
    }

    @Test("the word list is sorted by count, then alphabetically, so output is stable")
    func ordering() {
        let result = fillers("Um, um, uh, basically, basically.")
        #expect(result.words.map(\.word) == ["basically", "um", "uh"])
    }
}
