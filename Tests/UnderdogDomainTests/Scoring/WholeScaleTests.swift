import Testing
@testable import UnderdogDomain

/// Round 3 of reading calls by what they do: an opening or a pitch that does everything the rubric asks can pass
/// the old ceiling, a farewell is not a lock-in, and an objection is judged to the end of its exchange (an answer
/// built on what the prospect explained, folding at the second push, landing after an explored concern).
@Suite("The whole scale, read by function")
struct WholeScaleTests {
    private static func evidence(_ analysis: Analysis, _ dimension: ScoringDimension, _ criterion: String) -> Evidence? {
        analysis.result(for: dimension)?.evidence.first { $0.criterion == criterion && $0.effect.points != 0 }
    }

    @Test("a first turn that says who, why, something about them and asks for time is a complete opening")
    func completeOpening() throws {
        let clean = try GeneralisationTests.analyse([
            (.rep, "Hi Priti, it's Owen Marsh from Tallyway. I read that your bakery opened a third shop last month, which is why I'm ringing. Is now an okay moment for two minutes?"),
            (.prospect, "Two minutes, fine."),
        ])
        #expect(Self.evidence(clean, .opener, "complete_opening") != nil)
        let asked = try GeneralisationTests.analyse([
            (.rep, "Hello, is that the owner?"),
            (.prospect, "Speaking. Who's calling?"),
            (.rep, "Owen Marsh from Tallyway. I read that your bakery opened a third shop last month. Is now an okay moment?"),
            (.prospect, "Go on."),
        ])
        #expect(Self.evidence(asked, .opener, "complete_opening") == nil)
        #expect(Self.evidence(asked, .opener, "introduction") == nil)
        let ownDoing = try GeneralisationTests.analyse([
            (.rep, "Hi Priti, it's Owen Marsh from Tallyway, following up on the quote I emailed you on Monday. Is now an okay moment?"),
            (.prospect, "Briefly."),
        ], scenario: .closing)
        #expect(Self.evidence(ownDoing, .opener, "complete_opening") == nil)
    }

    @Test("research said as a put-down earns no personalisation")
    func putDownIsNotResearch() throws {
        let analysis = try GeneralisationTests.analyse([
            (.rep, "Hi, it's Gary from Pixelpush. I had a look at your menu page and frankly it's embarrassing."),
            (.prospect, "Right. Thanks for that."),
        ])
        #expect(Self.evidence(analysis, .opener, "personalisation") == nil)
    }

    @Test("a result told as a change between two numbers is an outcome")
    func changeByNumbers() {
        let text = TokenizedText("Their late deliveries went from about nine a week to two.")
        #expect(PitchDetector.changeByNumbers(text, 0..<text.count) != nil)
        let schedule = TokenizedText("We deliver from Monday to Friday.")
        #expect(PitchDetector.changeByNumbers(schedule, 0..<schedule.count) == nil)
    }

    @Test("a farewell is not a lock-in, and a parting wish does not pin a loose step")
    func farewellIsNoConfirmation() throws {
        let analysis = try GeneralisationTests.analyse([
            (.rep, "Hi Dev, it's Sana from Loopline. Could we find half an hour next week to look at your returns?"),
            (.prospect, "Sure, if you like."),
            (.rep, "Lovely, talk to you then. Have a good shift tonight."),
            (.prospect, "Bye."),
        ])
        let closing = try #require(analysis.result(for: .closing))
        #expect(!closing.evidence.contains { $0.criterion == "confirmed" && $0.effect.points > 0 })
        #expect(!closing.evidence.contains { $0.criterion == "exact_time" && $0.effect.points > 0 })
    }

    @Test("an answer built on what the prospect explained reframes the concern; their words thrown back in an argument do not")
    func answerBuiltOnTheirWords() throws {
        let objection = (Speaker.prospect, "Honestly the timing is awful, the warehouse move eats every spare hour we have.")
        let built = Fixtures.objections([
            (.rep, "We help warehouses keep stock counts right during busy spells."),
            objection,
            (.rep, "That's fair. What part of the move is eating the most hours?"),
            (.prospect, "Recounting stock after every pallet transfer, by hand."),
            (.rep, "So the recounting after each pallet transfer is where the hours go, and that's the piece we'd take off you first."),
            (.prospect, "Okay."),
        ]).first
        #expect(built?.moves.contains(.reframe) == true)
        let argued = Fixtures.objections([
            (.rep, "We help warehouses keep stock counts right during busy spells."),
            objection,
            (.rep, "What part of the move is eating the most hours?"),
            (.prospect, "Recounting stock after every pallet transfer, by hand."),
            (.rep, "Recounting stock by hand after every pallet transfer? You're wrong to wait, trust me."),
            (.prospect, "Okay."),
        ]).first
        #expect(argued?.moves.contains(.reframe) == false)
    }

    @Test("folding when the prospect pushes a second time is caving, even after a good first answer")
    func foldAtTheSecondPush() throws {
        let found = Fixtures.objections([
            (.rep, "We help surgeries fill cancelled slots."),
            (.prospect, "We're reviewing every supplier in spring, so not before then."),
            (.rep, "Makes sense. What will the review look at?"),
            (.prospect, "No, honestly, I won't look at anything until it's done."),
            (.rep, "Shall I just email a leaflet over in the meantime?"),
            (.prospect, "If you like."),
        ]).first
        #expect(found?.missteps.contains(.caved) == true)
        #expect(found?.moves.contains(.question) == true)
    }

    @Test("an explored concern lands when the prospect later agrees, without refusing in between")
    func exploredConcernLands() throws {
        let found = Fixtures.objections([
            (.rep, "We help clinics cut no-shows with reminders."),
            (.prospect, "We tried reminder texts before and patients ignored them."),
            (.rep, "That's a fair worry. What did the texts say, and when did they go out?"),
            (.prospect, "A generic line, a week ahead."),
            (.rep, "A week ahead is usually too early; ours go the day before and let them rebook in one tap."),
            (.prospect, "That makes sense, actually."),
        ]).first
        #expect(found?.reaction == .movedOn)
    }

    @Test("asking the price is a buying question; 'timing's terrible' is push-back")
    func priceQuestionAndContractedTiming() {
        #expect(ObjectionDetector.objections(in: TokenizedText("Sounds useful. What does it cost for one site?")).isEmpty)
        let timing = ObjectionDetector.objections(in: TokenizedText("Look, timing's terrible, we open the new store in May."))
        #expect(timing.map(\.category) == [.timing])
    }

    @Test("a gatekeeper turning the call itself away is a brush-off")
    func callTurnedAway() {
        let found = ObjectionDetector.objections(in: TokenizedText("Sorry, we never accept cold calls here, you'll need to write in."))
        #expect(found.map(\.category) == [.brushOff])
        #expect(ObjectionDetector.objections(in: TokenizedText("She takes calls after four, try her then.")).isEmpty)
    }

    @Test("an order to calm down is rude; asking when things calm down is not")
    func calmDown() {
        let call = CallText(try! Transcript([
            (.rep, "When does it calm down for you after the holidays?"),
            (.prospect, "February."),
            (.rep, "Calm down, it's only a demo."),
        ]))
        let found = ContemptReader.contempt(in: call, turns: [0, 2])
        #expect(found.map(\.turn) == [2])
    }
}
