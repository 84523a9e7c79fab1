import Foundation
import Hummingbird
import Logging
import NIOCore
import UnderdogAI
import UnderdogAPI
import UnderdogDomain
import UnderdogStore

/// `POST /api/v1/roleplay/conversations/{id}/turns/stream`: the turn of `POST …/turns`, answered as
/// Server-Sent Events so a browser shows the persona's words as they come. Events: `delta` (`{"text"}`, a piece
/// of the reply; the offline engine sends its whole reply as one), then `turn` (the conversation, the same JSON
/// as the JSON endpoint answers), or `error` (`{"error":{"code","message"}}`) instead of `turn`. Refusals
/// known before the first word (404, 409, a provider that fails at once) are plain JSON errors.
///
/// A plain route beside the generated API, as every streaming route is: the OpenAPI document describes JSON.
/// The rep's line and the reply are saved together once the reply is complete; a client that goes away
/// halfway leaves the call as it was.
struct RoleplayStreamRoutes: Sendable {
    let turns: RoleplayTurns

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("/api/v1/roleplay/conversations/:conversation_id/turns/stream") { request, context in
            guard let idText = context.parameters.get("conversation_id"), let id = UUID(uuidString: idText) else {
                throw AppError.notFound("No such conversation.")
            }
            return try await stream(request, conversation: id, context: context)
        }
    }

    func stream(_ request: Request, conversation id: UUID, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        let text = try await Self.text(of: request)
        let identity = context.identity
        let logger = context.logger
        let turns = self.turns
        guard let chat = turns.chat else {
            let (reply, record) = try await turns.answerWithEngine(id, text: text, identity: identity, logger: logger)
            let frames = [try RoleplayEvent.delta(reply.text), try RoleplayEvent.turn(record)]
            return EventStream.response { writer in
                for frame in frames { try await writer.write(frame) }
            }
        }
        let pending = try await turns.prepare(id, text: text, identity: identity, logger: logger)
        // The first event is awaited before answering, so a provider that fails at once gets a plain JSON 502.
        let events = EventIterator(turns.reply(to: pending, chat: chat))
        let first: ChatPersona.Event?
        do {
            first = try await events.next()
        } catch {
            throw AppError.personaUnavailable(error)
        }
        return EventStream.response { writer in
            var event = first
            while let current = event {
                switch current {
                case .delta(let piece):
                    // A failed write means the client went away: stop, and nothing is saved.
                    try await writer.write(try RoleplayEvent.delta(piece))
                case .reply(let reply):
                    do {
                        let record = try await turns.commit(pending, reply: reply, identity: identity, logger: logger)
                        try await writer.write(try RoleplayEvent.turn(record))
                    } catch {
                        let failure = ErrorMiddleware<AppRequestContext>.appError(for: error)
                        if failure.status.code >= 500 { logger.error("streamed turn not saved", metadata: ["error": "\(error)"]) }
                        try await writer.write(try RoleplayEvent.error(failure))
                    }
                }
                do {
                    event = try await events.next()
                } catch {
                    let failure = AppError.personaUnavailable(error)
                    logger.warning("persona reply failed mid-stream; nothing saved", metadata: ["reason": "\(failure.message)"])
                    try await writer.write(try RoleplayEvent.error(failure))
                    event = nil
                }
            }
        }
    }

    /// The rep's line from `{"text": …}`, checked as the JSON endpoint checks it.
    static func text(of request: Request) async throws -> String {
        struct Body: Decodable { let text: String }
        let bytes = try await request.collectBody(limit: 64 << 10)
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(buffer: bytes)) else {
            throw AppError.badRequest("Send JSON with the rep's line as `text`.", code: "invalid_body")
        }
        try Validate.length(body.text, "text", 1...2000)
        let text = body.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw AppError.badRequest("Say something: the text is blank.", code: "invalid_text") }
        return text
    }
}

/// The reply stream's iterator, started by the handler (to see the first event) and then handed to the
/// response body, which alone uses it from there on; never used from two tasks at once.
private final class EventIterator: @unchecked Sendable {
    private var iterator: AsyncThrowingStream<ChatPersona.Event, any Error>.Iterator

    init(_ stream: AsyncThrowingStream<ChatPersona.Event, any Error>) {
        iterator = stream.makeAsyncIterator()
    }

    func next() async throws -> ChatPersona.Event? {
        try await iterator.next()
    }
}

/// One Server-Sent Event of a streamed turn. JSON never holds a raw newline, so `data` is always one line.
enum RoleplayEvent {
    static func delta(_ text: String) throws -> ByteBuffer {
        try EventStream.frame("delta", ["text": text])
    }

    static func turn(_ record: ConversationRecord) throws -> ByteBuffer {
        EventStream.frame("turn", json: try UploadJSON.encode(Components.Schemas.Conversation(record)))
    }

    static func error(_ error: AppError) throws -> ByteBuffer {
        try EventStream.frame("error", ErrorBody(code: error.code, message: error.message))
    }
}
