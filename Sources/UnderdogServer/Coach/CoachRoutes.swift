import Foundation
import Hummingbird
import Logging
import NIOCore
import UnderdogAI
import UnderdogStore

/// `POST /api/v1/coach/messages`: a question to the coach, answered as Server-Sent Events (`thread`,
/// `citations`, `delta`…, then `done` or `error`). A plain route beside the generated API, as every streaming
/// route is. Retrieval and saving run as the rep, so RLS keeps each thread its owner's; the question and the
/// answer are saved together once the answer is complete, and a failed answer saves nothing.
struct CoachRoutes: Sendable {
    let database: Database
    let coach: Coach

    static let path = "/api/v1/coach/messages"

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post(RouterPath(Self.path)) { request, context in try await ask(request, context: context) }
    }

    struct Body: Decodable {
        let threadID: String?
        let mode: String?
        let message: String

        enum CodingKeys: String, CodingKey {
            case threadID = "thread_id"
            case mode, message
        }
    }

    func ask(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let bytes = try await request.collectBody(limit: 64 << 10)
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(buffer: bytes)) else {
            throw AppError.badRequest("Send JSON: {\"message\": …, \"mode\": …} or {\"thread_id\": …, \"message\": …}.", code: "invalid_body")
        }
        try Validate.length(body.message, "message", 1...2000)
        let question = body.message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !question.isEmpty else { throw AppError.badRequest("Ask something: the message is blank.", code: "invalid_message") }
        let requestedMode = try body.mode.map { text in
            guard let mode = CoachMode(rawValue: text) else {
                throw AppError.badRequest("mode must be one of \(CoachMode.allCases.map(\.rawValue).joined(separator: ", ")).", code: "invalid_mode")
            }
            return mode
        }
        let threadID = try body.threadID.map { text in
            guard let id = UUID(uuidString: text) else { throw AppError.notFound("No such thread.") }
            return id
        }
        let identity = context.identity
        let logger = context.logger
        let coach = self.coach
        let database = self.database

        // The thread (found, or opened), its history and the sources, all as the rep.
        let (thread, history, grounding) = try await StoreError.classifying {
            try await database.transaction(as: identity, logger: logger) { connection in
                let thread: CoachThreadRecord
                var history: [(role: String, content: String)] = []
                if let threadID {
                    guard let found = try await CoachQueries.thread(threadID, on: connection, logger: logger) else {
                        throw AppError.notFound("No such thread.")
                    }
                    if let requestedMode, requestedMode.rawValue != found.mode {
                        throw AppError.conflict("This thread is in \(found.mode) mode; start a new thread for \(requestedMode.rawValue).", code: "mode_mismatch")
                    }
                    thread = found
                    history = try await CoachQueries.messages(in: found.id, on: connection, logger: logger).map { ($0.role, $0.content) }
                } else {
                    thread = try await CoachQueries.createThread(
                        userID: user.id, mode: (requestedMode ?? .free).rawValue, title: Self.title(for: question), on: connection, logger: logger)
                }
                let grounding = try await coach.ground(question, mode: CoachMode(rawValue: thread.mode) ?? .free, on: connection, logger: logger)
                return (thread, history, grounding)
            }
        }
        let mode = CoachMode(rawValue: thread.mode) ?? .free
        let answer = coach.answer(question, mode: mode, grounding: grounding, history: history)
        return EventStream.response { writer in
            try await writer.write(try EventStream.frame("thread", ["thread_id": thread.id.uuidString.lowercased(), "mode": thread.mode]))
            try await writer.write(try EventStream.frame("citations", CitationsEvent(citations: grounding.citations)))
            var text = ""
            do {
                for try await piece in answer {
                    text += piece
                    try await writer.write(try EventStream.frame("delta", ["text": piece]))
                }
                guard !text.allSatisfy(\.isWhitespace) else { throw AppError.coachUnavailable("the answer was empty") }
                let citationsJSON = String(decoding: try JSONEncoder().encode(grounding.citations), as: UTF8.self)
                let messageID = try await database.transaction(as: identity, logger: logger) { connection in
                    try await CoachQueries.exchange(thread: thread.id, question: question, answer: text, citationsJSON: citationsJSON,
                                                    engine: coach.engine, on: connection, logger: logger)
                }
                try await writer.write(try EventStream.frame("done", [
                    "message_id": messageID.uuidString.lowercased(), "thread_id": thread.id.uuidString.lowercased(), "engine": coach.engine,
                ]))
            } catch {
                let failure = error as? AppError ?? AppError.coachUnavailable((error as? AIProviderError)?.summary ?? "the answer was cut off")
                logger.warning("coach answer failed; nothing saved", metadata: ["reason": "\(failure.message)"])
                try await writer.write(try EventStream.frame("error", ErrorBody(code: failure.code, message: failure.message)))
            }
        }
    }

    struct CitationsEvent: Encodable {
        let citations: [Coach.Citation]
    }

    /// A thread is named after its first question, cut at a word boundary.
    static func title(for question: String) -> String {
        let flat = question.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > 80 else { return flat }
        let cut = flat.prefix(80)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
