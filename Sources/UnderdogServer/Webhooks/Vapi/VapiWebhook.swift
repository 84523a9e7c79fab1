import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import UnderdogDomain
import UnderdogStore

/// `POST /webhooks/vapi`: every VAPI server message for a voice roleplay.
///
/// The request is authenticated over its raw bytes before anything is parsed. Every message is filed once in
/// `session_events`; `assistant-request` and `tool-calls` are answered; `end-of-call-report`, which VAPI sends
/// once without retry but may still deliver twice, becomes the scored roleplay session exactly once.
struct VapiWebhook: Sendable {
    let settings: VapiSettings
    let ledger: VoiceCallLedger
    let personas: [Persona]

    static let path = "/webhooks/vapi"

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post(RouterPath(Self.path)) { request, context in try await handle(request, context: context) }
    }

    func handle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: .max)
        let bytes = Array(buffer: body)
        guard settings.authentication.isAuthentic(headers: request.headers, body: bytes) else {
            context.logger.warning("vapi webhook refused: credentials missing or wrong")
            throw AppError.unauthorized("The webhook credentials are missing or wrong.")
        }
        let message: VapiServerMessage
        do {
            message = try JSONDecoder().decode(VapiServerMessage.Envelope.self, from: Data(bytes)).message
        } catch {
            throw AppError.badRequest("Expected a VAPI server message: {\"message\": {\"type\": …, \"call\": …}}.", code: "invalid_webhook")
        }
        guard let callID = message.call?.id, (1...200).contains(callID.count) else {
            throw AppError.badRequest("The message names no call (message.call.id).", code: "invalid_webhook")
        }
        let event = VoiceCallLedger.Event(
            provider: .vapi, providerCallID: callID, callToken: message.callToken, type: String(message.type.prefix(80)),
            json: String(decoding: bytes, as: UTF8.self),
            // The report is one per call whatever its bytes; any other message is a replay when its bytes are.
            key: message.type == "end-of-call-report" ? "end-of-call-report" : PortableSHA256.hex(bytes: bytes))
        var logger = context.logger
        logger[metadataKey: "provider_call_id"] = "\(callID)"
        logger[metadataKey: "vapi_message"] = "\(message.type.prefix(80))"

        switch message.type {
        case "assistant-request":
            return try await assistant(for: event, logger: logger)
        case "tool-calls":
            return try await toolCalls(message.toolCallList ?? [], event: event, logger: logger)
        case "status-update":
            let (_, first) = try await ledger.record(event, logger: logger) { call, connection in
                guard let call, let status = message.status else { return }
                try await VoiceCallQueries.update(call.id, status: String(status.prefix(40)), on: connection, logger: logger)
            }
            return try WebhookReply.json(["received": true, "replay": !first])
        case "end-of-call-report":
            let scoring = try await ledger.finish(
                event, utterances: message.utterances, durationSeconds: message.callDuration,
                endedReason: message.endedReason, logger: logger)
            return try WebhookReply.json(WebhookReply.describe(scoring))
        default:
            // transcript, hang, speech-update, conversation-update and anything newer: kept for debugging.
            let (_, first) = try await ledger.record(event, logger: logger)
            return try WebhookReply.json(["received": true, "replay": !first])
        }
    }

    /// The persona's assistant for the call the token names. VAPI speaks an `error` to the caller, so a call
    /// nobody set up here gets a plain sentence rather than an HTTP failure.
    private func assistant(for event: VoiceCallLedger.Event, logger: Logger) async throws -> Response {
        let (call, _) = try await ledger.record(event, logger: logger)
        guard let call else {
            logger.warning("assistant-request for a call nobody set up")
            return try WebhookReply.json(["error": "This practice call was not set up in Underdog. Start it again from the roleplay page."])
        }
        guard let persona = personas.first(where: { $0.id == call.personaID }),
              let scenario = ScenarioType(rawValue: call.scenarioType)
        else {
            return try WebhookReply.json(["error": "This persona is no longer offered. Pick another one in Underdog."])
        }
        let assistant = VapiAssistant(persona: persona, scenario: scenario, settings: settings, metadata: [
            "persona_id": persona.id, "scenario_type": scenario.rawValue,
        ])
        return try WebhookReply.json(AssistantAnswer(assistant: assistant))
    }

    /// Runs the persona's functions and answers `{"results": [{"toolCallId", "name", "result"}]}`.
    /// A replayed message gets the same answer and changes nothing twice: the outcome is simply set again.
    private func toolCalls(_ calls: [VapiServerMessage.ToolCall], event: VoiceCallLedger.Event, logger: Logger) async throws -> Response {
        var results: [ToolResult] = []
        try await ledger.record(event, logger: logger) { call, connection in
            for toolCall in calls {
                let name = toolCall.function?.name ?? ""
                guard name == VapiAssistant.recordOutcome.function.name else {
                    results.append(ToolResult(toolCallId: toolCall.id, name: name, result: nil, error: "Unknown function \(name.prefix(80))."))
                    continue
                }
                let outcome = toolCall.function?.arguments["outcome"]?.text
                guard let outcome, ["meeting_booked", "hung_up"].contains(outcome) else {
                    results.append(ToolResult(toolCallId: toolCall.id, name: name, result: nil, error: "outcome must be meeting_booked or hung_up."))
                    continue
                }
                if let call { try await VoiceCallQueries.update(call.id, outcome: outcome, on: connection, logger: logger) }
                results.append(ToolResult(toolCallId: toolCall.id, name: name, result: "Noted: \(outcome).", error: nil))
            }
        }
        if results.isEmpty {  // a replay: answer as the first delivery was answered
            results = calls.map { toolCall in
                let outcome = toolCall.function?.arguments["outcome"]?.text ?? ""
                return ToolResult(toolCallId: toolCall.id, name: toolCall.function?.name ?? "", result: "Noted: \(outcome).", error: nil)
            }
        }
        return try WebhookReply.json(ToolResults(results: results))
    }

    struct AssistantAnswer: Encodable { let assistant: VapiAssistant }
    struct ToolResults: Encodable { let results: [ToolResult] }
    struct ToolResult: Encodable {
        let toolCallId: String
        let name: String
        let result: String?
        let error: String?
    }
}
