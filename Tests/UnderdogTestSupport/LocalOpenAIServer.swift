import Foundation
import Hummingbird
import Logging
import NIOCore

/// A server on loopback that speaks OpenAI's chat completions protocol: `POST /v1/chat/completions` with a
/// bearer key, answered from a script of replies, one per request, in order. Tests point the real client
/// at it to prove retries, timeouts, rate limits and validation against the wire format, not a mock.
public actor LocalOpenAIServer {
    /// What the server does with the next request.
    public enum Reply: Sendable {
        /// A well-formed completion whose message content is `content`.
        case content(String)
        /// An OpenAI-style error body with this status; `retryAfter` becomes the `Retry-After` header.
        case error(status: Int, message: String, retryAfter: String? = nil)
        /// Any status and raw body, for answers that break the protocol.
        case raw(status: Int, body: String)
        /// Waits this long before answering with the next scripted reply (or a completion of `{}`).
        case stall(Duration, then: String)
    }

    /// A request as the server received it.
    public struct Received: Sendable {
        public let path: String
        public let authorization: String?
        public let body: Data
        public var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
    }

    private var script: [Reply]
    public private(set) var received: [Received] = []
    public let apiKey: String

    public init(script: [Reply], apiKey: String = "sk-local-test") {
        self.script = script
        self.apiKey = apiKey
    }

    /// Starts the server on a free loopback port, runs `body` with its base URL (`http://127.0.0.1:PORT/v1`),
    /// then stops it.
    public func run<Result: Sendable>(_ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let router = Router()
        router.post("/v1/chat/completions") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 4 << 20)
            return await self.answer(path: "/v1/chat/completions", authorization: request.headers[.authorization], body: Data(bytes.readableBytesView))
        }
        let (ports, sink) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "local-openai")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in sink.yield(channel.localAddress?.port ?? 0) },
            logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw TestSupportError("the local OpenAI server did not start") }
            return try await body("http://127.0.0.1:\(port)/v1")
        }
    }

    private func answer(path: String, authorization: String?, body: Data) async -> Response {
        received.append(Received(path: path, authorization: authorization, body: body))
        guard authorization == "Bearer \(apiKey)" else {
            return Self.errorResponse(status: 401, message: "Incorrect API key provided.", type: "invalid_request_error")
        }
        guard let request = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
              let model = request["model"] as? String,
              let messages = request["messages"] as? [[String: Any]], !messages.isEmpty,
              messages.allSatisfy({ $0["role"] is String && $0["content"] is String })
        else {
            return Self.errorResponse(status: 400, message: "'messages' and 'model' are required.", type: "invalid_request_error")
        }
        let reply = script.isEmpty ? .error(status: 500, message: "The test scripted no more replies.") : script.removeFirst()
        switch reply {
        case .content(let content):
            return Self.completion(model: model, content: content)
        case .error(let status, let message, let retryAfter):
            var response = Self.errorResponse(status: status, message: message, type: status == 429 ? "rate_limit_exceeded" : "server_error")
            if let retryAfter { response.headers[.retryAfter] = retryAfter }
            return response
        case .raw(let status, let text):
            return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
        case .stall(let duration, let content):
            try? await Task.sleep(for: duration)
            return Self.completion(model: model, content: content)
        }
    }

    static func completion(model: String, content: String) -> Response {
        let object: [String: Any] = [
            "id": "chatcmpl-\(UUID().uuidString.lowercased())",
            "object": "chat.completion",
            "created": Int(Date().timeIntervalSince1970),
            "model": model,
            "choices": [["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": "stop"]],
            "usage": ["prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150],
        ]
        return json(status: 200, object)
    }

    static func errorResponse(status: Int, message: String, type: String) -> Response {
        json(status: status, ["error": ["message": message, "type": type, "param": NSNull(), "code": NSNull()]])
    }

    static func json(status: Int, _ object: [String: Any]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
