import Foundation
import UnderdogAPI
import UnderdogDomain
import UnderdogStore

/// Text roleplay: the persona is the configured chat model or the offline engine (`RoleplayTurns`). The
/// engine is deterministic, so its state is never stored: each turn replays the rep's earlier turns, and the
/// conversation row holds only what was said.
extension APIHandlers {
    func startConversation(_ input: Operations.StartConversation.Input) async throws -> Operations.StartConversation.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.personaId, "persona_id", 1...80)
        guard let persona = personas.first(where: { $0.id == body.personaId }) else {
            throw AppError.unprocessable("No persona is called \(body.personaId).", code: "unknown_persona")
        }
        guard let scenario = ScenarioType(rawValue: body.scenarioType.rawValue), persona.scenarios.contains(scenario) else {
            throw AppError.unprocessable("\(persona.name) does not play \(body.scenarioType.rawValue) calls; try \(persona.scenarios.map(\.rawValue).joined(separator: ", ")).",
                                         code: "scenario_not_played")
        }
        var engine = PersonaEngine(persona: persona, scenario: scenario)
        let greeting = engine.open()
        let turns = [ConversationTurn(speaker: .prospect, text: greeting.text)]
        let record = try await asUser { user, connection in
            try await ConversationQueries.start(
                userID: user.id, personaID: persona.id, scenario: scenario.rawValue, turnsJSON: try ConversationTurn.json(turns),
                outcome: greeting.outcome.rawValue, on: connection, logger: logger)
        }
        return .created(.init(body: .json(try .init(record))))
    }

    func getConversation(_ input: Operations.GetConversation.Input) async throws -> Operations.GetConversation.Output {
        let id = try Self.uuid(input.path.conversationId, notFound: "No such conversation.")
        let record = try await asUser { _, connection in try await ConversationQueries.find(id, on: connection, logger: logger) }
        guard let record else { throw AppError.notFound("No such conversation.") }
        return .ok(.init(body: .json(try .init(record))))
    }

    func sendTurn(_ input: Operations.SendTurn.Input) async throws -> Operations.SendTurn.Output {
        let id = try Self.uuid(input.path.conversationId, notFound: "No such conversation.")
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.text, "text", 1...2000)
        let text = body.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw AppError.badRequest("Say something: the text is blank.", code: "invalid_text") }
        let context = try context()
        _ = try context.requireUser()
        let record = try await roleplayTurns.answer(id, text: text, identity: context.identity, logger: context.logger)
        return .ok(.init(body: .json(try .init(record))))
    }

    func endConversation(_ input: Operations.EndConversation.Input) async throws -> Operations.EndConversation.Output {
        let id = try Self.uuid(input.path.conversationId, notFound: "No such conversation.")
        let record = try await asUser { _, connection in
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
            let analysis = Analyzer.analyze(transcript: transcript, rubric: scoringRubric, scenario: scenario,
                                            speakers: SpeakerAttribution(method: .labelled, detail: "text roleplay"))
            let stored = StoredRoleplay(turns: transcript.turns, outcome: conversation.outcome, engine: roleplayTurns.engineName)
            let session = try await ConversationQueries.finish(
                conversation, transcriptJSON: String(decoding: try JSONEncoder().encode(stored), as: UTF8.self),
                durationSeconds: max(0, Int(Date().timeIntervalSince(conversation.startedAt).rounded())),
                scores: analysis.dimensions.map { ScoreRecord(dimension: $0.dimension.rawValue, score: $0.score, feedback: $0.feedback) },
                on: connection, logger: logger)
            logger.info("roleplay scored", metadata: ["session_id": "\(session)", "overall": "\(analysis.overallScore)"])
            return try await ConversationQueries.find(id, on: connection, logger: logger) ?? conversation
        }
        return .ok(.init(body: .json(try .init(record))))
    }
}

/// One line of a text roleplay as stored and served.
struct ConversationTurn: Codable, Sendable {
    let speaker: Speaker
    let text: String

    static func json(_ turns: [ConversationTurn]) throws -> String {
        String(decoding: try JSONEncoder().encode(turns), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> [ConversationTurn] {
        try JSONDecoder().decode([ConversationTurn].self, from: Data(json.utf8))
    }
}

/// What a finished text roleplay keeps in `roleplay_sessions.transcript`.
struct StoredRoleplay: Codable {
    let turns: [Turn]
    let outcome: String
    let engine: String
}

extension Components.Schemas.Conversation {
    init(_ record: ConversationRecord) throws {
        self.init(
            id: record.id.uuidString.lowercased(), personaId: record.personaID,
            scenarioType: Components.Schemas.ScenarioType(rawValue: record.scenarioType) ?? .coldCall,
            outcome: .init(rawValue: record.outcome) ?? .continuing,
            turns: try ConversationTurn.decode(record.turnsJSON).map { .init(speaker: $0.speaker == .rep ? .rep : .prospect, text: $0.text) },
            sessionId: record.sessionID?.uuidString.lowercased(), startedAt: record.startedAt)
    }
}
