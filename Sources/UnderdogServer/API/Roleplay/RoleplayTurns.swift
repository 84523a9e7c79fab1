import Foundation
import Logging
import PostgresNIO
import UnderdogAI
import UnderdogDomain
import UnderdogStore

/// The chat model that plays personas, when one is configured.
struct PersonaChatModel: Sendable {
    let client: OpenAICompatibleClient
    let model: String

    /// The model of `configuration`, with its own client (and circuit breaker); nil without a configuration.
    init?(_ configuration: OpenAIConfiguration?, logger: Logger) {
        guard let configuration else { return nil }
        client = OpenAICompatibleClient(configuration: configuration, logger: logger)
        model = configuration.chatModel
    }
}

/// Answers a rep's turn in a text roleplay, for the JSON endpoint and the streamed one alike.
///
/// The offline engine is deterministic and fast: its turn is taken in one transaction with the conversation
/// row locked, so turns sent at once are answered one after the other. A chat model takes seconds, too long to
/// hold a row lock and a database connection, so its turn is taken in three steps: read and check the call,
/// generate the reply with nothing held, then lock the row and save the rep's line and the reply together,
/// only if the call has not moved on meanwhile (else 409 `turn_conflict`). A reply that fails or is abandoned
/// halfway saves nothing.
struct RoleplayTurns: Sendable {
    static let maxConversationTurns = 200

    let database: Database
    let personas: [Persona]
    let chat: PersonaChatModel?

    /// What `roleplay_sessions.transcript` records as the persona's engine.
    var engineName: String { chat.map { "chat-model:\($0.model)" } ?? Self.offlineEngineName }
    static let offlineEngineName = "local-persona-engine"

    /// A checked turn waiting for the chat model's reply; nothing has been written.
    struct Pending: Sendable {
        let conversation: ConversationRecord
        let persona: Persona
        let scenario: ScenarioType
        let turns: [ConversationTurn]
        let text: String
    }

    /// The turn answered whole, by the chat model when one is configured, else by the engine; the saved call.
    func answer(_ id: UUID, text: String, identity: DatabaseIdentity, logger: Logger) async throws -> ConversationRecord {
        guard let chat else { return try await answerWithEngine(id, text: text, identity: identity, logger: logger).1 }
        let pending = try await prepare(id, text: text, identity: identity, logger: logger)
        var reply: PersonaReply?
        do {
            for try await event in self.reply(to: pending, chat: chat) {
                if case .reply(let complete) = event { reply = complete }
            }
        } catch {
            throw AppError.personaUnavailable(error)
        }
        guard let reply else { throw AppError.personaUnavailable(AIProviderError.invalidResponse("the reply ended early")) }
        return try await commit(pending, reply: reply, identity: identity, logger: logger)
    }

    /// The offline engine's turn, all in one transaction.
    func answerWithEngine(_ id: UUID, text: String, identity: DatabaseIdentity, logger: Logger) async throws -> (PersonaReply, ConversationRecord) {
        try await transaction(identity, logger) { connection in
            guard let conversation = try await ConversationQueries.lock(id, on: connection, logger: logger) else {
                throw AppError.notFound("No such conversation.")
            }
            let (persona, scenario, turns) = try check(conversation)
            var engine = PersonaEngine(persona: persona, scenario: scenario)
            _ = engine.open()
            for turn in turns where turn.speaker == .rep { _ = engine.respond(to: turn.text) }
            let reply = engine.respond(to: text)
            let record = try await save(conversation, turns: turns, text: text, reply: reply, on: connection, logger: logger)
            return (reply, record)
        }
    }

    /// Reads and checks the call before the chat model is asked; 404 and 409 come from here.
    func prepare(_ id: UUID, text: String, identity: DatabaseIdentity, logger: Logger) async throws -> Pending {
        try await transaction(identity, logger) { connection in
            guard let conversation = try await ConversationQueries.find(id, on: connection, logger: logger) else {
                throw AppError.notFound("No such conversation.")
            }
            let (persona, scenario, turns) = try check(conversation)
            return Pending(conversation: conversation, persona: persona, scenario: scenario, turns: turns, text: text)
        }
    }

    /// The chat model's reply to a prepared turn, streamed.
    func reply(to pending: Pending, chat: PersonaChatModel) -> AsyncThrowingStream<ChatPersona.Event, any Error> {
        let persona = ChatPersona(client: chat.client, model: chat.model, persona: pending.persona, scenario: pending.scenario)
        let history = pending.turns.map { (speaker: $0.speaker, text: $0.text) } + [(speaker: Speaker.rep, text: pending.text)]
        return persona.reply(to: history)
    }

    /// Saves the rep's line and the complete reply, if the call is where it was when the turn was prepared.
    func commit(_ pending: Pending, reply: PersonaReply, identity: DatabaseIdentity, logger: Logger) async throws -> ConversationRecord {
        try await transaction(identity, logger) { connection in
            guard let conversation = try await ConversationQueries.lock(pending.conversation.id, on: connection, logger: logger) else {
                throw AppError.notFound("No such conversation.")
            }
            let (_, _, turns) = try check(conversation)
            guard conversation.turnsJSON == pending.conversation.turnsJSON else {
                throw AppError.conflict("Another turn was taken while the persona was answering; reload the call.", code: "turn_conflict")
            }
            return try await save(conversation, turns: turns, text: pending.text, reply: reply, on: connection, logger: logger)
        }
    }

    /// The rules every turn meets: the call is still on, its persona still offered, and it is under the limit.
    private func check(_ conversation: ConversationRecord) throws -> (Persona, ScenarioType, [ConversationTurn]) {
        guard conversation.sessionID == nil, conversation.outcome == PersonaReply.Outcome.continuing.rawValue else {
            throw AppError.conflict("The call has ended; start a new one.", code: "call_ended")
        }
        guard let persona = personas.first(where: { $0.id == conversation.personaID }),
              let scenario = ScenarioType(rawValue: conversation.scenarioType)
        else { throw AppError.conflict("This persona is no longer offered; start a new call.", code: "persona_retired") }
        let turns = try ConversationTurn.decode(conversation.turnsJSON)
        guard turns.count + 2 <= Self.maxConversationTurns else {
            throw AppError.conflict("The call is at its \(Self.maxConversationTurns)-turn limit; end it to get scored.", code: "too_many_turns")
        }
        return (persona, scenario, turns)
    }

    private func save(
        _ conversation: ConversationRecord, turns: [ConversationTurn], text: String, reply: PersonaReply,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> ConversationRecord {
        let all = turns + [ConversationTurn(speaker: .rep, text: text), ConversationTurn(speaker: .prospect, text: reply.text)]
        try await ConversationQueries.update(conversation.id, turnsJSON: try ConversationTurn.json(all), outcome: reply.outcome.rawValue,
                                             on: connection, logger: logger)
        guard let record = try await ConversationQueries.find(conversation.id, on: connection, logger: logger) else {
            throw AppError.notFound("No such conversation.")
        }
        return record
    }

    private func transaction<Result: Sendable>(
        _ identity: DatabaseIdentity, _ logger: Logger, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await StoreError.classifying {
            try await database.transaction(as: identity, logger: logger) { connection in try await body(connection) }
        }
    }
}

extension AppError {
    /// The persona's chat model failed before the reply was complete; nothing was saved.
    static func personaUnavailable(_ error: any Error) -> AppError {
        let reason = (error as? AIProviderError)?.summary ?? "the reply could not be completed"
        return AppError(.badGateway, code: "persona_unavailable",
                        message: "The persona could not answer (\(reason)); nothing was saved, send the turn again.", logLevel: .warning)
    }
}

extension APIHandlers {
    var roleplayTurns: RoleplayTurns { RoleplayTurns(database: database, personas: personas, chat: personaChat) }
}
