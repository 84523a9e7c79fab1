import Foundation
import Logging
import PostgresNIO
import UnderdogDomain
import UnderdogStore

/// Starting and ending a text practice call, for the JSON API and the pages alike: one set of rules, so the
/// two cannot drift. Each step runs as the caller, inside one transaction, so RLS decides whose call it is.
struct RoleplayCalls: Sendable {
    let database: Database
    let personas: [Persona]
    let rubric: Rubric
    let engineName: String

    /// The persona's greeting, saved as the first turn of a new call.
    func start(personaID: String, scenario scenarioName: String, identity: DatabaseIdentity, logger: Logger) async throws -> ConversationRecord {
        try Validate.length(personaID, "persona_id", 1...80)
        guard let persona = personas.first(where: { $0.id == personaID }) else {
            throw AppError.unprocessable("No persona is called \(personaID).", code: "unknown_persona")
        }
        guard let scenario = ScenarioType(rawValue: scenarioName), persona.scenarios.contains(scenario) else {
            throw AppError.unprocessable("\(persona.name) does not play \(scenarioName) calls; try \(persona.scenarios.map(\.rawValue).joined(separator: ", ")).",
                                         code: "scenario_not_played")
        }
        guard let userID = identity.userID else { throw AppError.unauthorized() }
        var engine = PersonaEngine(persona: persona, scenario: scenario)
        let greeting = engine.open()
        let turns = [ConversationTurn(speaker: .prospect, text: greeting.text)]
        return try await transaction(identity, logger) { connection in
            try await ConversationQueries.start(
                userID: userID, personaID: persona.id, scenario: scenario.rawValue, turnsJSON: try ConversationTurn.json(turns),
                outcome: greeting.outcome.rawValue, on: connection, logger: logger)
        }
    }

    /// Scores the call as one roleplay session (six scores, and the analysis with its evidence in the
    /// transcript), in one transaction; ending twice gives the same session.
    func end(_ id: UUID, identity: DatabaseIdentity, logger: Logger) async throws -> ConversationRecord {
        try await transaction(identity, logger) { connection in
            guard let conversation = try await ConversationQueries.lock(id, on: connection, logger: logger) else {
                throw AppError.notFound("No such conversation.")
            }
            if conversation.sessionID != nil { return conversation }  // ended before: the same session again
            let turns = try ConversationTurn.decode(conversation.turnsJSON)
            guard turns.contains(where: { $0.speaker == .rep }) else {
                throw AppError.unprocessable("Say something before ending the call: there is nothing to score.", code: "nothing_to_score")
            }
            let transcript = try Transcript(turns.map { ($0.speaker, $0.text) })
            let scenario = ScenarioType(rawValue: conversation.scenarioType) ?? .coldCall
            let analysis = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: scenario,
                                            speakers: SpeakerAttribution(method: .labelled, detail: "text roleplay"))
            let outcome = agreedOutcome(of: conversation, turns: turns, scenario: scenario)
            let stored = StoredRoleplay(turns: transcript.turns, outcome: outcome, engine: engineName, analysis: analysis)
            let session = try await ConversationQueries.finish(
                conversation, outcome: outcome, transcriptJSON: String(decoding: try JSONEncoder().encode(stored), as: UTF8.self),
                durationSeconds: Self.duration(of: turns, from: conversation.startedAt, to: Date()),
                scores: analysis.dimensions.map { ScoreRecord(dimension: $0.dimension.rawValue, score: $0.score, feedback: $0.feedback) },
                on: connection, logger: logger)
            logger.info("roleplay scored", metadata: ["session_id": "\(session)", "overall": "\(analysis.overallScore)"])
            return try await ConversationQueries.find(id, on: connection, logger: logger) ?? conversation
        }
    }

    /// The call's outcome as it ends: a call the offline buyer agreed to meet on, ended by the rep before the
    /// goodbye, counts as booked. The engine is replayed from the turns (it is deterministic); a chat model's
    /// call keeps the outcome its markers set.
    func agreedOutcome(of conversation: ConversationRecord, turns: [ConversationTurn], scenario: ScenarioType) -> String {
        guard conversation.outcome == PersonaReply.Outcome.continuing.rawValue, engineName == RoleplayTurns.offlineEngineName,
              let persona = personas.first(where: { $0.id == conversation.personaID }) else { return conversation.outcome }
        var engine = PersonaEngine(persona: persona, scenario: scenario)
        _ = engine.open()
        for turn in turns where turn.speaker == .rep { _ = engine.respond(to: turn.text) }
        return engine.state.meetingAgreed ? PersonaReply.Outcome.meetingBooked.rawValue : conversation.outcome
    }

    /// How long the call took: the time from the greeting to the end, and never less than the words would
    /// take to say aloud (about 150 a minute), since a typed call can be sent faster than it could be spoken.
    static func duration(of turns: [ConversationTurn], from start: Date, to end: Date) -> Int {
        let words = turns.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        let spoken = Double(words) / 150 * 60
        return max(1, Int(max(end.timeIntervalSince(start), spoken).rounded()))
    }

    private func transaction<Result: Sendable>(
        _ identity: DatabaseIdentity, _ logger: Logger, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await StoreError.classifying {
            try await database.transaction(as: identity, logger: logger) { connection in try await body(connection) }
        }
    }
}

/// What a finished text roleplay keeps in `roleplay_sessions.transcript`: the turns, how the call ended, who
/// played the buyer, and the analysis with the evidence behind every point (nil for sessions scored before
/// it was kept).
struct StoredRoleplay: Codable, Sendable {
    let turns: [Turn]
    let outcome: String
    let engine: String
    var analysis: Analysis?
}
