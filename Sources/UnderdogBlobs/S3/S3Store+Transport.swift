import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Addressing, signing, timeouts and retries: what every S3 call shares.
extension S3Store {
    /// The largest body read into memory for a non-download answer (XML results and errors are a few KiB).
    static let maxCollectedBody = 1 << 20

    /// Sends a call whose answer is small and returns it whatever its status, after retrying the transient
    /// failures (a 5xx that outlasts the retries is thrown). The body is bounded by `requestTimeout` too.
    func send(_ request: S3Request) async throws(BlobStoreError) -> S3Response {
        try await withRetries(request) { () throws(BlobStoreError) -> Attempt<S3Response> in
            let response = try await collect(try await execute(request))
            return Self.retryableStatuses.contains(response.status) ? .retryable(response) : .finished(response)
        }
    }

    /// Sends a download and returns its head with the body still on the connection. Failures, including 404
    /// and 416, are thrown here so that callers only ever see a body worth streaming.
    func open(_ request: S3Request) async throws(BlobStoreError) -> HTTPClientResponse {
        try await withRetries(request) { () throws(BlobStoreError) -> Attempt<HTTPClientResponse> in
            let head = try await execute(request)
            if (200..<300).contains(Int(head.status.code)) { return .finished(head) }
            // Collected (it is a small XML error) so the code can be read and the connection reused.
            let failed = try await collect(head)
            if Self.retryableStatuses.contains(failed.status) { return .retryable(failed) }
            switch (failed.status, failed.errorCode) {
            case (404, "NoSuchKey"), (404, nil): throw .notFound
            case (416, _): throw .invalidRange
            default: throw failed.failure()
            }
        }
    }

    private enum Attempt<T: Sendable>: Sendable {
        case finished(T)
        /// An answer that another try may improve on (500, 502, 503, 504).
        case retryable(S3Response)
    }

    private static let retryableStatuses: Set<Int> = [500, 502, 503, 504]

    /// Tries `attempt` up to `maxAttempts` times while it fails in a way that another try may cure (a broken
    /// connection, a timeout, a 5xx), waiting a little longer each time. Bodies are in memory, so resending
    /// them is safe; each try is signed afresh.
    private func withRetries<T: Sendable>(
        _ request: S3Request, _ attempt: () async throws(BlobStoreError) -> Attempt<T>
    ) async throws(BlobStoreError) -> T {
        var tries = 0
        while true {
            tries += 1
            let failure: BlobStoreError
            do {
                switch try await attempt() {
                case .finished(let result): return result
                case .retryable(let response): failure = response.failure()
                }
            } catch {
                guard error.isTransient else { throw error }
                failure = error
            }
            guard tries < configuration.maxAttempts else { throw failure }
            let backoff = Duration.milliseconds(100 * (1 << min(tries - 1, 6))) * Double.random(in: 0.5...1.5)
            logger.notice("S3 call failed, retrying", metadata: [
                "operation": "\(request.operation)", "try": "\(tries)", "error": "\(failure)"])
            do { try await Task.sleep(for: backoff) } catch { throw .cancelled }
        }
    }

    /// One attempt: sign with the current time and wait for the answer's head within `requestTimeout`.
    private func execute(_ request: S3Request) async throws(BlobStoreError) -> HTTPClientResponse {
        observer?(request.operation)
        let prepared = prepare(request, at: Date())
        do {
            return try await http.execute(prepared, timeout: .nanoseconds(configuration.requestTimeout.nanoseconds), logger: logger)
        } catch {
            throw Self.mapTransportError(error)
        }
    }

    private func collect(_ response: HTTPClientResponse) async throws(BlobStoreError) -> S3Response {
        let body = response.body
        do {
            let bytes = try await Deadline.run(configuration.requestTimeout) {
                try await body.collect(upTo: Self.maxCollectedBody)
            }
            return S3Response(status: Int(response.status.code), headers: response.headers, body: bytes)
        } catch {
            throw Self.mapTransportError(error)
        }
    }

    /// The HTTP request for one attempt, addressed and signed. The payload is hashed and signed rather than
    /// sent as UNSIGNED-PAYLOAD: S3 then rejects a body damaged on the way, and parts are in memory anyway.
    func prepare(_ request: S3Request, at date: Date) -> HTTPClientRequest {
        let (host, path) = endpoint.address(bucket: request.bucket, key: request.key, pathStyle: configuration.pathStyle)
        let payloadHash = request.body.map { $0.withUnsafeReadableBytes { SigV4Signer.hexSHA256($0) } } ?? SigV4Signer.emptyPayloadHash
        var headers = request.headers
        headers.append((name: "host", value: host))
        let authentication = signer.sign(
            SigV4Signer.Request(
                method: request.method.rawValue, canonicalURI: path, query: request.query, headers: headers, payloadHash: payloadHash),
            at: date)
        let query = request.query
            .map { item in
                let name = AWSURIEncoding.encode(item.name, keepSlash: false)
                return item.value.isEmpty ? name : "\(name)=\(AWSURIEncoding.encode(item.value, keepSlash: false))"
            }
            .joined(separator: "&")
        var http = HTTPClientRequest(url: "\(endpoint.scheme)://\(host)\(path)\(query.isEmpty ? "" : "?" + query)")
        http.method = request.method
        for header in headers + authentication { http.headers.add(name: header.name, value: header.value) }
        if let body = request.body {
            http.body = .bytes(body)
        } else if request.method == .PUT || request.method == .POST {
            // Without it AsyncHTTPClient sends no length at all, which S3 refuses with 411.
            http.headers.replaceOrAdd(name: "content-length", value: "0")
        }
        return http
    }

    static func mapTransportError(_ error: any Error) -> BlobStoreError {
        switch error {
        case let error as BlobStoreError:
            return error
        case is Deadline.Exceeded:
            return .timeout
        case is CancellationError:
            return .cancelled
        case let error as HTTPClientError:
            if error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout || error == .writeTimeout {
                return .timeout
            }
            if error == .cancelled { return .cancelled }
            return .transport(String(describing: error))
        default:
            return .transport(String(describing: error))
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
