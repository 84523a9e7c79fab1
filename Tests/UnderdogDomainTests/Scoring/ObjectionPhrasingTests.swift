import Testing
@testable import UnderdogDomain

/// Objections in everyday words, and the look-alikes that must not count: a time word that reports rather than
/// defers, an "I'm good" that answers "how are you?", a rep quoting an objection.
@Suite("Objections: everyday phrasings and false-positive guards")
struct ObjectionPhrasingTests {
    /// The prospect's line after a short pitch, answered by a neutral rep turn.
    private func categories(_ prospect: String) -> [ObjectionCategory] {
        Fixtures.objections([
            (.rep, "We help finance teams close the books in four days instead of ten."),
            (.prospect, prospect),
            (.rep, "Okay."),
        ]).map(\.category)
    }

    @Test("the reported call: 'too busy … this quarter though' is a timing objection, acknowledged and probed")
    func reportedCall() throws {
        let found = Fixtures.objections(Fixtures.ledgerlyCall.turns.map { ($0.speaker, $0.text) })
        #expect(found.map(\.category) == [.timing])
        let objection = try #require(found.first)
        #expect(objection.turn == 3)
        #expect(objection.moves.contains(.acknowledge))
        #expect(objection.moves.contains(.question))
        // "another quarter of spreadsheet closes" is a cost of waiting, not a customer story
        #expect(!objection.moves.contains(.proof))
        #expect(objection.missteps.isEmpty)

        let result = try #require(Fixtures.analyze(Fixtures.ledgerlyCall).result(for: .objectionHandling))
        #expect(result.judged)
        #expect(result.score >= 7, "objection handling scored \(result.score): \(result.feedback)")
        #expect(!result.feedback.contains("No objection came up"))
    }

    @Test("timing objections in everyday words", arguments: [
        "We're too busy for this right now.", "Honestly I'm swamped.", "It's not a good time.",
        "Maybe next year.", "Let's look at it next quarter.", "Call me after the holidays.", "Bad timing, sorry.",
        "It's not a priority right now.", "We've got a lot on our plate at the moment.", "This quarter is out, let's wait.",
        "Next quarter would be better.", "We're totally swamped until the new year.", "Let's put it on the back burner.",
        "We don't have the bandwidth for it.", "This quarter is impossible, though.",
    ])
    func timing(text: String) {
        #expect(categories(text) == [.timing], "\(text)")
    }

    @Test("pricing objections in everyday words", arguments: [
        "We can't afford that.", "That's too pricey for us.", "It's out of our price range.", "We found something cheaper.",
        "That's a bit steep.", "It's way too much for a team our size.", "Cash is tight this year.",
        "That's more than we want to spend.",
    ])
    func pricing(text: String) {
        #expect(categories(text) == [.pricing], "\(text)")
    }

    @Test("status-quo objections in everyday words", arguments: [
        "We're all set.", "We already have a system for that.", "What we have works fine for us.",
        "We're not looking to change anything.", "We're happy with what we've got.", "No plans to switch.",
        "Our spreadsheet does the job.",
    ])
    func statusQuo(text: String) {
        #expect(categories(text) == [.statusQuo], "\(text)")
    }

    @Test("brush-offs in everyday words", arguments: [
        "Not interested.", "Just send me something.", "Take me off your list.", "No, I'm good.", "I'm good, thanks.",
        "Drop me an email.", "I'll pass.", "I'm not buying anything.",
    ])
    func brushOff(text: String) {
        #expect(categories(text) == [.brushOff], "\(text)")
    }

    @Test("authority objections in everyday words", arguments: [
        "That's not my call.", "My boss decides on tools.", "I'd need to run it by our CFO.",
        "Procurement handles all of that.", "It's out of my hands.", "I'd have to clear it with the owner.",
        "The board would need to approve it.", "Not for me to say, ask the owner.",
    ])
    func authority(text: String) {
        #expect(categories(text) == [.authority], "\(text)")
    }

    @Test("a time word that reports rather than defers is not an objection", arguments: [
        "This quarter we grew 20%.", "Next year we're opening two more sites.", "We had our best month this quarter.",
        "The lease ends the thirtieth of next month.", "It's our busy season, and it went well.",
        "We hired six people this year.", "Honestly, though, this quarter has been rough on the close.",
        "Maybe. Next quarter we're hiring two accountants.",
    ])
    func reportedTimeIsNotTiming(text: String) {
        #expect(categories(text).isEmpty, "\(text)")
    }

    @Test("agreement and small talk that only look like objections are not", arguments: [
        "Thursday works fine for us.", "That works for us.", "I'm good with Thursday.", "I'm good, go ahead.",
        "Busy, but good. What's up?", "We're interested, and price isn't an issue.", "I'll pass that on to her.",
        "Sounds good, I'm all set for Thursday at 2.", "I can't afford to miss another close.",
        // Busyness as the pain, not as a reason to stop talking.
        "My team is too busy at month-end to reconcile properly.", "The team is swamped at month-end.",
    ])
    func lookAlikes(text: String) {
        #expect(categories(text).isEmpty, "\(text)")
    }

    @Test("'I'm good, thanks' answering 'how are you?' is small talk, not a brush-off")
    func pleasantryAnswer() {
        let found = Fixtures.objections([
            (.rep, "Hi Jordan, it's Sam from Ledgerly. How are you doing today?"),
            (.prospect, "I'm good, thanks."),
            (.rep, "Great. We help finance teams close faster."),
        ])
        #expect(found.isEmpty)
    }

    @Test("only the prospect raises objections: the rep saying 'too busy this quarter' does not count")
    func repWordsDoNotCount() {
        let found = Fixtures.objections([
            (.rep, "A lot of teams tell me they're too busy this quarter, though, and can't afford to wait."),
            (.prospect, "That makes sense."),
        ])
        #expect(found.isEmpty)
    }

    @Test("one category per turn: 'too pricey', 'too expensive' and 'cheaper' together are one pricing objection")
    func noDoubleCount() {
        #expect(categories("It's too pricey, way too expensive, and the other quote was cheaper.") == [.pricing])
        // Whole words only: a lexicon phrase "cheap" never fires inside "cheaper".
        let lexicon = Lexicon<String>(phrases: ["not cheap"])
        #expect(lexicon.matches(in: TokenizedText("That's not cheaper.")).isEmpty)
    }

    @Test("a time beside a deferral cue in another sentence does not count; in the same sentence it does")
    func cueMustShareTheSentence() {
        #expect(categories("Next quarter we launch in Ohio. Maybe you can help with that.").isEmpty)
        #expect(categories("We launch in Ohio, so maybe next quarter.") == [.timing])
    }
}
