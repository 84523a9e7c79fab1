import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Persona engine")
struct PersonaEngineTests {
    @Test("the rude rep is hung up on, the skilled rep books the meeting, the average rep does neither")
    func threeReps() {
        let rude = EngineFixtures.play(EngineFixtures.rudeRep)
        let average = EngineFixtures.play(EngineFixtures.averageRep)
        let skilled = EngineFixtures.play(EngineFixtures.skilledRep)
        print("--- rude ---\n" + EngineFixtures.render(rude.lines) + "\n state: \(rude.engine.state)")
        print("--- average ---\n" + EngineFixtures.render(average.lines) + "\n state: \(average.engine.state)")
        #expect(rude.last.outcome == .hungUp)
        #expect(rude.last.text == EngineFixtures.persona.hangUp.line)
        #expect(skilled.last.outcome == .meetingBooked)
        #expect(skilled.engine.state.agreedSlot?.spoken == "Thursday at 10am")
        // The buyer agreed to the slot by name, and the call went on so the rep could confirm it.
        let agreed = skilled.lines.first { $0.0 == .prospect && $0.1 == EngineFixtures.persona.acceptLine(slot: "Thursday at 10am") }
        #expect(agreed != nil, "\(EngineFixtures.render(skilled.lines))")
        #expect(skilled.last.acts.contains(.goodbye))
        #expect(average.last.outcome == .continuing)
        #expect(skilled.engine.state.trust > average.engine.state.trust)
        #expect(average.engine.state.trust > rude.engine.state.trust)
    }

    @Test("scored by the analyser, skilled ≥ average ≥ rude wherever their scores differ")
    func analyserAgrees() throws {
        let rubric = EngineFixtures.rubric
        var analyses: [String: Analysis] = [:]
        for (name, script) in [("rude", EngineFixtures.rudeRep), ("average", EngineFixtures.averageRep),
                               ("skilled", EngineFixtures.skilledRep)] {
            let played = EngineFixtures.play(script)
            let transcript = try Transcript(played.lines)
            analyses[name] = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: .coldCall)
        }
        let rude = try #require(analyses["rude"])
        let average = try #require(analyses["average"])
        let skilled = try #require(analyses["skilled"])
        func score(_ analysis: Analysis, _ dimension: ScoringDimension) -> Int {
            analysis.dimensions.first { $0.dimension == dimension }?.score ?? 0
        }
        for dimension in ScoringDimension.allCases {
            let (r, a, s) = (score(rude, dimension), score(average, dimension), score(skilled, dimension))
            print("score \(dimension.rawValue): rude \(r), average \(a), skilled \(s)")
            for (name, analysis) in [("average", average), ("skilled", skilled)] {
                let result = analysis.dimensions.first { $0.dimension == dimension }
                print("  \(name): \(result?.feedback ?? "")")
            }
            if r != a || a != s {
                #expect(s >= a && a >= r, "\(dimension.rawValue): rude \(r), average \(a), skilled \(s)")
            }
        }
        print("score overall: rude \(rude.overallScore), average \(average.overallScore), skilled \(skilled.overallScore)")
        #expect(skilled.overallScore > rude.overallScore)
        #expect(skilled.overallScore >= average.overallScore)
    }

    @Test("the same script gives the same replies and state")
    func deterministic() {
        for script in [EngineFixtures.rudeRep, EngineFixtures.averageRep, EngineFixtures.skilledRep] {
            let first = EngineFixtures.play(script)
            let second = EngineFixtures.play(script)
            #expect(first.lines.map(\.1) == second.lines.map(\.1))
            #expect(first.engine.state == second.engine.state)
        }
    }

    @Test("each objection is raised at most once, however often its trigger comes up")
    func objectionsOnce() {
        var engine = PersonaEngine(persona: EngineFixtures.persona, scenario: .coldCall)
        _ = engine.open()
        let pricingLine = EngineFixtures.persona.objections.first { $0.category == .pricing }!.line
        var pricingReplies = 0
        for line in [
            "Hi Marta, this is Sam from Shiftwise, do you have a minute?",
            "How much do you spend on overtime today?",
            "What would the price of a tool need to be?",
            "What's your budget for this kind of cost?",
            "And what about pricing per site?",
        ] {
            let reply = engine.respond(to: line)
            if reply.text.contains(pricingLine) { pricingReplies += 1 }
        }
        #expect(pricingReplies == 1)
        for script in [EngineFixtures.rudeRep, EngineFixtures.averageRep, EngineFixtures.skilledRep] {
            let raised = EngineFixtures.play(script).engine.state.objectionsRaised
            #expect(raised.count == Set(raised).count)
        }
    }

    @Test("asking for the meeting too early gets the not-yet line and costs patience")
    func tooEarly() {
        var engine = PersonaEngine(persona: EngineFixtures.persona, scenario: .coldCall)
        _ = engine.open()
        _ = engine.respond(to: "Hi Marta, this is Sam from Shiftwise. Do you have a minute?")
        let before = engine.state.patience
        let reply = engine.respond(to: "Great. Can we book a demo on Thursday at 2pm?")
        #expect(reply.text.hasSuffix(EngineFixtures.persona.meeting.notYetLine) && reply.text.contains("Thursday at 2pm"))
        #expect(reply.acts == [.declineSlot])
        #expect(reply.outcome == .continuing)
        #expect(engine.state.patience < before)
        // Asking again straight away does not repeat the same line.
        let again = engine.respond(to: "Could we do a quick call tomorrow at 10am?")
        #expect(again.text != reply.text)
    }

    @Test("a discovery question gets the matching fact's answer and covers the topic")
    func discoveryFact() {
        var engine = PersonaEngine(persona: EngineFixtures.persona, scenario: .coldCall)
        _ = engine.open()
        _ = engine.respond(to: "Hi Marta, this is Sam from Shiftwise. Do you have a minute?")
        let trust = engine.state.trust
        let reply = engine.respond(to: "How are you handling temperature audits at the moment?")
        #expect(reply.text.contains(EngineFixtures.persona.facts[1].answer))
        #expect(engine.state.topicsCovered.contains("compliance"))
        #expect(engine.state.trust > trust)
        // Asked again, the persona refers back instead of repeating itself word for word.
        let again = engine.respond(to: "So what happened with those audits?")
        #expect(again.text.hasPrefix("Like I said"))
    }

    @Test("after the call ended, respond returns the ending reply again and the state stays put")
    func afterTheEnd() {
        let rude = EngineFixtures.play(EngineFixtures.rudeRep)
        var engine = rude.engine
        let state = engine.state
        let after = engine.respond(to: "Hello? Are you still there?")
        #expect(after == rude.last)
        #expect(engine.state == state)

        var booked = EngineFixtures.play(EngineFixtures.skilledRep).engine
        let last = booked.state.lastReply
        let reply = booked.respond(to: "One more thing about pricing.")
        #expect(reply.outcome == .meetingBooked)
        #expect(reply.text == last)
    }

    @Test("an unresolved objection blocks the meeting; answering it lets the meeting through")
    func objectionBlocks() {
        var engine = PersonaEngine(persona: EngineFixtures.persona, scenario: .objection)
        _ = engine.open()
        // The opener is answered; the scenario's first objection comes with the second reply.
        let first = engine.respond(to: "Hi Marta, this is Sam from Shiftwise.")
        #expect(first.acts == [.askPurpose])
        let second = engine.respond(to: "We make scheduling software for warehouses.")
        #expect(second.text == EngineFixtures.persona.objections[0].line)
        #expect(engine.state.pendingObjection == .brushOff)
        let blocked = engine.respond(to: "Can we set up a call on Friday at 11am?")
        #expect(blocked.outcome == .continuing)
        #expect(blocked.text != EngineFixtures.persona.meeting.acceptLine)
        _ = engine.respond(to: "Fair enough. Quick question before you go: how much overtime did your shifts run last quarter?")
        #expect(engine.state.pendingObjection == nil)
        #expect(engine.state.objectionsResolved.contains(.brushOff))
    }

    @Test("a gatekeeper screens for a name and a reason before booking the call")
    func gatekeeper() {
        var engine = PersonaEngine(persona: EngineFixtures.persona, scenario: .gatekeeper)
        let greeting = engine.open()
        #expect(greeting.text == EngineFixtures.persona.greeting)
        let screened = engine.respond(to: "Hi, can you put me through to the operations director?")
        #expect(screened.outcome == .continuing)
        #expect(screened.acts == [.askPurpose])
        _ = engine.respond(to: "Sorry, of course. This is Sam Rivera from Shiftwise.")
        #expect(engine.state.callerIdentified)
        _ = engine.respond(to: "The reason I'm calling is that we help cold-storage sites cut overtime on night shifts, and I saw you're opening Tacoma. Thank you for your help.")
        #expect(engine.state.reasonGiven)
        let booked = engine.respond(to: "Could you help me find a time for a short call with Dev on Thursday at 10am?")
        #expect(booked.outcome == .continuing && booked.acts.contains(.putThrough) && booked.text.contains("Thursday at 10am"))
        let bye = engine.respond(to: "Thank you so much, have a good day.")
        #expect(bye.outcome == .meetingBooked)
    }

    @Test("a closing call starts warmer, with part of the ground covered")
    func closingStartsWarmer() {
        let cold = PersonaEngine(persona: EngineFixtures.persona, scenario: .coldCall)
        let closing = PersonaEngine(persona: EngineFixtures.persona, scenario: .closing)
        #expect(closing.state.trust > cold.state.trust)
        #expect(closing.state.topicsCovered.contains("staffing"))
        #expect(cold.state.topicsCovered.isEmpty)
    }

    @Test("shouting, insults and monologues cost patience")
    func toneCosts() {
        var engine = PersonaEngine(persona: EngineFixtures.persona, scenario: .coldCall)
        _ = engine.open()
        let start = engine.state.patience
        _ = engine.respond(to: "LISTEN TO ME, THIS IS IMPORTANT AND YOU NEED IT.")
        #expect(engine.state.patience <= start - 2)
        var talker = PersonaEngine(persona: EngineFixtures.persona, scenario: .coldCall)
        _ = talker.open()
        let monologue = Array(repeating: "our platform has many features and integrations and dashboards", count: 8).joined(separator: " ")
        _ = talker.respond(to: monologue)
        #expect(talker.state.patience <= start - 1.5)
    }

    @Test("blank, unpunctuated and very long input get sensible replies, never a crash")
    func odditiesInInput() {
        var engine = PersonaEngine(persona: EngineFixtures.persona, scenario: .coldCall)
        _ = engine.open()
        let blank = engine.respond(to: "   ")
        #expect(blank.outcome == .continuing)
        #expect(!blank.text.isEmpty)
        let spoken = engine.respond(to: "hi marta this is sam from shiftwise how are you building shift schedules right now")
        #expect(spoken.text.contains("Overtime is killing us"))
        let huge = String(repeating: "we have a platform with dashboards and integrations ", count: 2_000)
        let reply = engine.respond(to: huge)
        #expect(!reply.text.isEmpty)
        #expect(engine.state.patience < EngineFixtures.persona.patience.asDouble)
    }

    @Test("time per turn (printed, not asserted) and the skilled dialogue")
    func timingAndSample() {
        let clock = ContinuousClock()
        var turns = 0
        let rounds = 200
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for script in [EngineFixtures.rudeRep, EngineFixtures.averageRep, EngineFixtures.skilledRep] {
                    let played = EngineFixtures.play(script)
                    turns += played.lines.count / 2
                }
            }
        }
        let perTurn = elapsed / max(turns, 1)
        print("persona engine: \(turns) turns in \(elapsed), \(perTurn) per turn (includes engine construction)")
        var engines = Array(repeating: PersonaEngine(persona: EngineFixtures.persona, scenario: .coldCall), count: rounds)
        var replies = 0
        let respondOnly = clock.measure {
            for index in engines.indices {
                _ = engines[index].open()
                for line in EngineFixtures.skilledRep {
                    _ = engines[index].respond(to: line)
                    replies += 1
                }
            }
        }
        print("persona engine: respond(to:) alone \(respondOnly / max(replies, 1)) per turn over \(replies) turns")
        let skilled = EngineFixtures.play(EngineFixtures.skilledRep)
        print("--- skilled rep sample dialogue ---\n" + EngineFixtures.render(skilled.lines)
              + "\n--- outcome: \(skilled.last.outcome.rawValue); state: \(skilled.engine.state)")
        #expect(turns > 0)
    }
}

private extension Int {
    var asDouble: Double { Double(self) }
}
