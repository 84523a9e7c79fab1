import Foundation
import Logging
import PostgresNIO
import UnderdogDomain
import UnderdogStore

/// Six weeks of practice for the sample reps, so a newcomer's first look at home, trends and the team shows
/// something true: each session is a scripted call played through the real persona engine and scored by
/// the real analyser, never an invented score. Sam improves week by week; Priya stays where she is. A rep
/// who already has sessions is left alone, so running the seed again adds nothing.
public struct SampleHistory: Sendable {
    let database: Database
    let personas: [Persona]
    let rubric: Rubric

    public init(database: Database, personas: [Persona], rubric: Rubric) {
        self.database = database
        self.personas = personas
        self.rubric = rubric
    }

    /// How a rep's calls go in a given week: 0 is the first week of the six.
    enum Arc {
        case improving, flat

        func skill(week: Int, call: Int) -> Skill {
            switch self {
            case .improving: week < 2 ? (call == 2 ? .average : .weak) : week < 4 ? (call == 0 ? .strong : .average) : .strong
            case .flat: call == 1 ? .weak : .average
            }
        }
    }

    enum Skill { case weak, average, strong }

    /// The sessions written, per rep email; zero for a rep who had some already.
    @discardableResult
    public func seed(now: Date = Date(), logger: Logger) async throws -> [String: Int] {
        let arcs: [(SampleTeam.Member, Arc)] = SampleTeam.members.compactMap { member in
            switch member.email {
            case "sam.reyes@bluejay.example": (member, .improving)
            case "priya.natarajan@bluejay.example": (member, .flat)
            default: nil
            }
        }
        let callPersonas = personas.filter { $0.scenarios.contains(.coldCall) }.sorted { $0.id < $1.id }
        guard !callPersonas.isEmpty else { return [:] }
        var written: [String: Int] = [:]
        for (member, arc) in arcs {
            written[member.email] = try await database.transaction(as: .service) { connection in
                let existing = try await connection.query(
                    "SELECT count(*) FROM public.roleplay_sessions WHERE user_id = \(member.id)", logger: logger).collect()[0].decode(Int.self)
                guard existing == 0 else { return 0 }
                var count = 0
                for week in 0..<6 {
                    for call in 0..<3 {
                        let persona = callPersonas[(week * 3 + call + (arc == .flat ? 1 : 0)) % callPersonas.count]
                        // Spread over the week, oldest first, at office hours.
                        let daysAgo = Double((5 - week) * 7 + (6 - call * 2))
                        let at = now.addingTimeInterval(-daysAgo * 86_400 + Double(call) * 3_700)
                        try await insert(play(persona, skill: arc.skill(week: week, call: call)), persona: persona, userID: member.id,
                                         at: at, on: connection, logger: logger)
                        count += 1
                    }
                }
                return count
            }
        }
        return written
    }

    /// The scripted rep's lines for a skill, said to the persona until it ends the call or the lines run out.
    func play(_ persona: Persona, skill: Skill) -> (turns: [(Speaker, String)], outcome: PersonaReply.Outcome) {
        var engine = PersonaEngine(persona: persona, scenario: .coldCall)
        let greeting = engine.open()
        var turns: [(Speaker, String)] = [(.prospect, greeting.text)]
        var outcome = greeting.outcome
        for line in Self.lines(skill, buyer: persona.firstName, company: persona.company.name) {
            let reply = engine.respond(to: line)
            turns += [(.rep, line), (.prospect, reply.text)]
            outcome = reply.outcome
            if reply.endsCall { break }
        }
        return (turns, outcome)
    }

    /// One strong scripted cold call for `userID`, played and scored as the seed's are: a realistic score
    /// card (transcript, analysis and evidence) for `underdog bench pages`.
    public func recordScriptedCall(userID: UUID, at: Date, on connection: PostgresConnection, logger: Logger) async throws -> UUID {
        guard let persona = personas.filter({ $0.scenarios.contains(.coldCall) }).min(by: { $0.id < $1.id }) else {
            throw StoreError.forbidden("no persona takes cold calls")
        }
        return try await insert(play(persona, skill: .strong), persona: persona, userID: userID, at: at, on: connection, logger: logger)
    }

    @discardableResult
    func insert(
        _ call: (turns: [(Speaker, String)], outcome: PersonaReply.Outcome), persona: Persona, userID: UUID,
        at: Date, on connection: PostgresConnection, logger: Logger
    ) async throws -> UUID {
        let transcript = try Transcript(call.turns)
        let analysis = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: .coldCall,
                                        speakers: SpeakerAttribution(method: .labelled, detail: "text roleplay"))
        let stored = StoredRoleplay(turns: transcript.turns, outcome: call.outcome.rawValue, engine: "local-persona-engine", analysis: analysis)
        let words = call.turns.reduce(0) { $0 + $1.1.split(whereSeparator: \.isWhitespace).count }
        return try await SessionQueries.record(
            userID: userID, personaID: persona.id, scenario: ScenarioType.coldCall.rawValue, durationSeconds: max(30, words * 60 / 150),
            transcriptJSON: String(decoding: try JSONEncoder().encode(stored), as: UTF8.self),
            scores: analysis.dimensions.map { ScoreRecord(dimension: $0.dimension.rawValue, score: $0.score, feedback: $0.feedback) },
            createdAt: at, on: connection, logger: logger)
    }

    /// The team's scripted reps, in three levels of skill; the buyer's name and company go into the lines.
    static func lines(_ skill: Skill, buyer: String, company: String) -> [String] {
        switch skill {
        case .weak:
            [
                "Hi, sorry to bother you, is this a good time? I'm just calling to tell you about our platform.",
                "So basically we have a platform with loads of features, dashboards, reporting, integrations, automation, the lot, and honestly it's the best on the market.",
                "It's really good, you'd love it. Can I send you a brochure?",
                "OK well I'll send it over anyway and follow up at some point.",
            ]
        case .average:
            [
                "Hi \(buyer), this is Sam from Bluejay. Have you got a minute?",
                "We help teams like \(company) save time on their day-to-day admin. How do you handle that at the moment?",
                "How many people are on the team?",
                "Our software automates most of that and gives you one dashboard for it.",
                "Would you be open to a demo sometime?",
            ]
        case .strong:
            [
                "Hi \(buyer), it's Sam Reyes from Bluejay Freight Software. I know I'm calling out of the blue; could I take thirty seconds to say why, and you tell me if it's worth a conversation?",
                "Thanks. We work with teams like \(company) on the chasing and re-keying that eats into the week. How is that handled on your side today?",
                "What does that cost you in a typical week, in hours or in things that slip?",
                "And who else would have a view on changing how that works?",
                "That makes sense. A team of a similar size cut that work by about a third within two months, mostly by ending the manual look-ups.",
                "Would it be worth twenty minutes on Thursday at 10am to walk through your numbers, with whoever else should be there?",
                "Great, I'll send the invite now with a short agenda. Is this the best email for it?",
            ]
        }
    }
}
