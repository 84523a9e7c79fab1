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
        let (persona, scenario) = try playable(personaID: body.personaId, scenario: body.scenarioType.rawValue)
        switch body.provider ?? .vapi {
        case .vapi: return try await startVapiCall(persona, scenario)
        case .retell: return try await startRetellCall(persona, scenario)
        }
    }

    private func startVapiCall(_ persona: Persona, _ scenario: ScenarioType) async throws -> Operations.StartWebCall.Output {
        guard let publicKey = vapi.publicKey else {
            // Asking for what this server does not offer is a request it cannot process, not a failure of its own.
            throw AppError.unprocessable("Voice practice is not set up on this server (no VAPI public key); practise by text instead.",
                                         code: "voice_unavailable")
        }
        let token = OpaqueToken.generate()
        let call = try await setUpCall(.vapi, token: token, persona: persona, scenario: scenario)
        let assistant = VapiAssistant(persona: persona, scenario: scenario, settings: vapi, metadata: [
            "persona_id": persona.id, "scenario_type": scenario.rawValue,
        ])
        let assistantJSON = try JSONDecoder().decode(
            Components.Schemas.WebCall.AssistantPayload.self, from: try JSONEncoder().encode(assistant))
        return .created(.init(body: .json(.init(
            callId: call.id.uuidString.lowercased(), provider: .vapi, publicKey: publicKey, assistant: assistantJSON,
            assistantOverrides: .init(metadata: .init(additionalProperties: [VoiceProvider.callTokenKey: token.value])),
            expiresAt: call.createdAt.addingTimeInterval(3600)))))
    }

    /// Retell's call is created first, so a refusal there leaves nothing here; the rep is bound by the token in
    /// its metadata when `call_started` arrives.
    private func startRetellCall(_ persona: Persona, _ scenario: ScenarioType) async throws -> Operations.StartWebCall.Output {
        guard let retell else {
            throw AppError.unprocessable("Retell voice practice is not set up on this server (no API key or agent); use VAPI or practise by text.",
                                         code: "voice_unavailable")
        }
        let token = OpaqueToken.generate()
        let created = try await retell.create(
            metadata: [VoiceProvider.callTokenKey: token.value, "persona_id": persona.id, "scenario_type": scenario.rawValue],
            variables: ["persona_prompt": PersonaPrompt.system(persona: persona, scenario: scenario) + "\n\n" + VapiAssistant.voiceRules,
                        "persona_name": persona.name, "greeting": persona.greeting])
        let call = try await setUpCall(.retell, token: token, persona: persona, scenario: scenario)
        return .created(.init(body: .json(.init(
            callId: call.id.uuidString.lowercased(), provider: .retell, accessToken: created.accessToken,
            providerCallId: created.callID, expiresAt: call.createdAt.addingTimeInterval(3600)))))
    }

    private func setUpCall(_ provider: VoiceProvider, token: OpaqueToken, persona: Persona, scenario: ScenarioType) async throws -> VoiceCallRecord {
        let call = try await asUser { user, connection in
            try await VoiceCallQueries.setUp(
                userID: user.id, provider: provider.rawValue, tokenHash: token.hash,
                personaID: persona.id, scenario: scenario.rawValue, on: connection, logger: logger)
        }
        logger.info("voice call set up", metadata: ["voice_call_id": "\(call.id)", "provider": "\(provider.rawValue)", "persona_id": "\(persona.id)"])
        return call
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
