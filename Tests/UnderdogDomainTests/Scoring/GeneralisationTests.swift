import Foundation
import Testing
@testable import UnderdogDomain

/// The failures a new user met, in wordings no lexicon lists: the analyser must read them by their shape.
@Suite("Scoring reads moves by their shape, not their wording")
struct GeneralisationTests {
    static func analyse(_ lines: [(Speaker, String)], scenario: ScenarioType = .coldCall) throws -> Analysis {
        Analyzer.analyze(transcript: try Transcript(lines), rubric: ContentFiles.rubric, scenario: scenario)
    }

    static let bookedOpening: [(Speaker, String)] = [
        (.rep, "Hi Morgan, Jamie from Brightline Freight. I'm ringing because you posted about the second warehouse in Leeds. Got a minute?"),
        (.prospect, "A minute, go on."),
        (.rep, "How are you planning routes across both sites at the moment?"),
        (.prospect, "Spreadsheets and a lot of phone calls. Our planner is stretched thin."),
        (.rep, "What happens on a bad day, when a driver calls in sick?"),
        (.prospect, "We miss delivery windows and customers shout at us."),
        (.rep, "Distributors your size cut missed windows by about a third with us inside a quarter."),
        (.prospect, "If that's true, it'd help."),
    ]

    @Test("a booked meeting credits closing whatever the ask's wording", arguments: [
        "Would it be worth a twenty-minute call on Tuesday with you and your planner?",
        "Is it worth us sitting down with your planner for half an hour on Wednesday at ten?",
        "Fancy a proper look at your routes together, say Thursday afternoon at three?",
        "Might it make sense to get your planner on a video chat this Friday at nine thirty?",
    ])
    func bookedMeeting(ask: String) throws {
        let analysis = try Self.analyse(Self.bookedOpening + [
            (.rep, ask),
            (.prospect, "Yes, alright, that works. Go on then."),
            (.rep, "Brilliant. I'll email you both an invite with a short agenda this afternoon."),
            (.prospect, "Fine, speak then."),
        ])
        let closing = try #require(analysis.result(for: .closing))
        #expect(closing.score >= 7, "\(ask) → closing \(closing.score): \(closing.feedback)")
    }

    @Test("pushback is an objection however it is put", arguments: [
        ("Don't tell me what I need. You've known me thirty seconds.", ObjectionCategory.brushOff),
        ("How is that different from what we do now?", .statusQuo),
        ("You still haven't said what this saves my desk.", .statusQuo),
        ("Stop pitching me, honestly.", .brushOff),
        ("And why would that be any better than the system we've already got?", .statusQuo),
        ("You haven't actually explained what changes for my team.", .statusQuo),
    ])
    func pushback(line: String, category: ObjectionCategory) throws {
        let analysis = try Self.analyse([
            (.rep, "Hi Alex, Sam from Ledgerly. We help growing firms close their books faster. Have you got a minute?"),
            (.prospect, "Quickly."),
            (.rep, "What you need is automated reconciliation, it's the obvious fix."),
            (.prospect, line),
            (.rep, "Fair enough. How does month-end run for you today?"),
            (.prospect, "Two people and spreadsheets."),
        ])
        #expect(analysis.objections.contains { $0.category == category }, "\(line) → \(analysis.objections.map(\.category))")
        #expect(analysis.result(for: .objectionHandling)?.judged == true)
    }

    @Test("resistance is read by its function: doubt, refusal foretold, habit, a past attempt, a bad time, a challenge", arguments: [
        ("Honestly, I'm not sure we'd get our money's worth out of it.", ObjectionCategory.pricing),
        ("Our people are used to the old way and they won't thank me for changing it.", .statusQuo),
        ("That's a big ask for a team our size.", .statusQuo),
        ("I can't see the board going for it.", .authority),
        ("We looked at something similar last year and it went nowhere.", .statusQuo),
        ("Look, I've got ten other things on fire this month.", .timing),
        ("What makes you think we need any help with routing?", .statusQuo),
        ("Our planner would never use another tool.", .statusQuo),
        ("It all sounds a bit pie in the sky to me.", .statusQuo),
        ("Why would I pay for something my spreadsheet does for free?", .pricing),
        ("We're in the middle of a restructure, so the timing is terrible.", .timing),
        ("The number's nearly double what we pay the bureau.", .pricing),
        ("We've been with our current broker for eleven years.", .statusQuo),
    ])
    func resistanceByFunction(line: String, category: ObjectionCategory) throws {
        let analysis = try Self.analyse(Array(Self.bookedOpening.prefix(4)) + [
            (.prospect, line),
            (.rep, "That's fair. What would it need to show you to be worth a look?"),
            (.prospect, "Fewer missed windows, mostly."),
        ])
        #expect(analysis.objections.map(\.category) == [category], "\(line) → \(analysis.objections.map(\.category))")
    }

    @Test("agreement, setting a point aside and describing their world are not resistance", arguments: [
        "No, I think that's it. I'm comfortable with the rest.",
        "Yeah, there is. So, what happens now?",
        "It's not the price, the price is fine.",
        "The tool won't sync back to our accounts, so we re-key everything.",
        "That works for us.",
    ])
    func notResistance(line: String) throws {
        let analysis = try Self.analyse(Array(Self.bookedOpening.prefix(4)) + [
            (.prospect, line),
            (.rep, "Got it. How many people re-key it?"),
            (.prospect, "Two of us."),
        ])
        #expect(analysis.objections.isEmpty, "\(line) → \(analysis.objections.map(\.phrase))")
    }

    @Test("a good gatekeeper call is not docked for the discovery it does not need")
    func gatekeeperNeedsNoDiscovery() throws {
        let lines: [(Speaker, String)] = [
            (.prospect, "Good morning, Harlow Dental Group, Priya speaking."),
            (.rep, "Morning Priya, Tom Reed from Clearbook. Hoping you can point me the right way: who looks after the appointment system for your practices?"),
            (.prospect, "That's our practice manager, Denise Okafor. What's it regarding?"),
            (.rep, "Fair question. We help dental groups cut no-shows, and I'd like ten minutes with Denise to see if it's relevant. Is she easier to catch mornings or afternoons?"),
            (.prospect, "Mornings, before clinics. She's in from eight."),
            (.rep, "Thank you, that helps. Could you pop me into her diary for Wednesday at eight fifteen?"),
            (.prospect, "I can do eight fifteen Wednesday. What number should she expect?"),
            (.rep, "This one. I'll send her a short email too so she knows what it's about. Thanks so much, Priya."),
            (.prospect, "No problem, bye now."),
        ]
        let asGatekeeper = try Self.analyse(lines, scenario: .gatekeeper)
        let discovery = try #require(asGatekeeper.result(for: .discovery))
        #expect(!discovery.judged, "\(discovery.score): \(discovery.feedback)")
        let asColdCall = try Self.analyse(lines, scenario: .coldCall)
        #expect(asGatekeeper.overallScore > asColdCall.overallScore)
        #expect(try #require(asGatekeeper.result(for: .closing)).score >= 7)
    }

    @Test("a dimension that did not come up weighs nothing in the overall score")
    func unjudgedWeighsNothing() throws {
        let analysis = try Self.analyse(Self.bookedOpening + [
            (.rep, "Would it be worth a twenty-minute call on Tuesday at two with your planner?"),
            (.prospect, "Yes, Tuesday at two."),
        ])
        let objection = try #require(analysis.result(for: .objectionHandling))
        #expect(!objection.judged)
        let judged = analysis.dimensions.filter(\.judged)
        let weights = judged.map { ContentFiles.rubric.weight(of: $0.dimension, in: .coldCall) }
        let mean = zip(judged, weights).reduce(0.0) { $0 + Double($1.0.score) * $1.1 } / weights.reduce(0, +)
        #expect(analysis.overallScore == Score.round(Analyzer.spread(mean)))
    }

    @Test("contempt is rude however it is worded", arguments: [
        "Right, sweetie, just get him on the line.",
        "You're a receptionist, your job is to connect calls, not to vet them.",
        "It's not really any of your business what it's about.",
        "Don't you dare put me on hold again.",
    ])
    func contempt(line: String) throws {
        let analysis = try Self.analyse([
            (.prospect, "Good afternoon, Fairway Logistics, Nadia speaking."),
            (.rep, "Yeah, it's Craig from Boxline, I need your operations director on the phone about your pallet contract."),
            (.prospect, "May I ask what it's regarding? He doesn't take calls without an appointment."),
            (.rep, "It's regarding the pallet contract, like I said, and he'll want to hear it. " + line),
            (.prospect, "I'm ending this call now."),
        ], scenario: .gatekeeper)
        let communication = try #require(analysis.result(for: .communication))
        #expect(communication.evidence.contains { $0.criterion == "rude" }, "\(line) → \(communication.evidence.map(\.reason))")
    }

    @Test("a pet word is not contempt when it is not a name for them")
    func loveIsNotAlwaysContempt() throws {
        let analysis = try Self.analyse([
            (.rep, "Hi Dana, Sam from Ledgerly. I'd love to show you how teams close their books in two days. Got a minute?"),
            (.prospect, "Go on."),
        ])
        #expect(!(analysis.result(for: .communication)?.evidence.contains { $0.criterion == "rude" } ?? true))
    }
}
