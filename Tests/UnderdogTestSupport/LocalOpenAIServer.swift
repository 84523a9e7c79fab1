import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A server on loopback that speaks OpenAI's protocol: `POST /v1/chat/completions` (JSON, or Server-Sent
/// Events of `chat.completion.chunk`s ending in `data: [DONE]` when the request asks for `stream: true`) and
/// `POST /v1/audio/transcriptions` (multipart/form-data, parsed for real) and `POST /v1/embeddings`, with a
/// bearer key, answered from
/// a script of replies, one per request, in order. Tests point the real client at it to prove retries,
/// timeouts, rate limits and validation against the wire format, not a mock.
public actor LocalOpenAIServer {
    /// What the server does with the next request.
    public enum Reply: Sendable {
        /// A well-formed completion whose message content is `content` (streamed word by word when the request
        /// asks for a stream); to a transcription request, a `verbose_json` answer with this text and no segments.
        case content(String)
        /// A completion made of these pieces: to `stream: true`, one chunk event per piece, each flushed
        /// `interval` after the last, then the finish chunk and `data: [DONE]`; otherwise one completion.
        case stream([String], interval: Duration = .milliseconds(20))
        /// A stream that breaks: the role chunk and these pieces, then the connection drops (no finish, no [DONE]).
        /// What was sent just before the drop may never reach the reader: an HTTP client can discard body bytes
        /// that arrive in the same read as the end of the connection.
        case streamCut([String])
        /// A stream that stops short: the role chunk and these pieces, then the HTTP body ends cleanly with no
        /// finish chunk and no `[DONE]`. Unlike `streamCut`, every piece reaches the reader, on any machine.
        case streamTruncated([String])
        /// A 200 `text/event-stream` answer with exactly this body, for streams that break the protocol.
        case rawStream(String)
        /// A well-formed `verbose_json` transcription, as OpenAI sends it (with its extra fields).
        case transcription(text: String, duration: Double?, segments: [Segment])
        /// An OpenAI-style error body with this status; `retryAfter` becomes the `Retry-After` header.
        case error(status: Int, message: String, retryAfter: String? = nil)
        /// Any status and raw body, for answers that break the protocol.
        case raw(status: Int, body: String)
        /// Waits this long before answering with the next scripted reply (or a completion of `{}`).
        case stall(Duration, then: String)
        /// To an embeddings request: one vector of `dimensions` floats per input, derived from the input's
        /// text alone (equal inputs, equal vectors), listed in reverse order with their `index` so a client
        /// must order by `index`.
        case embeddings(dimensions: Int)
    }

    /// A timed segment of a scripted transcription.
    public struct Segment: Sendable {
        public let start: Double
        public let end: Double
        public let text: String

        public init(start: Double, end: Double, text: String) {
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// One part of a multipart/form-data body.
    public struct Part: Sendable, Equatable {
        public let name: String
        public let fileName: String?
        public let contentType: String?
        public let data: Data
        public var text: String { String(decoding: data, as: UTF8.self) }
    }

    /// A request as the server received it.
    public struct Received: Sendable {
        public let path: String
        public let authorization: String?
        public let contentType: String?
        public let body: Data
        /// The parts of a multipart body, in order; nil when the body is not multipart or does not parse.
        public let parts: [Part]?
        public var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
        /// Whether a chat request asked for Server-Sent Events.
        public var stream: Bool { json?["stream"] as? Bool ?? false }
        /// A chat request's messages, in order.
        public var messages: [(role: String, content: String)] {
            (json?["messages"] as? [[String: Any]] ?? []).map { ($0["role"] as? String ?? "", $0["content"] as? String ?? "") }
        }
        /// The first part with this name.
        public func part(_ name: String) -> Part? { parts?.first { $0.name == name } }
        /// An embeddings request's `input` (a string or an array of strings), in order.
        public var inputs: [String] {
            if let text = json?["input"] as? String { return [text] }
            return json?["input"] as? [String] ?? []
        }
    }

    private var script: [Reply]
    /// How many replies the script held at the start, for the message when it runs dry.
    private let scripted: Int
    public private(set) var received: [Received] = []
    /// Requests answered (a stalled request that the server stopped before answering does not count).
    public private(set) var answered = 0
    public let apiKey: String
    /// Set when the server stops, so a stall or a slow stream ends with it instead of outliving the test.
    private let stopping = StopFlag()

    public init(script: [Reply], apiKey: String = "sk-local-test") {
        self.script = script
        self.scripted = script.count
        self.apiKey = apiKey
    }

    /// Starts the server on a free loopback port, runs `body` with its base URL (`http://127.0.0.1:PORT/v1`),
    /// then stops it.
    public func run<Result: Sendable>(_ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let router = Router()
        router.post("/v1/chat/completions") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 4 << 20)
            return await self.answer(
                path: "/v1/chat/completions", authorization: request.headers[.authorization],
                contentType: request.headers[.contentType], body: Data(bytes.readableBytesView))
        }
        router.post("/v1/audio/transcriptions") { request, _ -> Response in
            // OpenAI takes up to 25 MB of audio; a little more leaves room for the form around it.
            let bytes = try await request.body.collect(upTo: 26 << 20)
            return await self.answer(
                path: "/v1/audio/transcriptions", authorization: request.headers[.authorization],
                contentType: request.headers[.contentType], body: Data(bytes.readableBytesView))
        }
        router.post("/v1/embeddings") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 4 << 20)
            return await self.answer(
                path: "/v1/embeddings", authorization: request.headers[.authorization],
                contentType: request.headers[.contentType], body: Data(bytes.readableBytesView))
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
            defer {
                stopping.set()
                group.cancelAll()
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw TestSupportError("the local OpenAI server did not start") }
            return try await body("http://127.0.0.1:\(port)/v1")
        }
    }

    private func answer(path: String, authorization: String?, contentType: String?, body: Data) async -> Response {
        let response = await reply(path: path, authorization: authorization, contentType: contentType, body: body)
        if !stopping.isSet { answered += 1 }
        return response
    }

    /// What the test sees when the client sent more requests than it scripted: every request received, so
    /// an unexpected retry or a second call is plain in the failure.
    private func dryScriptMessage() -> String {
        let lines = received.enumerated().map { index, request in
            "#\(index + 1) \(request.path): \(String(decoding: request.body.prefix(160), as: UTF8.self))"
        }
        return "The test scripted \(scripted) replies and this is request \(received.count). Received:\n" + lines.joined(separator: "\n")
    }

    private func reply(path: String, authorization: String?, contentType: String?, body: Data) async -> Response {
        let parts = Self.multipartBoundary(contentType).flatMap { Self.parseMultipart(body, boundary: $0) }
        received.append(Received(path: path, authorization: authorization, contentType: contentType, body: body, parts: parts))
        guard authorization == "Bearer \(apiKey)" else {
            return Self.errorResponse(status: 401, message: "Incorrect API key provided.", type: "invalid_request_error")
        }
        let model: String
        var streaming = false
        if path == "/v1/audio/transcriptions" {
            guard let parts else {
                return Self.errorResponse(status: 400, message: "The request must be multipart/form-data.", type: "invalid_request_error")
            }
            guard let file = parts.first(where: { $0.name == "file" }), file.fileName != nil, !file.data.isEmpty,
                  let modelPart = parts.first(where: { $0.name == "model" }), !modelPart.text.isEmpty
            else {
                return Self.errorResponse(status: 400, message: "'file' and 'model' are required.", type: "invalid_request_error")
            }
            guard parts.first(where: { $0.name == "response_format" })?.text == "verbose_json" else {
                return Self.errorResponse(status: 400, message: "'response_format' must be verbose_json.", type: "invalid_request_error")
            }
            model = modelPart.text
        } else if path == "/v1/embeddings" {
            let latest = received.last
            guard let embeddingModel = latest?.json?["model"] as? String, let inputs = latest?.inputs, !inputs.isEmpty else {
                return Self.errorResponse(status: 400, message: "'input' and 'model' are required.", type: "invalid_request_error")
            }
            model = embeddingModel
        } else {
            guard let request = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let chatModel = request["model"] as? String,
                  let messages = request["messages"] as? [[String: Any]], !messages.isEmpty,
                  messages.allSatisfy({ $0["role"] is String && $0["content"] is String })
            else {
                return Self.errorResponse(status: 400, message: "'messages' and 'model' are required.", type: "invalid_request_error")
            }
            model = chatModel
            if let stream = request["stream"] {
                guard let flag = stream as? Bool else {
                    return Self.errorResponse(status: 400, message: "'stream' must be a boolean.", type: "invalid_request_error")
                }
                streaming = flag
            }
        }
        let transcribing = path == "/v1/audio/transcriptions"
        let reply = script.isEmpty ? .error(status: 500, message: dryScriptMessage()) : script.removeFirst()
        switch reply {
        case .content(let content):
            if transcribing { return Self.transcription(text: content, duration: nil, segments: []) }
            return streaming ? Self.stream(model: model, pieces: Self.words(content), interval: .zero, ending: .done, stopping: stopping) : Self.completion(model: model, content: content)
        case .stream(let pieces, let interval):
            return streaming ? Self.stream(model: model, pieces: pieces, interval: interval, ending: .done, stopping: stopping) : Self.completion(model: model, content: pieces.joined())
        case .streamCut(let pieces):
            return Self.stream(model: model, pieces: pieces, interval: .milliseconds(20), ending: .dropped, stopping: stopping)
        case .streamTruncated(let pieces):
            return Self.stream(model: model, pieces: pieces, interval: .milliseconds(20), ending: .truncated, stopping: stopping)
        case .rawStream(let body):
            return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: .init(byteBuffer: ByteBuffer(string: body)))
        case .transcription(let text, let duration, let segments):
            return Self.transcription(text: text, duration: duration, segments: segments)
        case .error(let status, let message, let retryAfter):
            var response = Self.errorResponse(status: status, message: message, type: status == 429 ? "rate_limit_exceeded" : "server_error")
            if let retryAfter { response.headers[.retryAfter] = retryAfter }
            return response
        case .raw(let status, let text):
            return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
        case .stall(let duration, let content):
            await stopping.pause(for: duration)
            return transcribing ? Self.transcription(text: content, duration: nil, segments: []) : Self.completion(model: model, content: content)
        case .embeddings(let dimensions):
            guard path == "/v1/embeddings", let inputs = received.last?.inputs else {
                return Self.errorResponse(status: 400, message: "Embeddings were scripted for a request that is not one.", type: "invalid_request_error")
            }
            return Self.embeddings(model: model, inputs: inputs, dimensions: dimensions)
        }
    }

    /// An embeddings list as OpenAI sends it, but in reverse order: `index` is what ties a vector to its input.
    static func embeddings(model: String, inputs: [String], dimensions: Int) -> Response {
        let data = inputs.enumerated().reversed().map { index, input -> [String: Any] in
            ["object": "embedding", "index": index, "embedding": vector(for: input, dimensions: dimensions)]
        }
        return json(status: 200, ["object": "list", "data": data, "model": model, "usage": ["prompt_tokens": inputs.count, "total_tokens": inputs.count]])
    }

    /// A unit vector seeded by the text's FNV-1a hash (SplitMix64 steps): the same text gives the same vector
    /// in every run.
    public static func vector(for input: String, dimensions: Int) -> [Double] {
        var state = input.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
        let values = (0..<max(0, dimensions)).map { _ -> Double in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53) * 2 - 1
        }
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        // Rounded to Float precision, so a client decoding `[Float]` gets exactly `Float(value)` back.
        return values.map { Double(Float(norm > 0 ? $0 / norm : $0)) }
    }

    /// `verbose_json` as OpenAI's Whisper answers it.
    static func transcription(text: String, duration: Double?, segments: [Segment]) -> Response {
        var object: [String: Any] = ["task": "transcribe", "language": "english", "text": text]
        if let duration { object["duration"] = duration }
        if !segments.isEmpty {
            object["segments"] = segments.enumerated().map { index, segment -> [String: Any] in
                ["id": index, "seek": 0, "start": segment.start, "end": segment.end, "text": segment.text, "tokens": [50364, 2425],
                 "temperature": 0.0, "avg_logprob": -0.25, "compression_ratio": 1.2, "no_speech_prob": 0.01]
            }
        }
        return json(status: 200, object)
    }

    /// The `boundary` parameter of a `multipart/form-data` content type.
    static func multipartBoundary(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Splits a multipart/form-data body (RFC 7578) into its parts; nil when it is not well formed: no
    /// opening delimiter, no closing one, or a part without a `Content-Disposition: form-data; name=…`.
    static func parseMultipart(_ body: Data, boundary: String) -> [Part]? {
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]
        guard bytes.starts(with: delimiter) else { return nil }
        var parts: [Part] = []
        var position = delimiter.count
        while true {
            // After a delimiter: `--` closes the body, CRLF opens a part.
            if bytes[position...].starts(with: [45, 45]) { return parts }
            guard bytes[position...].starts(with: crlf) else { return nil }
            position += 2
            guard let headerEnd = find([13, 10, 13, 10], in: bytes, from: position) else { return nil }
            let headerText = String(decoding: bytes[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = find(crlf + delimiter, in: bytes, from: contentStart) else { return nil }
            var headers: [String: String] = [:]
            for line in headerText.components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { return nil }
                headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            guard let disposition = headers["content-disposition"] else { return nil }
            let parameters = dispositionParameters(disposition)
            guard parameters.kind == "form-data", let name = parameters.values["name"] else { return nil }
            parts.append(Part(name: name, fileName: parameters.values["filename"], contentType: headers["content-type"], data: Data(bytes[contentStart..<next])))
            position = next + crlf.count + delimiter.count
        }
    }

    /// `form-data; name="file"; filename="call.wav"` → ("form-data", ["name": "file", "filename": "call.wav"]).
    static func dispositionParameters(_ value: String) -> (kind: String, values: [String: String]) {
        var values: [String: String] = [:]
        var kind = ""
        var index = value.startIndex
        func skipSpaces() { while index < value.endIndex, value[index] == " " { index = value.index(after: index) } }
        while index < value.endIndex, value[index] != ";" { kind.append(value[index]); index = value.index(after: index) }
        while index < value.endIndex {
            index = value.index(after: index) // the ';'
            skipSpaces()
            var key = ""
            while index < value.endIndex, value[index] != "=", value[index] != ";" { key.append(value[index]); index = value.index(after: index) }
            guard index < value.endIndex, value[index] == "=" else { continue }
            index = value.index(after: index)
            var parameter = ""
            if index < value.endIndex, value[index] == "\"" {
                index = value.index(after: index)
                while index < value.endIndex, value[index] != "\"" {
                    if value[index] == "\\", value.index(after: index) < value.endIndex { index = value.index(after: index) }
                    parameter.append(value[index])
                    index = value.index(after: index)
                }
                if index < value.endIndex { index = value.index(after: index) }
                while index < value.endIndex, value[index] != ";" { index = value.index(after: index) }
            } else {
                while index < value.endIndex, value[index] != ";" { parameter.append(value[index]); index = value.index(after: index) }
            }
            values[key.trimmingCharacters(in: .whitespaces).lowercased()] = parameter.trimmingCharacters(in: .whitespaces)
        }
        return (kind.trimmingCharacters(in: .whitespaces).lowercased(), values)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
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

    /// `text/event-stream` as OpenAI streams a chat completion: a first chunk with the role, one chunk per
    /// piece of content, a last chunk with an empty delta and the finish reason, then `data: [DONE]`. Every
    /// chunk carries the same id, `created` and model.
    /// How a scripted stream ends after its pieces.
    enum StreamEnding: Sendable {
        /// The finish chunk and `data: [DONE]`, as OpenAI ends a stream.
        case done
        /// The connection drops mid-body.
        case dropped
        /// The body ends cleanly, but without the finish chunk or `[DONE]`.
        case truncated
    }

    static func stream(model: String, pieces: [String], interval: Duration, ending: StreamEnding, stopping: StopFlag) -> Response {
        let id = "chatcmpl-\(UUID().uuidString.lowercased())"
        let created = Int(Date().timeIntervalSince1970)
        @Sendable func event(delta: [String: Any], finish: String?) -> ByteBuffer {
            let object: [String: Any] = [
                "id": id, "object": "chat.completion.chunk", "created": created, "model": model, "system_fingerprint": "fp_local",
                "choices": [["index": 0, "delta": delta, "logprobs": NSNull(), "finish_reason": finish.map { $0 as Any } ?? NSNull()]],
            ]
            let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
            return ByteBuffer(string: "data: \(String(decoding: data, as: UTF8.self))\n\n")
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                try await writer.write(event(delta: ["role": "assistant", "content": "", "refusal": NSNull()], finish: nil))
                for piece in pieces {
                    if interval > .zero {
                        await stopping.pause(for: interval)
                        if stopping.isSet { throw TestSupportError("the server stopped mid-stream") }
                    }
                    try await writer.write(event(delta: ["content": piece], finish: nil))
                }
                switch ending {
                case .done: break
                case .dropped:
                    // Dropping the connection without the chunked body's end is what a crashed upstream looks like.
                    throw TestSupportError("the scripted stream is cut here")
                case .truncated:
                    try await writer.finish(nil)
                    return
                }
                try await writer.write(event(delta: [:], finish: "stop"))
                try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                try await writer.finish(nil)
            })
    }

    /// Words with the space before them, as a tokenizer would stream them.
    static func words(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            if character == " ", !current.isEmpty, current.last != " " {
                pieces.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    static func errorResponse(status: Int, message: String, type: String) -> Response {
        json(status: status, ["error": ["message": message, "type": type, "param": NSNull(), "code": NSNull()]])
    }

    static func json(status: Int, _ object: [String: Any]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
