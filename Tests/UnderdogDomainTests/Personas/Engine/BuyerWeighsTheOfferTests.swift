import Foundation
import Testing
@testable import UnderdogDomain

/// Follow-ups no fact answers get an honest reply from what hurts; pressure of the kind a persona will not stand
/// is warned; a rep who confirms a meeting while a worry is open gets the meeting with the worry named.
@Suite("The offline buyer weighs what it hears")
struct BuyerWeighsTheOfferTests {
    @Test("a follow-up pointing back at the fact just told is answered from it, not with a shrug")
    func followUpPointsBack() throws {
        var engine = try PersonaContent.engine("dale-kowalczyk.json")
        _ = engine.respond(to: "Hi Dale, it's Sam from Shopline, we work with machine shops on quoting. Got a minute?")
        _ = engine.respond(to: "Who puts your quotes together at the moment?")
        let reply = engine.respond(to: "One man holding all that. What is the plan for when he steps back?")
        #expect(reply.acts.contains(.answer), "\(reply)")
        #expect(reply.text.contains("summer") || reply.text.contains("retire"), "\(reply)")
    }

    @Test("pressure to sign of the kind the persona's hang-up terms name is warned")
    func namedPressureIsWarned() throws {
        var engine = try PersonaContent.engine("graham-whitley.json", .closing)
        _ = engine.respond(to: "Good afternoon Graham, it's Ravi from Clearform, following up on last week's call.")
        let reply = engine.respond(to: "If you can sign before the end of the month, I'll hold this year's price for you.")
        #expect(reply.acts.contains(.warning), "\(reply)")
    }

    @Test("a rep who confirms the meeting while a worry is open gets it, with the worry named for the meeting")
    func confirmWithWorryOpen() throws {
        var engine = try PersonaContent.engine("graham-whitley.json", .closing)
        _ = engine.respond(to: "Good afternoon Graham, it's Ravi from Clearform, following up on last week's call.")
        engine.state.adjustTrust(10)
        let raised = engine.raise(.pricing)
        let line = try #require(raised)
        engine.state.meetingAsks = 1
        engine.lastOfferedSlot = MeetingSlot.parse("Tuesday at 3pm").first
        let reply = engine.respond(to: "I'll send the invitation through Ruth. Shall I put the other partner on it too?")
        #expect(reply.acts.contains(.confirm) && reply.acts.contains(.keepObjection), "\(reply)")
        #expect(reply.text.contains(line), "\(reply)")
        #expect(engine.state.meetingAgreed)
    }
}
