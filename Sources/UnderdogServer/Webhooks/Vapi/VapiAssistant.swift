import Foundation
import UnderdogDomain

/// A persona as a VAPI assistant (VAPI's CreateAssistantDTO, the fields Underdog sets): what `assistant-request`
/// answers and what the browser starts a web call with.
struct VapiAssistant: Encodable, Sendable {
    let name: String
    let firstMessage: String
    let firstMessageMode = "assistant-speaks-first"
    let model: Model
    let voice: Voice
    let transcriber: Transcriber
    /// The persona may end the call itself, as a buyer who has had enough does.
    let endCallFunctionEnabled = true
    let maxDurationSeconds: Int
    let serverMessages = ["assistant-request", "status-update", "transcript", "hang", "tool-calls", "end-of-call-report"]
    let server: Server?
    let metadata: [String: String]

    struct Model: Encodable, Sendable {
        let provider: String
        let model: String
        let messages: [Message]
        let tools: [Tool]
        let temperature: Double
    }

    struct Message: Encodable, Sendable {
        let role: String
        let content: String
    }

    struct Voice: Encodable, Sendable {
        let provider: String
        let voiceId: String
    }

    struct Transcriber: Encodable, Sendable {
        let provider: String
        let model: String
        let language = "en"
    }

    struct Server: Encodable, Sendable {
        let url: String
        let credentialId: String?
    }

    /// A function the persona calls; VAPI forwards the call to the server as a `tool-calls` message.
    struct Tool: Encodable, Sendable {
        let type = "function"
        let function: Function
        /// Whether VAPI waits for the server's result before the persona speaks on.
        let async = false

        struct Function: Encodable, Sendable {
            let name: String
            let description: String
            let parameters: Parameters
        }

        struct Parameters: Encodable, Sendable {
            let type = "object"
            let properties: [String: Property]
            let required: [String]
        }

        struct Property: Encodable, Sendable {
            let type: String
            let description: String
            let `enum`: [String]?
        }
    }

    /// The one function personas have: saying how the call came out, which the score's transcript keeps.
    static let recordOutcome = Tool(function: .init(
        name: "record_outcome",
        description: "Call this the moment you agree to a meeting, or just before you hang up on the caller.",
        parameters: .init(
            properties: [
                "outcome": .init(type: "string", description: "meeting_booked if you agreed to meet; hung_up if you are ending the call on them.",
                                 enum: ["meeting_booked", "hung_up"]),
                "detail": .init(type: "string", description: "For a meeting, the day and time agreed; otherwise why you hung up.", enum: nil),
            ],
            required: ["outcome"])))

    /// On a voice call the persona reports its outcome through the function rather than with the text markers.
    static let voiceRules = """
        This is a phone call, spoken aloud: answer in one to three short spoken sentences, no lists, no stage \
        directions. Never say the bracketed marker lines; instead, when you agree to a meeting or decide to hang up, \
        call the record_outcome function first, then say your line, and end the call if you are hanging up.
        """

    init(persona: Persona, scenario: ScenarioType, settings: VapiSettings, metadata: [String: String]) {
        // VAPI caps an assistant's name at 40 characters.
        name = String("\(persona.name) (Underdog)".prefix(40))
        firstMessage = persona.greeting
        model = Model(
            provider: settings.modelProvider, model: settings.model,
            messages: [Message(role: "system", content: PersonaPrompt.system(persona: persona, scenario: scenario) + "\n\n" + Self.voiceRules)],
            tools: [Self.recordOutcome], temperature: 0.7)
        voice = Voice(provider: settings.voiceProvider, voiceId: settings.voiceID)
        transcriber = Transcriber(provider: settings.transcriberProvider, model: settings.transcriberModel)
        maxDurationSeconds = settings.maxDurationSeconds
        server = settings.serverURL.map { Server(url: $0, credentialId: settings.serverCredentialID) }
        self.metadata = metadata
    }
}
