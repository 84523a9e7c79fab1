import Foundation
import Testing
@testable import UnderdogDomain

/// The misfits a new user met with the offline buyer, each replayed in other words: the reply must answer the
/// rep's move, not a keyword in it.
@Suite("The offline buyer answers the rep's move")
struct BuyerAnswersTheMoveTests {
    static func jasmine() throws -> PersonaEngine {
        var engine = PersonaEngine(persona: try PersonaContent.load("jasmine-cole.json"), scenario: .coldCall)
        _ = engine.open()
        _ = engine.respond(to: "Hi Jasmine, Sam from Parcelwise here. I know you're busy - could I take thirty seconds to say why I'm ringing?")
        return engine
    }

    @Test("a question about tracking emails gets the answer about emails, not the team's size")
    func emailsNotHeadcount() throws {
        var engine = try Self.jasmine()
        let reply = engine.respond(to: "How does your team cope with all the 'where is my parcel' messages coming in?")
        #expect(reply.act == .answer && reply.text.contains("support emails"), "\(reply.text)")
        #expect(!reply.text.contains("Twelve in my team"))
    }

    @Test("a question about the busiest weekend of the year gets the peak story, not an objection")
    func peakNotTiming() throws {
        var engine = try Self.jasmine()
        let reply = engine.respond(to: "What happened over Black Friday last year?")
        #expect(reply.acts.first == .answer && reply.text.contains("backlog"), "\(reply)")
    }

    @Test("who decides and whether money is set aside is answered as asked, not with the previous answer")
    func decisionAndBudget() throws {
        var engine = try Self.jasmine()
        _ = engine.respond(to: "And what went wrong at peak last year?")
        let reply = engine.respond(to: "Who else would have a say on something like this, and is there money set aside for it?")
        #expect(reply.act == .answer, "\(reply)")
        #expect(reply.text.contains("my call") || reply.text.contains("budget"), "\(reply)")
        #expect(!reply.text.contains("backlog"))
    }

    @Test("a pitch backed by a customer's result gets a reaction to that proof")
    func proofIsHeard() throws {
        var engine = try Self.jasmine()
        _ = engine.respond(to: "How do customer emails about orders get answered today?")
        let reply = engine.respond(to: "One of our customers, a kitchenware shop about your size, cut their parcel-chasing emails by 40 percent in the first month.")
        #expect(reply.acts.contains(.reactToProof) || reply.acts.contains(.objectionResolved), "\(reply)")
        #expect(!reply.text.contains("address my concern"))
    }

    @Test("two offered days get an answer about those days, and a busy day gets a counter by name")
    func offeredSlots() throws {
        let persona = try PersonaContent.load("jasmine-cole.json")
        var engine = try Self.jasmine()
        _ = engine.respond(to: "How are the order-status emails handled now?")
        _ = engine.respond(to: "And with Black Friday coming, what did last year's peak do to the inbox?")
        let busy = persona.calendar.busyDays.first!.capitalized
        let free = ["Tuesday", "Wednesday", "Monday", "Friday", "Thursday"].first { !persona.calendar.busyDays.contains($0.lowercased()) }!
        let reply = engine.respond(to: "Would \(free) or \(busy) at 2pm work for half an hour to look at it properly?")
        #expect(reply.acts.first == .acceptSlot || reply.acts.first == .counterSlot || reply.acts.first == .declineSlot, "\(reply)")
        #expect(reply.text.contains(free) || reply.text.contains(busy), "\(reply)")

        var counter = try Self.jasmine()
        _ = counter.respond(to: "How are the order-status emails handled now?")
        _ = counter.respond(to: "And with Black Friday coming, what did last year's peak do to the inbox?")
        let countered = counter.respond(to: "Could we do \(busy) at 11am for a short call?")
        if countered.act == .counterSlot {
            #expect(countered.text.contains(busy) && countered.text.contains(MeetingSlot.parse(persona.calendar.counterSlot)[0].day!))
        } else {
            #expect(countered.act == .declineSlot && countered.text.contains(busy), "\(countered)")
        }
    }

    @Test("after agreeing, the buyer lets the rep confirm, and the call ends booked on the goodbye")
    func confirmBeforeTheEnd() throws {
        var engine = PersonaEngine(persona: try PersonaContent.load("marcus-oyelaran.json"), scenario: .closing)
        _ = engine.open()
        _ = engine.respond(to: "Hi Marcus, it's Sam from Brightline again, following up on our chat about no-shows.")
        _ = engine.respond(to: "How many hygiene slots go empty across the clinics in a normal week?")
        _ = engine.respond(to: "And how do the clinics send reminders at the moment?")
        let yes = engine.respond(to: "Would Tuesday at 3pm work for a half-hour call with you and Claire?")
        #expect(yes.act == .acceptSlot && yes.outcome == .continuing && yes.text.contains("Tuesday at 3pm"), "\(yes)")
        let confirmed = engine.respond(to: "Lovely. I'll send the invite to you and Claire for Tuesday at 3pm; anything you want me to prepare?")
        #expect(confirmed.acts.contains(.confirm) && confirmed.text.contains("Tuesday at 3pm") && confirmed.outcome == .continuing, "\(confirmed)")
        let bye = engine.respond(to: "Brilliant, thanks Marcus. Speak Tuesday.")
        #expect(bye.outcome == .meetingBooked && bye.act == .goodbye, "\(bye)")
    }

    @Test("a gatekeeper does not put a caller through on a name alone")
    func gatekeeperHasABar() throws {
        let persona = try PersonaContent.load("nora-kealy.json")
        var engine = PersonaEngine(persona: persona, scenario: .gatekeeper)
        _ = engine.open()
        _ = engine.respond(to: "Hi, it's Alex from Tally Systems.")
        let early = engine.respond(to: "Can you put me through to Tom please?")
        #expect(!early.acts.contains(.putThrough) && !engine.state.meetingAgreed, "\(early)")
        _ = engine.respond(to: "Of course. I'm calling because we help builders stop losing money on unrecorded variations and cut the Monday timesheet typing.")
        let through = engine.respond(to: "Would you be able to book me in with Tom for fifteen minutes on Tuesday at half four?")
        #expect(through.acts.contains(.acceptSlot) || through.acts.contains(.putThrough), "\(through)")
        #expect(through.text.contains("Tuesday"), "\(through)")
    }

    @Test("every practice call comes with a brief: who the rep calls from, what they sell, and what the call is for")
    func briefs() throws {
        for persona in try PersonaContent.loadAll() {
            #expect(!persona.brief.seller.isEmpty && persona.brief.product.count > 20)
            for scenario in persona.scenarios { #expect((persona.brief.goal(for: scenario) ?? "").count > 10, "\(persona.id) \(scenario)") }
            #expect(PersonaPrompt.system(persona: persona, scenario: persona.scenarios[0]).contains(persona.brief.product))
        }
    }
}
