import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// One client for every OpenAI-compatible endpoint Underdog calls. Each call gets a timeout, retries with
/// backoff on 429, 5xx and broken connections (honouring `Retry-After`), and a circuit breaker that makes
/// callers fall back at once while the provider is down.
public struct OpenAICompatibleClient: Sendable {
    public let configuration: OpenAIConfiguration
    let http: HTTPClient
    let breaker: CircuitBreaker
    let logger: Logger
    let wait: RetryWait
    /// The largest answer read; anything bigger is not an answer we asked for.
    static let maxResponseBytes = 8 << 20

    public init(configuration: OpenAIConfiguration, http: HTTPClient = .shared, logger: Logger, wait: RetryWait = .sleeping) {
        self.configuration = configuration
        self.wait = wait
        self.http = http
        self.breaker = CircuitBreaker(threshold: configuration.breakerThreshold, cooldown: configuration.breakerCooldown)
        self.logger = logger
    }

    public func chatCompletion(_ request: ChatCompletionRequest) async throws -> ChatCompletionResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = try encoder.encode(request)
        let data = try await post(path: "/chat/completions", body: body)
        do {
            return try JSONDecoder().decode(ChatCompletionResponse.self, from: data)
        } catch {
            throw AIProviderError.invalidResponse("the body is not a chat completion")
        }
    }

    /// POSTs JSON and returns the 2xx body, retrying what is worth retrying.
    func post(path: String, body: Data) async throws -> Data {
        try await send(path: path, payload: .json(body))
    }

    /// POSTs a `multipart/form-data` form (its file part streamed from disk) and returns the 2xx body, with
    /// the same retries and circuit breaker as JSON. The file is checked before anything is sent.
    func post(path: String, form: MultipartForm) async throws -> Data {
        let prepared = try form.prepare()
        return try await send(path: path, payload: .multipart(prepared))
    }

    /// The one path every request takes: the breaker, the attempt, and the retry decision.
    private func send(path: String, payload: RequestPayload) async throws -> Data {
        let policy = RetryPolicy(
            maxRetries: max(0, configuration.maxRetries), initialBackoff: configuration.initialBackoff,
            maxBackoff: configuration.maxBackoff, maxRetryAfter: configuration.maxRetryAfter)
        var retry = 0
        while true {
            guard await breaker.permit() else {
                ProviderMetrics.failed(provider: configuration.baseURL, path: path, error: .circuitOpen)
                throw AIProviderError.circuitOpen
            }
            let outcome = await attempt(path: path, payload: payload, policy: policy)
            switch outcome {
            case .success(let data):
                await breaker.record(success: true)
                ProviderMetrics.circuit(provider: configuration.baseURL, path: path, isOpen: false)
                return data
            case .refused(let error):
                // The provider is up and said no: that is no reason to stop calling it.
                await breaker.record(success: true)
                ProviderMetrics.failed(provider: configuration.baseURL, path: path, error: error)
                ProviderMetrics.circuit(provider: configuration.baseURL, path: path, isOpen: false)
                throw error
            case .failed(let error, let retryAfter):
                await breaker.record(success: false)
                ProviderMetrics.failed(provider: configuration.baseURL, path: path, error: error)
                ProviderMetrics.circuit(provider: configuration.baseURL, path: path, isOpen: await breaker.isOpen)
                retry += 1
                if case .rateLimited = error { throw error }
                guard retry <= policy.maxRetries else { throw error }
                let delay = retryAfter ?? policy.backoff(retry: retry, jitter: Double.random(in: 0...1))
                logger.notice("AI provider call failed, retrying", metadata: [
                    "path": "\(path)", "retry": "\(retry)", "wait_ms": "\(delay.milliseconds)", "reason": "\(error.summary)"])
                try await wait(delay)
            }
        }
    }

    private enum Outcome {
        case success(Data)
        /// A final answer: retrying cannot change it.
        case refused(AIProviderError)
        /// Worth another try, after the provider's `Retry-After` when it gave one.
        case failed(AIProviderError, retryAfter: Duration?)
    }

    private func attempt(path: String, payload: RequestPayload, policy: RetryPolicy) async -> Outcome {
        do {
            let response = try await http.execute(
                makeRequest(path: path, payload: payload), timeout: .nanoseconds(configuration.requestTimeout.nanoseconds), logger: logger)
            let bytes = try await response.body.collect(upTo: Self.maxResponseBytes)
            let status = Int(response.status.code)
            if (200..<300).contains(status) { return .success(Data(bytes.readableBytesView)) }
            let error = AIProviderError.http(status: status, message: Self.errorMessage(in: Data(bytes.readableBytesView)))
            guard RetryPolicy.isRetryable(status: status) else { return .refused(error) }
            guard let retryAfter = RetryPolicy.retryAfter(response.headers.first(name: "retry-after")) else {
                return .failed(error, retryAfter: nil)
            }
            guard retryAfter <= policy.maxRetryAfter else {
                return .failed(.rateLimited(retryAfterSeconds: retryAfter.seconds), retryAfter: nil)
            }
            return .failed(error, retryAfter: retryAfter)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            return .failed(.timeout, retryAfter: nil)
        } catch {
            return .failed(.transport(String(describing: error)), retryAfter: nil)
        }
    }

    func makeRequest(path: String, payload: RequestPayload) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: configuration.baseURL + path)
        request.method = .POST
        request.headers.add(name: "content-type", value: payload.contentType)
        request.headers.add(name: "accept", value: "application/json")
        if let key = configuration.apiKey, !key.isEmpty { request.headers.add(name: "authorization", value: "Bearer \(key)") }
        // Built afresh for every attempt: a streamed body can be sent only once.
        request.body = payload.makeBody()
        return request
    }

    /// OpenAI's error body is `{"error":{"message":…}}`; other servers send text. Cut short either way.
    static func errorMessage(in body: Data) -> String {
        struct Envelope: Decodable {
            struct Detail: Decodable { let message: String? }
            let error: Detail?
        }
        if let message = (try? JSONDecoder().decode(Envelope.self, from: body))?.error?.message { return String(message.prefix(300)) }
        return String(String(decoding: body.prefix(300), as: UTF8.self))
    }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }

    var milliseconds: Int64 { nanoseconds / 1_000_000 }

    var seconds: Double { Double(nanoseconds) / 1e9 }
}
