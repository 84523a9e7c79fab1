import Testing
@testable import UnderdogDomain

/// Closing asks and answers in the everyday shapes reps and prospects use: "Would Thursday at 2pm work?",
/// "How does Tuesday morning look?", "Works." The lead-in turn has no meeting word, so each ask has to be
/// recognised on its own.
@Suite("Closing: scheduling asks, clock times and acceptances")
struct ClosingAskTests {
    private static let leadIn: [(Speaker, String)] = [
        (.rep, "Hi Jordan, this is Sam from Ledgerly. We help finance teams close the books faster."),
        (.prospect, "Okay, that sounds relevant."),
    ]

    private func closing(_ lines: [(Speaker, String)]) -> ClosingFindings {
        let call = CallText(Fixtures.call(lines))
        return ClosingDetector.detect(call, questions: QuestionFinder.questions(in: call),
                                      thresholds: ContentFiles.rubric.closing.thresholds)
    }

    private func decisive(ask: String, answer: String) -> NextStep? {
        closing(Self.leadIn + [(.rep, ask), (.prospect, answer)]).decisive
    }

    @Test("the reported call: 'Would Thursday at 2pm work…?' answered 'Thursday at 2 works.' is an agreed step at an exact time")
    func reportedCall() throws {
        let found = closing(Fixtures.ledgerlyCall.turns.map { ($0.speaker, $0.text) })
        let step = try #require(found.decisive)
        #expect(step.turn == 6)
        #expect(step.kind == .concrete)
        #expect(step.timing == .exact)
        #expect(step.accepted == true)
        #expect(step.phrase == "would … work")

        let result = try #require(Fixtures.analyze(Fixtures.ledgerlyCall).result(for: .closing))
        #expect(result.score >= 7, "closing scored \(result.score): \(result.feedback)")
        #expect(!result.evidence.contains { $0.criterion == ClosingCriterion.noAsk.rawValue })
        #expect(result.evidence.contains { $0.criterion == ClosingCriterion.prospectAgreed.rawValue && $0.turn == 7 })
    }

    @Test("scheduling asks with a day and a time are concrete, exact and accepted", arguments: [
        ("Would 2:30pm on Tuesday work?", "Works."),
        ("Does 10am on Friday suit you?", "Sure."),
        ("How does Tuesday morning look?", "Tuesday morning is good."),
        ("Can we pencil in Wednesday at 10am?", "Yes, pencil me in."),
        ("Shall I send an invite for Friday at 14:00?", "Go ahead."),
        ("Let's put 20 minutes on the calendar for Monday at 2 p.m., okay?", "Works for me."),
        ("Would Thursday at 2 p.m. work for you?", "That works."),
        ("So, would Thursday at 10 a.m. work?", "Thursday at 10 works."),
        ("Is Friday at 9am any good for a quick walkthrough?", "Suits me."),
        ("How's Wednesday at 3 looking for you?", "Should be fine."),
    ])
    func scheduledAsk(ask: String, answer: String) throws {
        let step = try #require(decisive(ask: ask, answer: answer), "no next step found in \"\(ask)\"")
        #expect(step.kind == .concrete)
        #expect(step.timing == .exact)
        #expect(step.accepted == true)
    }

    @Test("a slot question with only a day is concrete at day precision")
    func dayOnly() throws {
        let step = try #require(decisive(ask: "Would Thursday work for a quick call?", answer: "Thursday works."))
        #expect(step.kind == .concrete)
        #expect(step.timing == .day)
        #expect(step.accepted == true)
    }

    @Test("short acceptances are a yes", arguments: [
        "Works.", "That works.", "Thursday at 2 works.", "Works for me.", "Suits me.", "2pm is fine.", "Sure, pencil me in.",
        "Yes, book me in.", "That's fine.", "Thursday's good.", "Please do.", "Good for me.",
    ])
    func acceptances(answer: String) {
        #expect(decisive(ask: "Would Thursday at 2pm work for a quick call?", answer: answer)?.accepted == true)
    }

    @Test("turning the slot down is a no, not a yes", arguments: [
        "Thursday doesn't work.", "No, that doesn't work for me.", "Thursday is no good.", "Neither works, sorry.",
        "Thursday isn't good for me.", "No, I'm booked solid.",
    ])
    func refusals(answer: String) {
        #expect(decisive(ask: "Would Thursday at 2pm work for a quick call?", answer: answer)?.accepted == false)
    }

    @Test("clock times in every common spelling are exact", arguments: [
        "2pm", "2:30pm", "10am", "2 p.m.", "10 a.m.", "14:00", "Thursday at 2", "at 2 PM",
    ])
    func clockTimes(text: String) {
        #expect(ClosingDetector.timing(TokenizedText(text)) == .exact)
    }

    @Test("questions about their world that mention a day or a meeting are not closing asks", arguments: [
        "How did the Tuesday call go?",
        "Does your team work on Mondays?",
        "What happened at the Thursday review?",
        "How does your team close the books today?",
        "Is Monday usually busy for you?",
        "How does your month-end look today?",
    ])
    func discoveryIsNotAnAsk(question: String) {
        let found = closing(Self.leadIn + [(.rep, question), (.prospect, "It was fine, nothing special.")])
        #expect(found.decisive == nil, "\(question) was read as \(String(describing: found.decisive))")
    }

    @Test("a counter-offer after turning the slot down is still a yes")
    func counterOffer() {
        #expect(decisive(ask: "Would Thursday at 2pm work?", answer: "Thursday doesn't work, but Friday at 10 does.")?.accepted == true)
    }

    @Test("a permission ask in the opener is not a close")
    func openerIsNotAClose() {
        let found = closing([
            (.rep, "Hi Jordan, this is Sam from Ledgerly. Is now a bad time for thirty seconds?"),
            (.prospect, "I have a minute."),
        ])
        #expect(found.decisive == nil)
    }
}
