import Testing
@testable import UnderdogDomain

/// Issue 16: a next step read by its structure and function, in wordings no lexicon lists: a proposal that
/// names an event, a date or a period; an open "what next?"; any short yes after it. And communication read
/// by the shape of the talk: an interrogation with hollow acknowledgements, pushing again after a no.
@Suite("Next steps and communication read by their shape")
struct NextStepShapeTests {
    static func analyse(_ lines: [(Speaker, String)], scenario: ScenarioType = .coldCall) throws -> Analysis {
        Analyzer.analyze(transcript: try Transcript(lines), rubric: ContentFiles.rubric, scenario: scenario)
    }

    static let discovery: [(Speaker, String)] = [
        (.rep, "Hi Priya, it's Tom from Tallyhouse. You posted about opening a second clinic in Bristol. Have you got two minutes?"),
        (.prospect, "Two minutes, go on."),
        (.rep, "How are bookings split between the two clinics right now?"),
        (.prospect, "Badly. Reception juggles two diaries and we double book about once a week."),
        (.rep, "So the double bookings land on reception. What does one cost you when it happens?"),
        (.prospect, "An angry patient and usually a refund, so sixty or seventy pounds each time."),
        (.rep, "Practices your size stopped double bookings within a month of moving to one shared diary with us."),
        (.prospect, "That would help, honestly."),
    ]

    @Test("a proposal that names an event and a date, accepted in few words, credits closing", arguments: [
        ("Could we do a screen share before the end of the month?", "Sure, the 28th."),
        ("How would a screen share with you and your practice manager on the 28th sound?", "Go for it."),
        ("What would you like to do next?", "Let's get my practice manager on a video call on the 28th at ten."),
        ("Would the two of you have half an hour on the 28th to see the shared diary?", "Why not. The 28th at ten."),
        ("Shall I show you both the shared diary on the 28th at ten?", "Fine by me."),
    ])
    func proposalAccepted(ask: String, answer: String) throws {
        let analysis = try Self.analyse(Self.discovery + [
            (.rep, ask),
            (.prospect, answer),
            (.rep, "Great. I'll send you both an invite for the 28th at ten this afternoon."),
            (.prospect, "Thanks, bye."),
        ])
        let closing = try #require(analysis.result(for: .closing))
        #expect(closing.score >= 7, "\(ask) / \(answer) → closing \(closing.score): \(closing.evidence.map(\.reason))")
        #expect(closing.evidence.contains { $0.criterion == ClosingCriterion.prospectAgreed.rawValue })
    }

    @Test("a short yes to a proposal is an acceptance", arguments: [
        "Go for it.", "Sure.", "Fine by me.", "Works for me.", "Pencil it in.", "Why not.", "Yeah, go on then.",
        "Lovely, do it.", "Sounds fine.",
    ])
    func shortYes(answer: String) throws {
        let call = CallText(Fixtures.call(Self.discovery + [
            (.rep, "Shall we put half an hour in for a screen share on the 28th at ten?"),
            (.prospect, answer),
        ]))
        let found = ClosingDetector.detect(call, questions: QuestionFinder.questions(in: call),
                                           thresholds: ContentFiles.rubric.closing.thresholds)
        let step = try #require(found.decisive, "no step for \(answer)")
        #expect(step.accepted == true, "\(answer) was not read as a yes")
    }

    @Test("a short no to a proposal is not an acceptance", arguments: [
        "Not this month.", "I'd rather not.", "Can't, sorry.", "Hmm.",
    ])
    func shortNo(answer: String) throws {
        let call = CallText(Fixtures.call(Self.discovery + [
            (.rep, "Shall we put half an hour in for a screen share on the 28th at ten?"),
            (.prospect, answer),
        ]))
        let found = ClosingDetector.detect(call, questions: QuestionFinder.questions(in: call),
                                           thresholds: ContentFiles.rubric.closing.thresholds)
        #expect(found.decisive?.accepted != true, "\(answer) was read as a yes")
    }

    @Test("an interrogation: ten questions in a row, hollow acknowledgements, three-word answers, scores communication ≤ 5")
    func interrogation() throws {
        let questions = [
            "Got it. How many sites do you run?", "Okay. How many vans per site?", "Great. Do you own the vans?",
            "Understood. Who plans the routes?", "Got it. Do you use any software?", "Okay. Is it cloud based?",
            "Great. How many drivers work weekends?", "Right. Do you use telematics?", "Understood. Which provider is that?",
            "Got it. Is the budget set annually?",
        ]
        var lines: [(Speaker, String)] = [
            (.rep, "Hi Dana, it's Lee from Routewise. I just have a few quick questions for you."),
            (.prospect, "Okay, go on."),
        ]
        let answers = ["Three, I think.", "About twenty each.", "Leased, mostly.", "Our planner does.", "Just spreadsheets.",
                       "No idea, sorry.", "Maybe a dozen.", "Yes, we do.", "Some local firm.", "I believe so."]
        for (question, answer) in zip(questions, answers) {
            lines.append((.rep, question))
            lines.append((.prospect, answer))
        }
        let analysis = try Self.analyse(lines)
        let communication = try #require(analysis.result(for: .communication))
        #expect(communication.score <= 5, "interrogation → communication \(communication.score): \(communication.evidence.map(\.reason))")
        #expect(!communication.evidence.contains { $0.criterion == CommunicationCriterion.listening.rawValue && $0.effect.points > 0 })
    }

    @Test("acknowledging what the prospect said, in their own words, is listening")
    func playBack() throws {
        let analysis = try Self.analyse(Self.discovery)
        let communication = try #require(analysis.result(for: .communication))
        #expect(communication.evidence.contains { $0.criterion == CommunicationCriterion.listening.rawValue && $0.effect.points == 1 },
                "\(communication.evidence.map(\.reason))")
    }

    @Test("pushing on after a no, more than once, is combative")
    func pushingPastANo() throws {
        let analysis = try Self.analyse(Array(Self.discovery.prefix(6)) + [
            (.rep, "We can have it running for both clinics before your summer rush. Shall I book the install?"),
            (.prospect, "Not yet, I'd need to run it past my business partner first."),
            (.rep, "It doesn't matter, he'll be fine with it. The onboarding slot won't wait past Friday."),
            (.prospect, "I'd still rather ask him."),
            (.rep, "Couldn't you just text him now? It's one line."),
            (.prospect, "No. Send me something in writing."),
        ])
        let communication = try #require(analysis.result(for: .communication))
        #expect(communication.evidence.contains { $0.criterion == CommunicationCriterion.combative.rawValue },
                "\(communication.evidence.map(\.reason))")
    }

    @Test("a feature dump that dwarfs anything the prospect said costs a monologue, even in a longer call")
    func featureDump() throws {
        let dump = "So Tallyhouse is a complete practice platform. We have online booking, a shared diary, automatic "
            + "reminders by text and email, waiting lists, deposits, a patient portal, digital forms, recalls, reporting "
            + "dashboards, stock control, payroll exports, a mobile app for clinicians, two-factor sign-in, audit trails, "
            + "integrations with the main card terminals and accounting packages, and a support team available seven "
            + "days a week, and we have just launched a new analytics module as well."
        let analysis = try Self.analyse(Array(Self.discovery.prefix(6)) + [
            (.rep, dump),
            (.prospect, "Right. That's a lot."),
            (.rep, "It is. Which of those matters most to you?"),
            (.prospect, "The diary, I suppose."),
        ])
        let communication = try #require(analysis.result(for: .communication))
        #expect(communication.evidence.contains { $0.criterion == CommunicationCriterion.longMonologue.rawValue },
                "\(communication.evidence.map(\.reason))")
    }

    @Test("a deadline the rep invents, in any words, is pressure; the prospect's own deadline is not", arguments: [
        ("The launch bundle runs out on Friday, so I'd grab it now.", true),
        ("Our onboarding slots won't wait past Thursday, I'm afraid.", true),
        ("Since your lease expires in March, shall we plan the switch for February?", false),
    ])
    func inventedDeadline(line: String, pressure: Bool) throws {
        let analysis = try Self.analyse(Self.discovery + [
            (.rep, line),
            (.prospect, "I'll think about it."),
        ])
        let closing = try #require(analysis.result(for: .closing))
        #expect(closing.evidence.contains { $0.criterion == ClosingCriterion.pressure.rawValue } == pressure,
                "\(line) → \(closing.evidence.map(\.reason))")
    }

    @Test("asking leave for this conversation at the start is not a next step")
    func openingLeave() throws {
        let analysis = try Self.analyse([
            (.rep, "Hi Priya, Tom from Tallyhouse again."),
            (.prospect, "Hello Tom."),
            (.rep, "Thanks for the intro call last week. I'd like to go through your diaries in more detail today. Is that all right?"),
            (.prospect, "Fine, go on."),
            (.rep, "How are bookings split between the two clinics right now?"),
            (.prospect, "Badly. Reception juggles two diaries and we double book about once a week."),
            (.rep, "Thanks, that's useful. I'll leave it there for now."),
            (.prospect, "Okay, bye."),
        ])
        let closing = try #require(analysis.result(for: .closing))
        #expect(!closing.evidence.contains { $0.criterion == ClosingCriterion.prospectAgreed.rawValue },
                "\(closing.evidence.map(\.reason))")
    }

    @Test("reading back the time and who is coming confirms the step", arguments: [
        "Brilliant. So that's the 28th at ten, you and Joanne, and I'll bring the diary set up for both clinics.",
        "Lovely. The 28th at ten then, with Joanne joining us from the second clinic.",
        "Great, I'll email you confirming the 28th at ten.",
    ])
    func confirmedByReadBack(line: String) throws {
        let analysis = try Self.analyse(Self.discovery + [
            (.rep, "Could we do a screen share with you and your practice manager on the 28th at ten?"),
            (.prospect, "Go for it."),
            (.rep, line),
            (.prospect, "Great, bye."),
        ])
        let closing = try #require(analysis.result(for: .closing))
        #expect(closing.evidence.contains { $0.criterion == ClosingCriterion.confirmed.rawValue && $0.effect.points > 0 },
                "\(line) → \(closing.evidence.map(\.reason))")
    }
}
