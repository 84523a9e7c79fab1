import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import UnderdogDomain
import UnderdogStore

/// `POST /webhooks/retell`: Retell's call events for a voice roleplay, mapped onto the same model as VAPI's.
///
/// The `x-retell-signature` is checked over the raw bytes first. `call_started` and any other event are filed;
/// `call_ended` carries the transcript and scores the call; `call_analyzed` repeats the whole call, so it
/// scores it too when `call_ended` never arrived. Either way a call is scored once.
struct RetellWebhook: Sendable {
    /// Nil when no Retell API key is configured: every webhook is then refused.
    let signature: RetellSignature?
    let ledger: VoiceCallLedger

    static let path = "/webhooks/retell"

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post(RouterPath(Self.path)) { request, context in try await handle(request, context: context) }
    }

    func handle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let bytes = Array(buffer: try await request.body.collect(upTo: .max))
        guard let signature else {
            context.logger.warning("retell webhook refused: no Retell API key is configured")
            throw AppError.unauthorized("Retell webhooks are not set up on this server.")
        }
        do {
            try signature.verify(body: bytes, header: request.headers[HTTPField.Name("x-retell-signature")!])
        } catch {
            context.logger.warning("retell webhook refused", metadata: ["reason": "\(error)"])
            throw AppError.unauthorized("The x-retell-signature header is missing, stale or wrong.")
        }
        let message: RetellEvent
        do {
            message = try JSONDecoder().decode(RetellEvent.self, from: Data(bytes))
        } catch {
            throw AppError.badRequest("Expected a Retell event: {\"event\": …, \"call\": {\"call_id\": …}}.", code: "invalid_webhook")
        }
        guard (1...200).contains(message.call.callID.count), (1...80).contains(message.event.count) else {
            throw AppError.badRequest("The event's call_id or event name is empty or too long.", code: "invalid_webhook")
        }
        var logger = context.logger
        logger[metadataKey: "provider_call_id"] = "\(message.call.callID)"
        logger[metadataKey: "retell_event"] = "\(message.event)"
        let event = VoiceCallLedger.Event(
            provider: .retell, providerCallID: message.call.callID, callToken: message.callToken, type: message.event,
            json: String(decoding: bytes, as: UTF8.self),
            // Retell retries a delivery it saw fail; each event happens once per call.
            key: ["call_started", "call_ended", "call_analyzed"].contains(message.event) ? message.event : PortableSHA256.hex(bytes: bytes))

        switch message.event {
        case "call_ended", "call_analyzed":
            let scoring = try await ledger.finish(
                event, utterances: message.utterances, durationSeconds: message.durationSeconds,
                endedReason: message.call.disconnectionReason, logger: logger)
            return try WebhookReply.json(WebhookReply.describe(scoring))
        default:
            let (_, first) = try await ledger.record(event, logger: logger) { call, connection in
                guard let call, let status = message.call.callStatus else { return }
                try await VoiceCallQueries.update(call.id, status: String(status.prefix(40)), on: connection, logger: logger)
            }
            return try WebhookReply.json(["received": true, "replay": !first])
        }
    }
}
