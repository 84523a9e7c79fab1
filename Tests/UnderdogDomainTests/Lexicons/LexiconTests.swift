import Testing
@testable import UnderdogDomain

@Suite("Phrase lexicon matching")
struct LexiconTests {
    private let lexicon = Lexicon<String>(phrases: ["cost", "cost you", "send me an email", "next step"])

    private func phrases(_ text: String) -> [String] { lexicon.matches(in: TokenizedText(text)).map(\.phrase) }

    @Test("the longest phrase at a position wins, and matches do not overlap")
    func longestWins() {
        #expect(phrases("What does it cost you?") == ["cost you"])
        #expect(phrases("Cost, cost.") == ["cost", "cost"])
    }

    @Test("matching is whole-word: 'cost' does not match 'costly'")
    func wordBoundaries() {
        #expect(phrases("That is costly.").isEmpty)
    }

    @Test("matching ignores case and punctuation inside a sentence")
    func punctuationInsensitive() {
        #expect(phrases("Just SEND me, an email!") == ["send me an email"])
    }

    @Test("a phrase never spans two sentences")
    func sentenceBounded() {
        #expect(phrases("What is next. Step by step.").isEmpty)
    }

    @Test("filler noise inside a phrase is skipped")
    func skipsNoise() {
        #expect(phrases("Send me, um, an email.") == ["send me an email"])
        #expect(phrases("The next, like, step.") == ["next step"])
    }

    @Test("every shipped lexicon compiles: no empty phrases")
    func shippedLexiconsLoad() {
        // Touching each static lexicon builds it; a bad phrase would trap here, not in production.
        #expect(!ObjectionLexicon.phrases.matches(in: TokenizedText("That's too expensive.")).isEmpty)
        #expect(ObjectionLexicon.deferralCues.contains(in: TokenizedText("Let's wait.")))
        #expect(ClosingLexicon.slotAsk.contains(in: TokenizedText("Would")))
        #expect(ClosingLexicon.slotFit.contains(in: TokenizedText("works")))
        #expect(ClosingLexicon.time.contains(in: TokenizedText("Tuesday at ten")))
        #expect(OpenerLexicon.permission.contains(in: TokenizedText("Do you have a minute?")))
        #expect(PitchLexicon.value.contains(in: TokenizedText("We help teams save time.")))
        #expect(DiscoveryLexicon.topics.contains(in: TokenizedText("What's the biggest challenge?")))
        #expect(FillerLexicon.fillers.contains(in: TokenizedText("um")))
        #expect(HandlingLexicon.acknowledge.contains(in: TokenizedText("That makes sense.")))
        #expect(PolitenessLexicon.courtesy.contains(in: TokenizedText("Thank you.")))
        #expect(ResponseLexicon.agreement.contains(in: TokenizedText("Sounds good.")))
        #expect(QuestionLexicon.starts.contains(in: TokenizedText("What")))
    }
}
