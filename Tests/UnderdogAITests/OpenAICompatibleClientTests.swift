import Foundation
import Logging
import Testing
import UnderdogAI
import UnderdogTestSupport

@Suite("OpenAI-compatible client against a local server speaking the protocol")
struct OpenAICompatibleClientTests {
    static let logger = Logger(label: "ai-tests")

    /// A client for one test. No retries unless the test is about them, so a slow answer on a loaded machine
    /// cannot send a request the script did not expect; a timeout long enough that only a hang reaches it.
    static func client(_ baseURL: String, key: String = "sk-local-test", timeout: Duration = .seconds(120),
                       retries: Int = 0, breakerThreshold: Int = 5, waits: RecordedWaits = RecordedWaits()) -> OpenAICompatibleClient {
        OpenAICompatibleClient(
            configuration: OpenAIConfiguration(
                baseURL: baseURL, apiKey: key, chatModel: "judge-mini", requestTimeout: timeout, maxRetries: retries,
                initialBackoff: .milliseconds(20), maxBackoff: .milliseconds(50), maxRetryAfter: .seconds(3),
                breakerThreshold: breakerThreshold, breakerCooldown: .seconds(60)),
            logger: logger, wait: waits.wait)
    }

    static let hello = ChatCompletionRequest(model: "judge-mini", messages: [.user("Say hello.")])

    @Test("a 429 with Retry-After is waited out, then the answer is returned; the key goes as a bearer token")
    func retryAfterHonoured() async throws {
        let server = LocalOpenAIServer(script: [.error(status: 429, message: "Rate limit reached", retryAfter: "1"), .content("hello")])
        let waits = RecordedWaits()
        let response = try await server.run { base in try await Self.client(base, retries: 2, waits: waits).chatCompletion(Self.hello) }
        #expect(response.choices.first?.message.content == "hello")
        #expect(waits.all == [.seconds(1)], "the client must wait exactly the server's Retry-After before its one retry")
        let received = await server.received
        #expect(received.count == 2)
        #expect(received.allSatisfy { $0.authorization == "Bearer sk-local-test" })
    }

    @Test("a Retry-After longer than the client will wait fails at once as rate limited")
    func retryAfterTooLong() async throws {
        let server = LocalOpenAIServer(script: [.error(status: 429, message: "Slow down", retryAfter: "120"), .content("late")])
        await #expect(throws: AIProviderError.rateLimited(retryAfterSeconds: 120)) {
            try await server.run { base in _ = try await Self.client(base, retries: 2).chatCompletion(Self.hello) }
        }
        #expect(await server.received.count == 1)
    }

    @Test("a burst of 500s opens the circuit: later calls fail at once without reaching the server")
    func breakerOpens() async throws {
        let burst = Array(repeating: LocalOpenAIServer.Reply.error(status: 500, message: "upstream overloaded"), count: 10)
        let server = LocalOpenAIServer(script: burst + [.content("never reached")])
        try await server.run { base in
            let client = Self.client(base, retries: 1, breakerThreshold: 4)
            await #expect(throws: AIProviderError.http(status: 500, message: "upstream overloaded")) { _ = try await client.chatCompletion(Self.hello) }
            await #expect(throws: AIProviderError.http(status: 500, message: "upstream overloaded")) { _ = try await client.chatCompletion(Self.hello) }
            await #expect(throws: AIProviderError.circuitOpen) { _ = try await client.chatCompletion(Self.hello) }
        }
        #expect(await server.received.count == 4, "two calls of two attempts each, then none")
    }

    @Test("an answer that never comes is abandoned at the timeout and reported as one")
    func timeout() async throws {
        // The server holds the request until it stops: only the client's own timeout can end the call.
        let server = LocalOpenAIServer(script: [.stall(.seconds(600), then: "too late")])
        try await server.run { base in
            await #expect(throws: AIProviderError.timeout) {
                _ = try await Self.client(base, timeout: .milliseconds(300)).chatCompletion(Self.hello)
            }
        }
        #expect(await server.received.count == 1)
        #expect(await server.answered == 0, "the client had an answer: it did not time out")
    }

    @Test("a wrong key is a 401 that is not retried; a body that is not a completion is reported as such")
    func refusedAndMalformed() async throws {
        let server = LocalOpenAIServer(script: [.raw(status: 200, body: "<html>proxy error</html>")])
        try await server.run { base in
            await #expect(throws: AIProviderError.http(status: 401, message: "Incorrect API key provided.")) {
                _ = try await Self.client(base, key: "sk-wrong").chatCompletion(Self.hello)
            }
            await #expect(throws: AIProviderError.invalidResponse("the body is not a chat completion")) {
                _ = try await Self.client(base).chatCompletion(Self.hello)
            }
        }
        #expect(await server.received.count == 2)
    }
}
