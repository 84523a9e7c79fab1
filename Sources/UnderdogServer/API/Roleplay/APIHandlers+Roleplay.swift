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
        let context = try context()
        _ = try context.requireUser()
        let record = try await roleplayCalls.start(
            personaID: body.personaId, scenario: body.scenarioType.rawValue, identity: context.identity, logger: context.logger)
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
        let context = try context()
        _ = try context.requireUser()
        let record = try await roleplayCalls.end(id, identity: context.identity, logger: context.logger)
        return .ok(.init(body: .json(try .init(record))))
    }
}

extension APIHandlers {
    var roleplayCalls: RoleplayCalls {
        RoleplayCalls(database: database, personas: personas, rubric: scoringRubric, engineName: roleplayTurns.engineName)
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
