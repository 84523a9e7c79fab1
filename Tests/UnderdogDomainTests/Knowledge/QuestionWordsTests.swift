import Testing
@testable import UnderdogDomain

/// How the coach reads a rep's question: the trade's everyday words mapped to the playbook's, the words that
/// carry the subject, and the signs that a question is about the rep's own calls.
@Suite("Question words")
struct QuestionWordsTests {
    @Test("everyday ways of saying a thing bring the playbook's terms: an intro is an opener, 10% off a discount, talking over a buyer an interruption")
    func thesaurus() {
        let cases: [(String, String)] = [
            ("my manager hates my intro", "opener"),
            ("can I offer them 10% off", "discount"),
            ("I keep talking over the buyer", "interruptions"),
            ("the receptionist won't put me through", "gatekeeper"),
            ("he said it has to go in front of the board", "authority"),
            ("she ghosted me after the demo", "follow-up"),
            ("too many ums when I'm nervous", "filler"),
        ]
        for (question, term) in cases {
            #expect(QuestionWords.searchText(question).contains(term), "\(question)")
        }
        #expect(QuestionWords.searchText("what's the capital of australia") == "what's the capital of australia")
        #expect(QuestionWords.searchText("recommend a board game") == "recommend a board game", "a board game is not the board")
    }

    @Test("subject words leave out stop words, everyday English, contractions and numbers")
    func subjectWords() {
        #expect(QuestionWords.subjectWords(QuestionWords.words("how do I close a bank account I don't use any more")) == ["bank"])
        #expect(QuestionWords.subjectWords(QuestionWords.words("what's the best way to handle a gatekeeper in 2 minutes")) == ["gatekeeper"])
        #expect(QuestionWords.words("10% off") == ["10", "percent", "off"])
    }

    @Test("a question that tells what the buyer said, or speaks of the rep's calls, is about the job; the call stack is not")
    func salesSituation() {
        #expect(QuestionWords.reportsTheOtherSide(QuestionWords.words("she said they're sorted, cheers")))
        #expect(QuestionWords.reportsTheOtherSide(QuestionWords.words("he reckons it's all hype")))
        #expect(!QuestionWords.reportsTheOtherSide(QuestionWords.words("how do I reset my password")))
        #expect(QuestionWords.speaksOfCalls(QuestionWords.words("should I take notes on calls")))
        #expect(QuestionWords.speaksOfCalls(QuestionWords.words("had a rough cold call this morning")))
        #expect(!QuestionWords.speaksOfCalls(QuestionWords.words("what is the call stack in programming")))
    }
}
