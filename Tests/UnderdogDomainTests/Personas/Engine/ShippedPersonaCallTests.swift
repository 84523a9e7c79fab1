import Foundation
import Testing
@testable import UnderdogDomain

/// Every shipped persona, played whole: a skilled rep who researched the buyer books a meeting with each one, a
/// rude rep is hung up on by each one, and the buyer's replies are the buyer's own.
@Suite("Shipped personas, played")
struct ShippedPersonaCallTests {
    /// A skilled rep: asks for a moment, says why, asks about two things the buyer cares about and who decides,
    /// answers whatever concern is raised with what meets it, offers a free slot, confirms it, and says goodbye.
    /// The lines are built from the persona file, as a rep who did their homework would.
    static func skilledCall(_ persona: Persona, scenario: ScenarioType) -> (lines: [(Speaker, String)], engine: PersonaEngine, agreedAt: Int?) {
        var engine = PersonaEngine(persona: persona, scenario: scenario)
        var lines: [(Speaker, String)] = [(.prospect, engine.open().text)]
        let first = persona.gatekeeper?.bossFirstName ?? persona.name.split(separator: " ").first.map(String.init) ?? persona.name
        let cares = persona.cares.map { $0.keywords.first ?? $0.topic }
        let free = ["tuesday", "wednesday", "thursday", "monday", "friday"].first { !persona.calendar.busyDays.contains($0) }!.capitalized
        var script: [String]
        if scenario == .gatekeeper, let gatekeeper = persona.gatekeeper {
            script = [
                "Hi, this is Sam Rivera from \(persona.brief.seller). Thanks for picking up. Could you help me for a second?",
                "I'm calling because we help firms like yours with \(gatekeeper.relevance[0]) and \(gatekeeper.relevance[1]), and I'd like to speak to \(gatekeeper.boss) about it.",
                "That's really helpful, thank you. Could you put me through to \(first), or book me fifteen minutes with him on \(free) at 4pm?",
            ]
        } else {
            script = [
                "Hi \(persona.name.split(separator: " ").first!), this is Sam Rivera from \(persona.brief.seller). I know I'm calling out of the blue. Do you have thirty seconds for me to say why I'm calling?",
                "Thanks. The reason I'm calling is \(cares[0]). How are you handling \(cares[0]) today?",
                "That makes sense. And how is \(cares[min(1, cares.count - 1)]) going for you at the moment?",
                "Got it. What about \(cares[min(2, cares.count - 1)]), where does that stand?",
                "Understood. Who else would be involved in a decision like this?",
                "Based on what you've told me, would it be worth a 30 minute call on \(free) at 10am to look at \(cares[0]) properly?",
            ]
        }
        var index = 0
        var turns = 0
        var agreedAt: Int?
        while turns < 16, !engine.state.hasEnded {
            turns += 1
            let line: String
            if let pending = engine.state.pendingObjection, let objection = persona.objections.first(where: { $0.category == pending }) {
                // A concern gets its answer first, in the words that meet it.
                line = "I hear you, that's fair. \(objection.resolvedBy.prefix(2).joined(separator: ", and ")) is exactly how we'd handle it. Does that help?"
            } else if engine.state.meetingAgreed {
                let slot = engine.state.agreedSlot?.spoken ?? free
                line = lines.last?.1.contains("Send") == true || turns > 12
                    ? "Thanks \(persona.name.split(separator: " ").first!), speak then."
                    : "Great, I'll send the invite for \(slot) to \(persona.email). Anything you'd like me to bring?"
            } else if index < script.count {
                line = script[index]
                index += 1
            } else {
                line = "Would \(free) at 10am work for a short call, then?"
            }
            lines.append((.rep, line))
            let reply = engine.respond(to: line)
            lines.append((.prospect, reply.text))
            if agreedAt == nil, engine.state.meetingAgreed { agreedAt = turns }
        }
        return (lines, engine, agreedAt)
    }

    static let rudeRep = [
        "Yeah hi, I'm selling software and you need to buy it.",
        "Your whole setup is a joke. Stop wasting my time and just sign up today.",
        "ARE YOU EVEN LISTENING TO ME? THIS IS THE BEST DEAL YOU WILL EVER GET.",
        "Are you stupid? Just put me through or buy it now.",
        "Whatever, you clueless idiot.",
        "Just say yes.",
    ]

    @Test("a skilled rep books a meeting with every shipped persona, in every call type they play, names the agreed slot, and is not answered twice running with the same opening word",
          arguments: PersonaContent.fileNames)
    func skilledBooks(fileName: String) throws {
        let persona = try PersonaContent.load(fileName)
        for scenario in persona.scenarios {
            let call = Self.skilledCall(persona, scenario: scenario)
            let transcript = call.lines.map { "\($0.0 == .rep ? "REP" : "BUYER"): \($0.1)" }.joined(separator: "\n")
            #expect(call.engine.state.outcome == .meetingBooked, "\(persona.id) \(scenario.rawValue)\n\(transcript)")
            // The call did not end on the yes: the rep had at least one more turn to confirm it.
            let turns = call.lines.filter { $0.0 == .rep }.count
            #expect(call.agreedAt.map { $0 < turns } == true, "\(transcript)")
            // The yes, the confirmation and the goodbye do not open alike twice running ("Lovely, …" three times);
            // opening with the agreed day is what a confirmation does, so that may repeat.
            let day = call.engine.state.agreedSlot.map { PersonaEngine.openingWord($0.spoken) }
            let closing = call.lines.filter { $0.0 == .prospect }.suffix(3).map { PersonaEngine.openingWord($0.1) }
            for (before, after) in zip(closing, closing.dropFirst()) where before != day {
                #expect(before != after, "\(persona.id) \(scenario.rawValue)\n\(transcript)")
            }
        }
    }

    @Test("a rude rep is hung up on by every shipped persona", arguments: PersonaContent.fileNames)
    func rudeIsHungUpOn(fileName: String) throws {
        let persona = try PersonaContent.load(fileName)
        var engine = PersonaEngine(persona: persona, scenario: persona.scenarios[0])
        _ = engine.open()
        var last: PersonaReply?
        for line in Self.rudeRep where !engine.state.hasEnded { last = engine.respond(to: line) }
        #expect(last?.outcome == .hungUp && last?.text == persona.hangUp.line, "\(persona.id): \(String(describing: last))")
    }

    @Test("no line of one persona's voice is another's, and no greeting greets someone else")
    func voicesAreTheirOwn() throws {
        let personas = try PersonaContent.loadAll()
        var owner: [String: String] = [:]
        for persona in personas {
            for pool in persona.voice.pools {
                for line in pool.lines {
                    if let other = owner[line], other != persona.id { Issue.record("\"\(line)\" is both \(other)'s and \(persona.id)'s") }
                    owner[line] = persona.id
                }
            }
            let first = persona.name.split(separator: " ").first.map(String.init) ?? persona.name
            #expect(!persona.greeting.hasPrefix("Hi, \(first)") && !persona.greeting.hasPrefix("Hello, \(first)"), "\(persona.greeting)")
        }
    }
}
