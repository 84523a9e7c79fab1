import Testing
@testable import UnderdogDomain

/// Moves read by what they do: resistance in words no list holds, answers that fold or press, an agenda in the
/// opener, and a customer story that is the customer's, not ours.
@Suite("Scoring reads resistance, answers and commitments by their function")
struct FunctionReadingTests {
    @Test("resistance by function, whatever the wording", arguments: [
        ("I don't really see the point, our current supplier is okay.", ObjectionCategory.statusQuo),
        ("We just signed a three-year deal with someone else.", .statusQuo),
        ("We haven't got the headcount to roll something like this out.", .timing),
        ("Nobody here has time to learn another system.", .timing),
        ("Our IT team won't let us add anything new.", .statusQuo),
        ("It's a hard sell to my boss.", .authority),
        ("We had a bad experience with a similar product.", .statusQuo),
        ("We tried one of these tools two summers ago and the staff hated it.", .statusQuo),
        ("We're too small for something like that.", .statusQuo),
    ])
    func resistance(line: String, category: ObjectionCategory) {
        let found = ObjectionDetector.objections(in: TokenizedText(line))
        #expect(found.map(\.category) == [category], "\(line)")
    }

    @Test("pain and plain answers are not resistance", arguments: [
        "We don't have enough staff on Saturdays, that's the real headache.",
        "We signed up the new site in March.",
        "Nobody has time to chat on a Saturday, it's our busiest day.",
    ])
    func notResistance(line: String) {
        #expect(ObjectionDetector.objections(in: TokenizedText(line)).isEmpty, "\(line)")
    }

    private func answer(_ reply: String) -> DetectedObjection? {
        Fixtures.objections([
            (.rep, "We help cafés plan rotas so swaps don't all land on the owner."),
            (.prospect, "Honestly, money is tight this year and the last tool we tried was a flop."),
            (.rep, reply),
            (.prospect, "Hm."),
        ]).first
    }

    @Test("offering to send something instead of dealing with the concern folds")
    func sendingMaterialFolds() throws {
        let objection = try #require(answer("No problem. I'll send over a brochure then."))
        #expect(objection.missteps == [.caved])
        #expect(ObjectionDetector.sendsMaterial(TokenizedText("Let me drop you a leaflet in the post.")))
        #expect(!ObjectionDetector.sendsMaterial(TokenizedText("Could you send me last month's rota?")))
    }

    @Test("a threat of regret presses; naming the worry acknowledges it")
    func regretAndWorry() throws {
        #expect(try #require(answer("You're going to regret that when your competitors are ahead.")).missteps == [.argued])
        let heard = try #require(answer("Mm, that's a real worry. When you say tight, is it this year's budget or the cash flow?"))
        #expect(heard.moves.contains(.acknowledge))
        #expect(heard.moves.contains(.question))
    }

    @Test("a yes taken back by a lone 'maybe' does not accept the step; with a time it still does")
    func yesTakenBack() throws {
        let call = CallText(try Transcript([
            (.rep, "Shall we touch base next month and see where you've got to?"),
            (.prospect, "Sure. Maybe."),
        ]))
        #expect(ClosingDetector.answer(call, 1, proposed: true) == .unclear)
        let offered = CallText(try Transcript([
            (.rep, "Could we look at it together next week?"),
            (.prospect, "Sure. Maybe Thursday at ten."),
        ]))
        #expect(ClosingDetector.answer(offered, 1, proposed: true) == .yes)
    }

    @Test("an agenda in the opener is not a next step the prospect accepts")
    func openerAgenda() throws {
        let analysis = try GeneralisationTests.analyse([
            (.rep, "Hi Lena, it's Tom from Trackway. Following up on last week's demo, I wanted to talk about next steps."),
            (.prospect, "Hi Tom. Yes, I've had a think."),
            (.rep, "What did you make of it?"),
            (.prospect, "The route reports were good."),
            (.rep, "Great. Have a word with your finance director and I'll check back with you in a few weeks."),
            (.prospect, "Okay."),
        ], scenario: .closing)
        #expect(!analysis.nextSteps.contains { $0.turn == 0 })
        #expect(!analysis.nextSteps.contains { $0.accepted == true && $0.kind != .vague })
    }

    @Test("a named result is a customer story only when it is theirs, not ours")
    func customerStory() throws {
        let ours = try GeneralisationTests.analyse([
            (.rep, "Hi Mia, it's Oscar from CleanAir. We fit HEPA filters. Studies show poor air can cut concentration by fifteen percent."),
            (.prospect, "Right."),
        ])
        #expect(!(ours.result(for: .pitch)?.evidence.contains { $0.criterion == "peer_proof" && $0.effect.points > 0 } ?? false))
    }
}
