import Testing
import UnderdogAI

@Suite("Server-Sent Events and chat completion chunks, parsed as they arrive")
struct ServerSentEventParserTests {
    static func events(_ chunks: [String]) throws -> [ServerSentEventParser.Event] {
        var parser = ServerSentEventParser()
        var events: [ServerSentEventParser.Event] = []
        for chunk in chunks { events += try parser.feed(Array(chunk.utf8)) }
        if let last = parser.finish() { events.append(last) }
        return events
    }

    @Test("events split anywhere, with LF, CRLF or CR line ends, come out whole and in order")
    func splitAnywhere() throws {
        let body = "data: {\"a\":1}\n\ndata: {\"b\":2}\r\n\r\ndata: {\"c\":3}\r\rdata: [DONE]\n\n"
        let expected = [#"{"a":1}"#, #"{"b":2}"#, #"{"c":3}"#, "[DONE]"].map { ServerSentEventParser.Event(data: $0) }
        #expect(try Self.events([body]) == expected)
        // Every split point, including between the CR and LF of a CRLF.
        let bytes = Array(body.utf8)
        for cut in 1..<bytes.count {
            var parser = ServerSentEventParser()
            let events = try parser.feed(bytes[..<cut]) + parser.feed(bytes[cut...])
            #expect(events == expected, "split at \(cut)")
        }
    }

    @Test("comments are skipped, multi-line data is joined, event names kept, a last event without its blank line is kept")
    func fields() throws {
        let events = try Self.events([": keep-alive\n\nevent: error\ndata: line one\ndata:line two\nid: 7\n\n", "data: [DONE]"])
        #expect(events == [.init(name: "error", data: "line one\nline two"), .init(data: "[DONE]")])
    }

    @Test("a UTF-8 character split across chunks arrives intact")
    func utf8Split() throws {
        let bytes = Array("data: {\"t\":\"café 👋\"}\n\n".utf8)
        var parser = ServerSentEventParser()
        var events: [ServerSentEventParser.Event] = []
        for byte in bytes { events += try parser.feed([byte]) }
        #expect(events == [.init(data: "{\"t\":\"café 👋\"}")])
    }

    @Test("a line longer than the limit is refused")
    func overlongLine() {
        var parser = ServerSentEventParser()
        #expect(throws: ServerSentEventError.self) { _ = try parser.feed([UInt8](repeating: 65, count: ServerSentEventParser.maxLineBytes + 1)) }
    }

    @Test("chunks: content deltas, role-only and finish chunks, usage chunks without choices, [DONE]")
    func chunkPieces() throws {
        let role = #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#
        let text = #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hel\nlo"},"finish_reason":null}]}"#
        let finish = #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#
        let usage = #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"total_tokens":3}}"#
        #expect(try ChatCompletionChunk.interpret(role) == .text(""))
        #expect(try ChatCompletionChunk.interpret(text) == .text("Hel\nlo"))
        #expect(try ChatCompletionChunk.interpret(finish) == .text(""))
        #expect(try ChatCompletionChunk.interpret(usage) == .text(""))
        #expect(try ChatCompletionChunk.interpret("[DONE]") == .done)
    }

    @Test("a malformed chunk, an error object in the stream and a refusal are invalid responses")
    func badChunks() {
        #expect(throws: AIProviderError.invalidResponse("a stream event is not a chat completion chunk: {not json")) {
            try ChatCompletionChunk.interpret("{not json")
        }
        #expect(throws: AIProviderError.invalidResponse("the provider reported an error in the stream: overloaded")) {
            try ChatCompletionChunk.interpret(#"{"error":{"message":"overloaded","type":"server_error"}}"#)
        }
        #expect(throws: AIProviderError.invalidResponse("the model refused: no")) {
            try ChatCompletionChunk.interpret(#"{"choices":[{"index":0,"delta":{"refusal":"no"}}]}"#)
        }
    }
}
