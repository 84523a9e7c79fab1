import Foundation
import Testing
import UnderdogAI
import UnderdogTestSupport

@Suite("Streamed chat completions against a local server speaking the protocol")
struct ChatCompletionStreamTests {
    static func collect(_ stream: AsyncThrowingStream<String, any Error>) async throws -> [String] {
        var pieces: [String] = []
        for try await piece in stream { pieces.append(piece) }
        return pieces
    }

    /// The pieces delivered before the stream failed, and the failure.
    static func collectUntilFailure(_ stream: AsyncThrowingStream<String, any Error>) async -> ([String], (any Error)?) {
        var pieces: [String] = []
        do {
            for try await piece in stream { pieces.append(piece) }
            return (pieces, nil)
        } catch {
            return (pieces, error)
        }
    }

    @Test("the deltas arrive one by one as the server flushes them; the request asked for stream: true")
    func deltas() async throws {
        let server = LocalOpenAIServer(script: [.stream(["Hel", "lo, ", "wor", "ld."])])
        let pieces = try await server.run { base in
            try await Self.collect(OpenAICompatibleClientTests.client(base).streamChatCompletion(OpenAICompatibleClientTests.hello))
        }
        #expect(pieces == ["Hel", "lo, ", "wor", "ld."])
        let received = await server.received
        #expect(received.count == 1 && received[0].stream)
        #expect(received[0].messages.map(\.content) == ["Say hello."])
    }

    @Test("the non-streaming request leaves `stream` out of the body")
    func nonStreamingBodyHasNoStreamField() async throws {
        let server = LocalOpenAIServer(script: [.content("hi")])
        _ = try await server.run { base in try await OpenAICompatibleClientTests.client(base).chatCompletion(OpenAICompatibleClientTests.hello) }
        #expect(await server.received[0].json?["stream"] == nil)
    }

    @Test("a 500 before the first byte is retried; the reader sees only the good stream")
    func retriedBeforeFirstByte() async throws {
        let server = LocalOpenAIServer(script: [.error(status: 500, message: "boom"), .stream(["Fine."])])
        let pieces = try await server.run { base in
            try await Self.collect(OpenAICompatibleClientTests.client(base, retries: 1).streamChatCompletion(OpenAICompatibleClientTests.hello))
        }
        #expect(pieces == ["Fine."])
        #expect(await server.received.count == 2)
    }

    @Test("a 400 is not retried and comes back as the HTTP error")
    func clientErrorNotRetried() async throws {
        let server = LocalOpenAIServer(script: [.error(status: 400, message: "bad model"), .stream(["never"])])
        let (pieces, error) = try await server.run { base in
            await Self.collectUntilFailure(OpenAICompatibleClientTests.client(base, retries: 1).streamChatCompletion(OpenAICompatibleClientTests.hello))
        }
        #expect(pieces.isEmpty)
        #expect(error as? AIProviderError == .http(status: 400, message: "bad model"))
        #expect(await server.received.count == 1)
    }

    @Test("a stream that stops short after text was delivered fails without a retry, keeping what was delivered")
    func cutAfterDelivery() async throws {
        let server = LocalOpenAIServer(script: [.streamTruncated(["Well, ", "I sup"]), .stream(["again"])])
        let (pieces, error) = try await server.run { base in
            await Self.collectUntilFailure(OpenAICompatibleClientTests.client(base, retries: 1).streamChatCompletion(OpenAICompatibleClientTests.hello))
        }
        #expect(pieces == ["Well, ", "I sup"])
        #expect(error as? AIProviderError == .invalidResponse("the stream ended before [DONE]"), "\(String(describing: error))")
        #expect(await server.received.count == 1)
    }

    @Test("a connection dropped mid-stream fails as a provider error; what arrived came in order, and once text was shown there is no retry")
    func droppedMidStream() async throws {
        let server = LocalOpenAIServer(script: [.streamCut(["Well, ", "I sup"]), .stream(["again"])])
        let (pieces, error) = try await server.run { base in
            await Self.collectUntilFailure(OpenAICompatibleClientTests.client(base, retries: 1).streamChatCompletion(OpenAICompatibleClientTests.hello))
        }
        // The bytes that share a read with the drop may be discarded by the HTTP client, so how much of the
        // text arrives depends on timing; when none did, the one retry answers instead.
        let requests = await server.received.count
        if pieces == ["again"] {
            #expect(error == nil && requests == 2)
        } else {
            #expect(!pieces.isEmpty && ["Well, ", "I sup"].starts(with: pieces), "\(pieces)")
            #expect(error is AIProviderError, "\(String(describing: error))")
            #expect(requests == 1)
        }
    }

    @Test("a stream cut before any text is retried")
    func cutBeforeDelivery() async throws {
        let server = LocalOpenAIServer(script: [.streamCut([]), .stream(["Second try."])])
        let pieces = try await server.run { base in
            try await Self.collect(OpenAICompatibleClientTests.client(base, retries: 1).streamChatCompletion(OpenAICompatibleClientTests.hello))
        }
        #expect(pieces == ["Second try."])
        #expect(await server.received.count == 2)
    }

    @Test("a stream that goes quiet for longer than the idle timeout fails as a timeout")
    func idleTimeout() async throws {
        let server = LocalOpenAIServer(script: [.stream(["late"], interval: .seconds(600))])
        // The server holds "late" back until it stops, so a timeout error and no text prove the idle limit cut
        // the stream; no wall-clock assertion, which a loaded machine would make flaky.
        let (pieces, error) = try await server.run { base in
            await Self.collectUntilFailure(OpenAICompatibleClientTests.client(base, retries: 0)
                .streamChatCompletion(OpenAICompatibleClientTests.hello, idleTimeout: .milliseconds(300)))
        }
        #expect(pieces.isEmpty)
        #expect(error as? AIProviderError == .timeout)
    }

    @Test("a malformed chunk is an invalid response")
    func malformedChunk() async throws {
        let server = LocalOpenAIServer(script: [.rawStream("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ok\"}}]}\n\ndata: {oops\n\n")])
        let (pieces, error) = try await server.run { base in
            await Self.collectUntilFailure(OpenAICompatibleClientTests.client(base).streamChatCompletion(OpenAICompatibleClientTests.hello))
        }
        #expect(pieces == ["ok"])
        guard case .invalidResponse = error as? AIProviderError else { Issue.record("expected an invalid response, got \(String(describing: error))"); return }
    }
}
