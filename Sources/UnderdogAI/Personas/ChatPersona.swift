import Foundation
import UnderdogDomain

/// A buyer persona played by an OpenAI-compatible chat model: the system prompt is written from the persona
/// file (`PersonaPrompt`), the call so far goes along as messages, and the reply streams back with its outcome
/// marker kept out of the text the rep sees.
public struct ChatPersona: Sendable {
    public let client: OpenAICompatibleClient
    public let model: String
    public let persona: Persona
    public let scenario: ScenarioType
    /// Enough for a few spoken sentences; a persona that rambles on is not a real buyer.
    static let maxTokens = 300

    public init(client: OpenAICompatibleClient, model: String, persona: Persona, scenario: ScenarioType) {
        self.client = client
        self.model = model
        self.persona = persona
        self.scenario = scenario
    }

    /// What the reply stream carries: text to show as it comes, then the whole reply once, last.
    public enum Event: Sendable, Equatable {
        case delta(String)
        case reply(PersonaReply)
    }

    /// The request for the persona's next line; `turns` is the call so far, ending with the rep's line.
    public func request(turns: [(speaker: Speaker, text: String)]) -> ChatCompletionRequest {
        let messages = PersonaPrompt.messages(persona: persona, scenario: scenario, turns: turns).map {
            ChatCompletionRequest.Message(role: $0.role.rawValue, content: $0.content)
        }
        return ChatCompletionRequest(model: model, messages: messages, temperature: 0.8, maxTokens: Self.maxTokens)
    }

    /// The persona's answer to the last turn: `.delta`s whose text joined is the reply's text, then `.reply`.
    /// A reply that is only a marker speaks the persona's own accept or hang-up line. Fails with
    /// `AIProviderError` as the client does, and `.invalidResponse` for an empty reply.
    public func reply(to turns: [(speaker: Speaker, text: String)]) -> AsyncThrowingStream<Event, any Error> {
        let upstream = client.streamChatCompletion(request(turns: turns))
        let persona = persona
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: Event.self)
        let task = Task {
            var parser = PersonaReplyParser()
            do {
                for try await piece in upstream {
                    let shown = parser.feed(piece)
                    if !shown.isEmpty { continuation.yield(.delta(shown)) }
                }
                let (rest, parsed) = parser.finish()
                if !rest.isEmpty { continuation.yield(.delta(rest)) }
                var reply = parsed
                if reply.text.isEmpty {
                    let line: String
                    switch reply.outcome {
                    case .meetingBooked: line = persona.acceptLine(slot: "then")
                    case .hungUp: line = persona.hangUp.line
                    case .continuing: throw AIProviderError.invalidResponse("the model's reply was empty")
                    }
                    continuation.yield(.delta(line))
                    reply = PersonaReply(text: line, outcome: reply.outcome)
                }
                continuation.yield(.reply(reply))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
