import Testing
@testable import UnderdogDomain

@Suite("Questions: finding them, open vs closed, discovery vs qualifying")
struct QuestionFinderTests {
    private func questions(_ rep: String) -> [Question] {
        QuestionFinder.questions(in: CallText(Fixtures.call([(.rep, rep), (.prospect, "Sure.")])))
    }

    @Test("wh-questions and 'tell me' are open; yes/no questions are closed")
    func forms() {
        let found = questions("What's your biggest challenge? Do you use Salesforce? Tell me about your team. Who else is involved?")
        #expect(found.map(\.form) == [.open, .closed, .open, .open])
    }

    @Test("pain and goals are discovery; budget, tools and authority are qualifying; small talk is other")
    func kinds() {
        let found = questions("What's your biggest challenge? Do you use Salesforce? What's the budget? How are you today?")
        #expect(found.map(\.kind) == [.discovery, .qualifying, .qualifying, .other])
    }

    @Test("the question word may follow a lead-in clause")
    func leadIn() {
        let found = questions("I don't know yet whether it's relevant to you, so how are you handling onboarding?")
        #expect(found.count == 1)
        #expect(found.first?.form == .open)
        #expect(found.first?.kind == .discovery)
    }

    @Test("tags and one-word reactions are not questions")
    func notQuestions() {
        #expect(questions("Right? It's a great fit for you, you know? Really?").isEmpty)
    }

    @Test("leading tags and proposals are asked, but are not discovery")
    func leadingAndProposals() {
        let found = questions("You are the decision maker, aren't you? What if I knock ten percent off?")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.kind == .other })
    }

    @Test("without any punctuation, questions are found by how they start")
    func spoken() {
        let call = CallText(Fixtures.call([(.rep, "thanks for that so how are you handling onboarding today and do you use a tool for it"), (.prospect, "sure")]))
        let found = QuestionFinder.questions(in: call)
        #expect(found.count == 2)
        #expect(found.map(\.form) == [.open, .closed])
    }

    @Test("counts by form and kind")
    func stats() {
        let stats = QuestionStats(questions("What's hard about it? Do you use Salesforce? How are you today?"))
        #expect(stats == QuestionStats(total: 3, open: 2, closed: 1, discovery: 1, qualifying: 1))
    }
}
