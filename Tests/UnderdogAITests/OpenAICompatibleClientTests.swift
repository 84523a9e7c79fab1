import Foundation
import Logging
import Testing
import UnderdogAI
import UnderdogTestSupport

@Suite("OpenAI-compatible client against a local server speaking the protocol")
struct OpenAICompatibleClientTests {
    static let logger = Logger(label: "ai-tests")

    static func client(_ baseURL: String, key: String = "sk-local-test", timeout: Duration = .seconds(5),
                       retries: Int = 2, breakerThreshold: Int = 5) -> OpenAICompatibleClient {
        OpenAICompatibleClient(
            configuration: OpenAIConfiguration(
                baseURL: baseURL, apiKey: key, chatModel: "judge-mini", requestTimeout: timeout, maxRetries: retries,
                initialBackoff: .milliseconds(20), maxBackoff: .milliseconds(50), maxRetryAfter: .seconds(3),
                breakerThreshold: breakerThreshold, breakerCooldown: .seconds(60)),
            logger: logger)
    }

    static let hello = ChatCompletionRequest(model: "judge-mini", messages: [.user("Say hello.")])

    @Test("a 429 with Retry-After is waited out, then the answer is returned; the key goes as a bearer token")
    func retryAfterHonoured() async throws {
        let server = LocalOpenAIServer(script: [.error(status: 429, message: "Rate limit reached", retryAfter: "1"), .content("hello")])
        let started = ContinuousClock.now
        let response = try await server.run { base in try await Self.client(base).chatCompletion(Self.hello) }
        let elapsed = ContinuousClock.now - started
        #expect(response.choices.first?.message.content == "hello")
        #expect(elapsed >= .seconds(1), "waited \(elapsed), less than the server's Retry-After")
        let received = await server.received
        #expect(received.count == 2)
        #expect(received.allSatisfy { $0.authorization == "Bearer sk-local-test" })
    }

    @Test("a Retry-After longer than the client will wait fails at once as rate limited")
    func retryAfterTooLong() async throws {
        let server = LocalOpenAIServer(script: [.error(status: 429, message: "Slow down", retryAfter: "120"), .content("late")])
        await #expect(throws: AIProviderError.rateLimited(retryAfterSeconds: 120)) {
            try await server.run { base in _ = try await Self.client(base).chatCompletion(Self.hello) }
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

    @Test("an answer slower than the timeout is abandoned and reported as a timeout")
    func timeout() async throws {
        let server = LocalOpenAIServer(script: [.stall(.seconds(5), then: "too late")])
        let abandonedAfter = try await server.run { base in
            let started = ContinuousClock.now
            await #expect(throws: AIProviderError.timeout) {
                _ = try await Self.client(base, timeout: .milliseconds(300), retries: 0).chatCompletion(Self.hello)
            }
            return ContinuousClock.now - started
        }
        #expect(abandonedAfter < .seconds(5), "the client waited for the answer instead of giving up")
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
