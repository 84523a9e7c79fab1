import Foundation
import Testing
@testable import UnderdogDomain

/// The buyer holds its ground: the limits its file names are warned and then end the call, a dodge leaves the
/// concern standing and said again, a caller who has not said what the call is about is asked, a plain question
/// gets its answer with no filler in front, and a gatekeeper offers the boss's diary only once it is asked for.
@Suite("The offline buyer holds its ground")
struct BuyerHoldsItsGroundTests {
    @Test("a discount for signing by a date is warned, and leaning again after the warning ends the call")
    func signNowDiscountIsWarnedThenEnds() throws {
        var engine = try PersonaContent.engine("sofia-marchetti.json", .objection, opener: "Hi Sofia, it's Lee from Venuely, following up on your note about our pricing.")
        let first = engine.respond(to: "Tell you what, sign before the end of the week and I'll knock thirty percent off.")
        #expect(first.acts.contains(.warning) && first.outcome == .continuing, "\(first)")
        let second = engine.respond(to: "Honestly, the price goes back up on Monday, so sign this week and we're sorted.")
        #expect(second.outcome == .hungUp, "\(second)")
    }

    @Test("setting the buyer's price question aside does not settle it: the worry is said again")
    func priceSetAsideStaysOpen() throws {
        var engine = try PersonaContent.engine("helena-voss.json", .objection, opener: "Helena, it's Sam from Signalpath, about the pricing you flagged. Two minutes?")
        let reply = engine.respond(to: "Absolutely, I understand. Leaving cost aside for now, let me tell you about our brand new coaching module, it's really something.")
        #expect(reply.acts.contains(.keepObjection), "\(reply)")
        #expect(reply.text.contains("double"), "\(reply)")
        #expect(engine.state.pendingObjection == .pricing)
    }

    @Test("an opener that gives neither a name nor a reason is asked what the call is about")
    func bareOpenerIsAskedItsPurpose() throws {
        var engine = try PersonaContent.engine("graham-whitley.json")
        let reply = engine.respond(to: "Good afternoon Mr Whitley, have I caught you at a good moment?")
        #expect(reply.acts.contains(.askPurpose), "\(reply)")
        var other = try PersonaContent.engine("marcus-oyelaran.json")
        let vague = other.respond(to: "Hi Marcus, Jo here from Brightrecall. I just wanted to touch base really.")
        #expect(vague.acts.contains(.askPurpose), "\(vague)")
        #expect(!vague.acts.contains(.sendInfo), "\(vague)")
    }

    @Test("a plain question is answered without an acknowledgement put in front of it")
    func noFillerBeforeAnAnswer() throws {
        var engine = try PersonaContent.engine("marcus-oyelaran.json", opener: "Hi Marcus, it's Jo from Brightrecall, I'm calling about hygiene recalls. Have you got a minute?")
        _ = engine.respond(to: "How do the clinics chase recalls at the moment?")
        let reply = engine.respond(to: "You said the recalls sit with receptionists. How many clinics does that cover?")
        #expect(reply.acts.contains(.answer), "\(reply)")
        for filler in persona(engine).voice.reactionWarm + persona(engine).voice.reactionNeutral {
            #expect(!reply.text.hasPrefix(filler), "\(reply)")
        }
    }

    private func persona(_ engine: PersonaEngine) -> Persona { engine.persona }

    @Test("a gatekeeper convinced by the reason does not offer a slot until the caller asks for time")
    func gatekeeperWaitsToBeAskedForTime() throws {
        var engine = try PersonaContent.engine("ruth-ebenezer.json", .gatekeeper, opener: "Hello Ruth, it's Ali Brook from Verity Check, calling for Graham Whitley.")
        let told = engine.respond(to: "To be upfront it's a cold call: we help accountancy firms with client onboarding, ID checks and engagement letters, so new clients are set up in days.")
        #expect(told.acts.contains(.putThrough), "\(told)")
        #expect(!told.acts.contains(.proposeSlot) && MeetingSlot.parse(told.text).isEmpty, "\(told)")
        let asked = engine.respond(to: "Could you find me twenty minutes with him one afternoon?")
        #expect(asked.acts.contains(.proposeSlot) || asked.acts.contains(.acceptSlot), "\(asked)")
    }

    @Test("asking for the boss's mobile is refused in the gatekeeper's own words, and insisting ends the call")
    func insistingOnTheMobileEndsTheCall() throws {
        var engine = try PersonaContent.engine("nora-kealy.json", .gatekeeper, opener: "Hi, it's Pat from Sitefile, for Tom Brannigan please.")
        let first = engine.respond(to: "Could you just give me his mobile number and I'll catch him on site?")
        #expect(first.outcome == .continuing, "\(first)")
        #expect(first.text.contains("site"), "\(first)")
        let second = engine.respond(to: "I really do need that mobile number.")
        #expect(second.outcome == .hungUp, "\(second)")
    }

    @Test("a price said out loud is weighed against what the buyer can spend")
    func priceToldIsWeighed() throws {
        var engine = try PersonaContent.engine("priya-natarajan.json", opener: "Hi Priya, it's Max from Loadwise, I'm calling about re-keying orders into the carrier portal.")
        let reply = engine.respond(to: "It comes to twenty-two thousand pounds a year for the three depots.")
        #expect(reply.acts.contains(.raiseObjection), "\(reply)")
        #expect(reply.text.contains("ten grand"), "\(reply)")
    }

    @Test("a gatekeeper asked whether the boss is in, or for whoever does a job, screens the caller; a message left is taken")
    func gatekeeperScreensRequests() throws {
        var nora = try PersonaContent.engine("nora-kealy.json", .gatekeeper)
        let someone = nora.respond(to: "Morning, could I speak to the person who deals with your accounts software?")
        #expect(someone.acts.contains(.askPurpose), "\(someone)")
        var other = try PersonaContent.engine("nora-kealy.json", .gatekeeper)
        let isHeIn = other.respond(to: "Is Tom in today? It's Robin from Sitefile, about getting variations on site paid.")
        #expect(isHeIn.acts.contains(.putThrough) || isHeIn.acts.contains(.takeMessage), "\(isHeIn)")
        var ruth = try PersonaContent.engine("ruth-ebenezer.json", .gatekeeper, opener: "Hello, it's Chris from Verity Check, for Graham Whitley please.")
        let message = ruth.respond(to: "Would you mind letting him know I called?")
        #expect(message.acts.contains(.takeMessage), "\(message)")
    }

    @Test("an offer closed with a short check ('Worth a look?') is reacted to as a pitch, not answered with a fact")
    func pitchWithACheckIsAPitch() throws {
        var engine = try PersonaContent.engine("marcus-oyelaran.json", opener: "Morning Marcus, it's Jo from Brightrecall, ringing about recalls and no-shows. Have you got a minute?")
        let reply = engine.respond(to: "We'd text every patient their recall from the practice software and give you a single no-show report across the group. Sound useful?")
        #expect(reply.acts.contains(.reactToPitch), "\(reply)")
        #expect(!reply.acts.contains(.answer), "\(reply)")
    }

    @Test("a claim with nothing behind it ('loads of firms like yours love it') does not settle a concern")
    func hollowClaimSettlesNothing() throws {
        var engine = try PersonaContent.engine("priya-natarajan.json", .objection, opener: "Priya, it's Max from Loadwise, following up on what you said about peak.")
        #expect(engine.state.pendingObjection != nil)
        let pending = engine.state.pendingObjection
        let reply = engine.respond(to: "Honestly, loads of firms like yours have switched and they love it.")
        #expect(reply.acts.contains(.keepObjection), "\(reply)")
        #expect(engine.state.pendingObjection == pending)
    }

    @Test("a rep confirming a day they name now gets that day confirmed, and a day the buyer cannot do is never confirmed")
    func confirmsTheDayNamedNow() throws {
        var engine = try PersonaContent.engine("helena-voss.json", .closing, opener: "Helena, it's Sam from Signalpath, following up on the pilot idea.")
        _ = engine.respond(to: "Would Thursday afternoon work for a working session?")
        let moved = engine.respond(to: "Tuesday at eleven is good then. I'll send the agenda the day before.")
        #expect(moved.text.contains("Tuesday"), "\(moved)")
        #expect(!moved.text.contains("Thursday") || !moved.acts.contains(.confirm), "\(moved)")
    }

    @Test("running down the tool the buyer pays for, or lecturing them on their own trade, is warned as the file's limits say")
    func namedLimitsAreWarned() throws {
        var helena = try PersonaContent.engine("helena-voss.json", opener: "Helena, it's Sam from Signalpath, about forecast accuracy. Two minutes?")
        let tool = helena.respond(to: "To be blunt, HubSpot's forecasting is junk and nobody serious relies on it.")
        #expect(tool.acts.contains(.warning), "\(tool)")
        var marcus = try PersonaContent.engine("marcus-oyelaran.json", opener: "Marcus, it's Jo from Brightrecall, about no-shows. Got a minute?")
        let lecture = marcus.respond(to: "First, let me explain how a dental practice actually works when it runs well.")
        #expect(lecture.acts.contains(.warning), "\(lecture)")
    }
}
