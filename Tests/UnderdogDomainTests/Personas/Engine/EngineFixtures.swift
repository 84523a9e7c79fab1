import Foundation
@testable import UnderdogDomain

/// A persona written for the engine tests (not a content file), the rubric, and the three scripted reps.
enum EngineFixtures {
    static let personaJSON = #"""
    {
      "id": "marta-kowalski",
      "name": "Marta Kowalski",
      "title": "Director of Operations",
      "company": {
        "name": "Northgate Cold Storage",
        "industry": "Cold-chain warehousing",
        "size": "210 people, two buildings",
        "context": "Northgate runs temperature-controlled warehouses for regional grocers. Shift schedules are built in a spreadsheet every Friday by two supervisors. A second building opens in Tacoma in March."
      },
      "temperament": "busy",
      "difficulty": 3,
      "scenarios": ["cold_call", "objection", "closing", "gatekeeper"],
      "greeting": "Northgate, Marta speaking.",
      "startingTrust": 3,
      "patience": 6,
      "cares": [
        {"topic": "staffing", "keywords": ["staffing", "staff", "shift", "shifts", "schedule", "schedules", "scheduling", "overtime", "temps", "rota"]},
        {"topic": "compliance", "keywords": ["audit", "audits", "compliance", "temperature", "food safety", "logs"]},
        {"topic": "growth", "keywords": ["tacoma", "second building", "expansion", "growth", "new site", "opening"]}
      ],
      "facts": [
        {"keywords": ["overtime", "shift", "shifts", "schedule", "schedules", "scheduling", "staffing"], "answer": "Overtime is killing us. We ran about 1,900 overtime hours last quarter, mostly because the schedule gets built in a spreadsheet on Friday afternoon and nobody sees the gaps until Monday."},
        {"keywords": ["audit", "audits", "compliance", "temperature", "logs"], "answer": "We had two audit findings last year, both about temperature logs filled in late on night shift."},
        {"keywords": ["tacoma", "second building", "expansion", "growth", "opening"], "answer": "Tacoma opens in March and I need another forty people there without doubling overtime."},
        {"keywords": ["cost you", "costing you", "costs you", "how much money", "impact", "a month"], "answer": "Roughly sixty thousand dollars a quarter in overtime premiums, and my supervisors are burning out."},
        {"keywords": ["decide", "decision", "approve", "sign off", "who else", "involved"], "answer": "I own the ops budget, but anything over twenty thousand goes past our CFO, Priya."},
        {"keywords": ["tools", "today", "currently", "process", "spreadsheet", "system"], "answer": "Today it's a spreadsheet, a whiteboard and a lot of phone calls on Sunday night."}
      ],
      "objections": [
        {"category": "brush_off", "line": "Look, I'm not interested. Just send me an email.", "resolvedBy": ["overtime", "thirty seconds", "30 seconds", "quick question", "reason i'm calling"]},
        {"category": "status_quo", "line": "Honestly, we're happy with our spreadsheet. It's worked for years.", "resolvedBy": ["friday", "sunday", "gaps", "tacoma", "keep your spreadsheet", "instead of"]},
        {"category": "pricing", "line": "These tools always cost more than they save. It's too expensive for us.", "resolvedBy": ["overtime hours", "pays for itself", "roi", "pilot", "per site"]},
        {"category": "timing", "line": "Honestly, the timing is bad. We're slammed with Tacoma until March.", "resolvedBy": ["before tacoma", "before march", "tacoma", "pilot", "thirty minutes", "30 minutes", "small"]}
      ],
    \#(TestPersonaParts.members(email: "marta.kowalski@northgate.example")),
      "meeting": {
        "minimumTrust": 7,
        "requiredTopics": ["staffing"],
        "acceptLine": "Alright, you've earned thirty minutes: {slot}. Send the invite and bring real numbers on overtime.",
        "notYetLine": "Slow down. I don't even know why this matters to me yet."
      },
      "hangUp": {
        "triggers": ["insults", "being told what she needs", "pressure to buy before any questions"],
        "line": "I'm done here. Don't call this number again."
      }
    }
    """#

    static let persona: Persona = {
        do {
            return try Persona.decode(Data(personaJSON.utf8), file: "marta-kowalski.json")
        } catch {
            preconditionFailure("engine test persona does not load: \(error)")
        }
    }()

    /// The repository root, found from this file's real path (the test folder may be reached through a symlink).
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()  // Engine
        .deletingLastPathComponent()  // Personas
        .deletingLastPathComponent()  // UnderdogDomainTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let rubric: Rubric = {
        let url = root.appendingPathComponent("content/rubric/rubric.json")
        do {
            return try Rubric.decode(Data(contentsOf: url))
        } catch {
            preconditionFailure("\(url.path) does not load: \(error)")
        }
    }()

    static let rudeRep: [String] = [
        "Yeah, hi. I'm selling scheduling software and you need to buy it.",
        "Your spreadsheet is a joke. You need to stop living in the past and just buy our platform.",
        "Stop wasting my time. Just sign up today, it's the only smart move.",
        "ARE YOU EVEN LISTENING TO ME? THIS IS THE BEST DEAL YOU WILL GET.",
        "Whatever. Can we book a demo tomorrow at 9?",
    ]

    static let averageRep: [String] = [
        "Hi Marta, this is Alex from Shiftwise. We help warehouses with scheduling.",
        "How do you handle scheduling today?",
        "Okay. What's the biggest issue with overtime for you?",
        "Our platform builds schedules automatically, it integrates with your WMS and has great dashboards. Customers save a lot of time with it.",
        "It's really easy to use and our customers love it.",
        "Could we set up a demo next week?",
        "Okay, I'll send you some info then.",
    ]

    static let skilledRep: [String] = [
        "Hi Marta, this is Sam Rivera from Shiftwise. I know I'm calling out of the blue. Do you have thirty seconds for me to tell you why I called, and then you can decide if it's worth a chat?",
        "Thanks. The reason I'm calling is that cold-storage operators tell us shift scheduling eats their overtime budget. How are you building shift schedules today?",
        "That makes sense. So what I'm hearing is the gaps only show up on Monday. What does all that overtime end up costing you in a typical month?",
        "And with Tacoma opening in March, how are you planning the staffing for the second building?",
        "Got it. Who else would be involved if you decided to change how scheduling works?",
        "Based on what you told me, we build the week's schedule automatically and flag gaps on Friday instead of Monday, so you're not paying overtime to fill them. A cold-storage firm about your size cut overtime by a third in two months. Would that be relevant for Tacoma?",
        "I hear you, and you'd keep your spreadsheet for the first month. Instead of replacing it, we'd run alongside it and show you the Friday gaps it misses. Is that a fair way to test it?",
        "Would you be open to a 30 minute call on Thursday at 10am, with Priya if she's free, to walk through your overtime numbers?",
        "I understand, and that's exactly why I'd suggest a small pilot for Tacoma before March, so the new building starts with schedules that work. How does Thursday at 10am look?",
        "Great, I'll send the invite for Thursday at 10am to you and Priya, with last quarter's overtime figures as the agenda. Anything you'd like me to bring?",
        "Thanks Marta, speak Thursday.",
    ]

    /// Plays `script` against a fresh engine until the call ends; returns the dialogue and the last reply.
    static func play(_ script: [String], scenario: ScenarioType = .coldCall)
        -> (lines: [(Speaker, String)], last: PersonaReply, engine: PersonaEngine) {
        var engine = PersonaEngine(persona: persona, scenario: scenario)
        let greeting = engine.open()
        var lines: [(Speaker, String)] = [(.prospect, greeting.text)]
        var last = greeting
        for line in script {
            lines.append((.rep, line))
            last = engine.respond(to: line)
            lines.append((.prospect, last.text))
            if last.endsCall { break }
        }
        return (lines, last, engine)
    }

    static func render(_ lines: [(Speaker, String)]) -> String {
        lines.map { "\($0.0 == .rep ? "REP" : "BUYER"): \($0.1)" }.joined(separator: "\n")
    }
}
