import Foundation
import UnderdogAPI
import UnderdogDomain
import UnderdogStore

/// Voice practice: the browser asks for a web call, starts it with VAPI's Web SDK, and VAPI reports the call
/// to `/webhooks/vapi`, which files its events and scores it.
extension APIHandlers {
    func startWebCall(_ input: Operations.StartWebCall.Input) async throws -> Operations.StartWebCall.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.personaId, "persona_id", 1...80)
        guard let publicKey = vapi.publicKey else {
            throw AppError.unavailable("Voice practice is not set up on this server (no VAPI public key); practise by text instead.",
                                       code: "voice_unavailable")
        }
        let (persona, scenario) = try playable(personaID: body.personaId, scenario: body.scenarioType.rawValue)
        let token = OpaqueToken.generate()
        let call = try await asUser { user, connection in
            try await VoiceCallQueries.setUp(
                userID: user.id, provider: VoiceProvider.vapi.rawValue, tokenHash: token.hash,
                personaID: persona.id, scenario: scenario.rawValue, on: connection, logger: logger)
        }
        let metadata = [VoiceProvider.callTokenKey: token.value]
        let assistant = VapiAssistant(persona: persona, scenario: scenario, settings: vapi, metadata: [
            "persona_id": persona.id, "scenario_type": scenario.rawValue,
        ])
        let assistantJSON = try JSONDecoder().decode(
            Components.Schemas.WebCall.AssistantPayload.self, from: try JSONEncoder().encode(assistant))
        logger.info("voice call set up", metadata: ["voice_call_id": "\(call.id)", "persona_id": "\(persona.id)"])
        return .created(.init(body: .json(.init(
            callId: call.id.uuidString.lowercased(), provider: .vapi, publicKey: publicKey, assistant: assistantJSON,
            assistantOverrides: .init(metadata: .init(additionalProperties: metadata)),
            expiresAt: call.createdAt.addingTimeInterval(3600)))))
    }

    /// The persona and scenario a rep asked for, when the persona plays it.
    func playable(personaID: String, scenario requested: String) throws -> (Persona, ScenarioType) {
        guard let persona = personas.first(where: { $0.id == personaID }) else {
            throw AppError.unprocessable("No persona is called \(personaID).", code: "unknown_persona")
        }
        guard let scenario = ScenarioType(rawValue: requested), persona.scenarios.contains(scenario) else {
            throw AppError.unprocessable("\(persona.name) does not play \(requested) calls; try \(persona.scenarios.map(\.rawValue).joined(separator: ", ")).",
                                         code: "scenario_not_played")
        }
        return (persona, scenario)
    }
}
