import Foundation
import Testing
@testable import UnderdogDomain

/// The buyer answers what the rep's turn does, read by its shape: talking down is warned before the call ends,
/// an offer told as what would change is a pitch, pressure from a caller who has not said why gets "why?", a
/// vague ask for time is answered as an ask, and a worry the rep has already met in its own words is not raised.
@Suite("The offline buyer keeps the thread of the call")
struct BuyerKeepsTheThreadTests {
    @Test("being talked down to is warned first, and the call ends when it goes on")
    func belittlingIsWarnedThenEnds() throws {
        var engine = try PersonaContent.engine("jasmine-cole.json", opener: "Hi Jasmine, it's Alex from Shipnote, have you got a moment?")
        let first = engine.respond(to: "No offence but you're just the ops lead, I'd rather talk to someone senior.")
        #expect(first.acts.contains(.warning) && first.outcome == .continuing, "\(first)")
        var last = first
        for line in ["Honestly, people in ecommerce are all the same about tools.", "You people never listen, it's your fault the inbox is a mess."]
        where !engine.state.hasEnded {
            last = engine.respond(to: line)
        }
        #expect(last.outcome == .hungUp, "\(last)")
    }

    @Test("a civil caller who has worn the buyer's patience thin is not hung up on, and a question still gets an answer")
    func civilCallerStaysOnTheLine() throws {
        var engine = try PersonaContent.engine("dale-kowalczyk.json", opener: "Morning Dale, it's Chris from Linework, have you got thirty seconds?")
        let ramble = "Our office moved last spring to a bigger building near the ring road, and the founders both came from "
            + "accountancy before starting out, which is a long story involving a sailing trip, a broken laptop and a lot of coffee."
        for _ in 0..<5 { _ = engine.respond(to: ramble) }
        let reply = engine.respond(to: "Sorry, I've gone on. How many people work across your shifts?")
        #expect(reply.outcome == .continuing, "\(reply)")
        #expect(reply.acts.contains(.answer), "\(reply)")
    }

    @Test("an offer told as what would change for them is a pitch and gets a reaction to it")
    func offerAsChangeIsAPitch() throws {
        var engine = try PersonaContent.engine("marcus-oyelaran.json", opener: "Hi Marcus, Jo from Chairfill here. Could I take a minute to say why I'm calling?")
        let reply = engine.respond(to: "With us your receptionists would stop ringing round, since patients would get a text and move the appointment themselves.")
        #expect(reply.acts.contains(.reactToPitch) || reply.acts.contains(.raiseObjection), "\(reply)")
    }

    @Test("pressure from a caller who has not said who they are or why gets asked what the call is about")
    func earlyPressureGetsAskedWhy() throws {
        var engine = try PersonaContent.engine("jasmine-cole.json")
        let reply = engine.respond(to: "Jasmine? I'll need ten minutes of your day, I've got a quota to hit by Friday.")
        #expect(reply.acts.contains(.askPurpose), "\(reply)")
    }

    @Test("a vague ask for time with no day named is answered as an ask, not as a question about their world")
    func vagueAskIsAnAsk() throws {
        var engine = try PersonaContent.engine("jasmine-cole.json", opener: "Hi Jasmine, Sam from Parcelwise. Could I take thirty seconds to say why I'm ringing?")
        _ = engine.respond(to: "How are the where-is-my-order emails handled at the moment?")
        let reply = engine.respond(to: "Could I maybe get a slot in your diary at some point?")
        let slotActs: Set<PersonaReply.Act> = [.acceptSlot, .counterSlot, .declineSlot, .proposeSlot]
        #expect(!slotActs.isDisjoint(with: reply.acts), "\(reply)")
    }

    @Test("a worry the pitch already answers in its own words is not raised against it")
    func answeredWorryIsNotRaised() throws {
        let persona = try PersonaContent.load("dale-kowalczyk.json")
        var engine = try PersonaContent.engine("dale-kowalczyk.json", opener: "Dale, it's Robin from Benchmark. I'm ringing about quoting in machine shops - one question, if that's alright?")
        _ = engine.respond(to: "Who puts your quotes together today?")
        let reply = engine.respond(to: "What we'd do is hold every quote and the estimator's notes in one place for the office, and you keep the whiteboard on the floor as it is.")
        let statusQuo = try #require(persona.objections.first { $0.category == .statusQuo })
        #expect(!reply.text.contains(statusQuo.line), "\(reply)")
    }

    @Test("a short parting line naming the day, after the buyer agreed, ends the call booked")
    func partingAfterAgreementEndsTheCall() throws {
        var played = EngineFixtures.play(Array(EngineFixtures.skilledRep.dropLast()))
        #expect(played.engine.state.meetingAgreed && !played.engine.state.hasEnded)
        let reply = played.engine.respond(to: "Brilliant. Talk Thursday.")
        #expect(reply.outcome == .meetingBooked, "\(reply)")
    }

    @Test("another business's result with its numbers is proof, while numbers inside a feature list are a pitch")
    func resultIsProofFeatureListIsPitch() throws {
        var engine = try PersonaContent.engine("jasmine-cole.json", opener: "Hi Jasmine, Sam from Parcelwise. Could I take thirty seconds to say why I'm ringing?")
        _ = engine.respond(to: "How are the where-is-my-order emails handled at the moment?")
        let proof = engine.respond(to: "A homewares shop shipping roughly three thousand parcels a week saved forty percent of its inbox inside two months.")
        #expect(proof.acts.contains(.reactToProof), "\(proof)")
        var other = try PersonaContent.engine("marcus-oyelaran.json", .closing)
        let pitch = other.respond(to: "It's the lot really: booking, reminders, reviews, card payments and newsletters, across all ten of your sites.")
        #expect(!pitch.acts.contains(.reactToProof), "\(pitch)")
    }
}
