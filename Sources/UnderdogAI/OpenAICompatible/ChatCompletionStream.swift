import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization

/// `POST /chat/completions` with `stream: true`: the answer's text as it is generated.
extension OpenAICompatibleClient {
    /// The text deltas of the model's answer, in order, ending after the provider's `data: [DONE]`.
    ///
    /// Fails with `AIProviderError`: an HTTP error status, a malformed chunk, a stream that ends before
    /// `[DONE]`, or no bytes for `idleTimeout` (default: the configuration's request timeout, which also
    /// bounds the wait for the response head). Retries, `Retry-After` and the circuit breaker work as for
    /// `chatCompletion`, but only until the first text is delivered: after that a retry would repeat or
    /// contradict what the reader has already seen. Stopping the iteration cancels the request.
    public func streamChatCompletion(_ request: ChatCompletionRequest, idleTimeout: Duration? = nil) -> AsyncThrowingStream<String, any Error> {
        var request = request
        request.stream = true
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: String.self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let body = try? encoder.encode(request) else {
            continuation.finish(throwing: AIProviderError.invalidResponse("the request could not be encoded"))
            return stream
        }
        let idle = idleTimeout ?? configuration.requestTimeout
        let task = Task {
            do {
                try await streamWithRetries(body: body, idle: idle, continuation: continuation)
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func streamWithRetries(body: Data, idle: Duration, continuation: AsyncThrowingStream<String, any Error>.Continuation) async throws {
        let policy = RetryPolicy(
            maxRetries: max(0, configuration.maxRetries), initialBackoff: configuration.initialBackoff,
            maxBackoff: configuration.maxBackoff, maxRetryAfter: configuration.maxRetryAfter)
        var retry = 0
        while true {
            guard await breaker.permit() else { throw AIProviderError.circuitOpen }
            let outcome = await streamAttempt(body: body, idle: idle, policy: policy, continuation: continuation)
            if Task.isCancelled {
                // The reader went away; the provider did nothing wrong.
                await breaker.record(success: true)
                throw CancellationError()
            }
            switch outcome {
            case .completed:
                await breaker.record(success: true)
                return
            case .refused(let error):
                await breaker.record(success: true)
                throw error
            case .failed(let error, let retryAfter, let delivered):
                await breaker.record(success: false)
                retry += 1
                if delivered { throw error }
                if case .rateLimited = error { throw error }
                guard retry <= policy.maxRetries else { throw error }
                let delay = retryAfter ?? policy.backoff(retry: retry, jitter: Double.random(in: 0...1))
                logger.notice("AI provider stream failed before any text, retrying", metadata: [
                    "path": "/chat/completions", "retry": "\(retry)", "wait_ms": "\(delay.milliseconds)", "reason": "\(error.summary)"])
                try await wait(delay)
            }
        }
    }

    private enum StreamOutcome: Sendable {
        /// `[DONE]` arrived.
        case completed
        /// A final answer (an error status not worth retrying, a broken chunk): the provider is up.
        case refused(AIProviderError)
        /// Worth another try when nothing was delivered yet.
        case failed(AIProviderError, retryAfter: Duration?, delivered: Bool)
    }

    /// One request: the head within the request timeout (or `idle`, if shorter: waiting for the head is a quiet
    /// stream too), then every read within `idle` of the last.
    private func streamAttempt(
        body: Data, idle: Duration, policy: RetryPolicy, continuation: AsyncThrowingStream<String, any Error>.Continuation
    ) async -> StreamOutcome {
        let response: HTTPClientResponse
        do {
            var request = makeRequest(path: "/chat/completions", payload: .json(body))
            request.headers.replaceOrAdd(name: "accept", value: "text/event-stream")
            let headTimeout = min(configuration.requestTimeout, idle)
            response = try await http.execute(request, timeout: .nanoseconds(headTimeout.nanoseconds), logger: logger)
        } catch {
            return .failed(Self.providerError(error), retryAfter: nil, delivered: false)
        }
        let watch = StreamWatch()
        return await withTaskGroup(of: StreamOutcome.self) { group in
            group.addTask { await read(response, policy: policy, watch: watch, continuation: continuation) }
            group.addTask {
                while true {
                    let quiet = watch.quietFor
                    if quiet >= idle { return .failed(.timeout, retryAfter: nil, delivered: watch.delivered) }
                    do { try await Task.sleep(for: idle - quiet) } catch { return .failed(.timeout, retryAfter: nil, delivered: watch.delivered) }
                }
            }
            let first = await group.next() ?? .failed(.timeout, retryAfter: nil, delivered: watch.delivered)
            group.cancelAll()
            return first
        }
    }

    private func read(
        _ response: HTTPClientResponse, policy: RetryPolicy, watch: StreamWatch, continuation: AsyncThrowingStream<String, any Error>.Continuation
    ) async -> StreamOutcome {
        let status = Int(response.status.code)
        do {
            guard (200..<300).contains(status) else {
                let error = AIProviderError.http(status: status, message: Self.errorMessage(in: try await collect(response, upTo: 64 << 10, watch: watch)))
                guard RetryPolicy.isRetryable(status: status) else { return .refused(error) }
                guard let retryAfter = RetryPolicy.retryAfter(response.headers.first(name: "retry-after")) else {
                    return .failed(error, retryAfter: nil, delivered: false)
                }
                guard retryAfter <= policy.maxRetryAfter else {
                    return .failed(.rateLimited(retryAfterSeconds: retryAfter.seconds), retryAfter: nil, delivered: false)
                }
                return .failed(error, retryAfter: retryAfter, delivered: false)
            }
            let contentType = response.headers.first(name: "content-type")?.lowercased() ?? ""
            if contentType.hasPrefix("application/json") {
                // A server that ignores `stream` answers with one whole completion: take it as one delta.
                let data = try await collect(response, upTo: Self.maxResponseBytes, watch: watch)
                guard let completion = try? JSONDecoder().decode(ChatCompletionResponse.self, from: data),
                      let content = completion.choices.first?.message.content
                else { return .refused(.invalidResponse("the body is not a chat completion")) }
                if !content.isEmpty {
                    watch.markDelivered()
                    continuation.yield(content)
                }
                return .completed
            }
            guard contentType.hasPrefix("text/event-stream") else {
                return .refused(.invalidResponse("the answer is \(contentType.isEmpty ? "untyped" : contentType), not an event stream"))
            }
            var parser = ServerSentEventParser()
            func handle(_ event: ServerSentEventParser.Event) throws(AIProviderError) -> Bool {
                switch try ChatCompletionChunk.interpret(event.data) {
                case .done:
                    return true
                case .text(let text):
                    if !text.isEmpty {
                        watch.markDelivered()
                        continuation.yield(text)
                    }
                    return false
                }
            }
            for try await buffer in response.body {
                watch.touch()
                let events: [ServerSentEventParser.Event]
                do { events = try parser.feed(buffer.readableBytesView) } catch { return .refused(.invalidResponse(error.reason)) }
                for event in events {
                    if try handle(event) { return .completed }
                }
            }
            if let event = parser.finish(), try handle(event) { return .completed }
            return .failed(.invalidResponse("the stream ended before [DONE]"), retryAfter: nil, delivered: watch.delivered)
        } catch let error as AIProviderError {
            return .refused(error)
        } catch {
            return .failed(Self.providerError(error), retryAfter: nil, delivered: watch.delivered)
        }
    }

    private func collect(_ response: HTTPClientResponse, upTo limit: Int, watch: StreamWatch) async throws -> Data {
        var data = Data()
        for try await buffer in response.body {
            watch.touch()
            guard data.count + buffer.readableBytes <= limit else { throw AIProviderError.invalidResponse("the body is larger than \(limit) bytes") }
            data.append(contentsOf: buffer.readableBytesView)
        }
        return data
    }

    static func providerError(_ error: any Error) -> AIProviderError {
        if let error = error as? HTTPClientError, error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            return .timeout
        }
        return .transport(String(describing: error))
    }
}

/// When the stream last showed signs of life, and whether any text has gone to the reader.
private final class StreamWatch: Sendable {
    private struct State {
        var lastActivity = ContinuousClock.now
        var delivered = false
    }

    private let state = Mutex(State())

    func touch() { state.withLock { $0.lastActivity = .now } }
    func markDelivered() { state.withLock { $0.delivered = true } }
    var delivered: Bool { state.withLock { $0.delivered } }
    var quietFor: Duration { ContinuousClock.now - state.withLock { $0.lastActivity } }
}
