import Testing
@testable import UnderdogDomain

@Suite("Tokeniser")
struct TokenizedTextTests {
    private func words(_ text: String) -> [WordHash] { TokenizedText(text).hashes }

    @Test("lowercases, keeps apostrophes inside words, drops punctuation")
    func normalises() {
        #expect(words("Don't STOP, now!") == ["don't", "stop", "now"].map(WordHash.init))
        #expect(words("It’s “fine”") == ["it's", "fine"].map(WordHash.init))
    }

    @Test("splits hyphenated words and keeps clock times and decimals whole")
    func hyphensAndNumbers() {
        #expect(words("follow-up at 10:30 or 4.5") == ["follow", "up", "at", "10:30", "or", "4.5"].map(WordHash.init))
        let text = TokenizedText("Call at 3pm, or 10:30, on the 14th.")
        #expect(text.isClockTime(2))
        #expect(text.isClockTime(4))
        #expect(text.isOrdinal(7))
    }

    @Test("reads a.m. and p.m. as am and pm")
    func ampm() {
        #expect(words("at 3 p.m. sharp") == ["at", "3", "pm", "sharp"].map(WordHash.init))
    }

    @Test("'p.m.' or 'a.m.' before a lowercase word does not end the sentence; before a capital it still can")
    func ampmInsideSentence() {
        let question = TokenizedText("Would Thursday at 2 p.m. work for you?")
        #expect(question.sentences.count == 1)
        #expect(question.sentences.first?.endsWithQuestionMark == true)
        #expect(TokenizedText("We met at 2 p.m. Then we left.").sentences.count == 2)
        #expect(TokenizedText("It starts at 10 a.m.").sentences.count == 1)
    }

    @Test("remembers sentences and which ended with a question mark")
    func sentences() {
        let text = TokenizedText("Hi there. How are you? Great!")
        #expect(text.sentences.map(\.tokens) == [0..<2, 2..<5, 5..<6])
        #expect(text.sentences.map(\.endsWithQuestionMark) == [false, true, false])
        #expect(text.hasSentencePunctuation)
        #expect(!TokenizedText("no punctuation here").hasSentencePunctuation)
    }

    @Test("marks commas, capitalised names and filler noise")
    func flags() {
        let text = TokenizedText("So, um, Castellano cut costs. LED is not a name.")
        #expect(text.pauseAfter(0))
        #expect(text.isNoise(1))
        #expect(text.isName(2))
        #expect(!text.isName(0))  // sentence start
        #expect(!text.isName(5))  // an acronym
    }

    @Test("empty and punctuation-only text has no tokens")
    func empty() {
        #expect(TokenizedText("").count == 0)
        #expect(TokenizedText("?!... —").count == 0)
    }
}
