import AsyncHTTPClient
import NIOCore
import Synchronization

/// Pulls a download's body from the connection one chunk at a time, giving up when no bytes come for
/// `idleTimeout`. AsyncHTTPClient's deadline ends when the head arrives and a client's read timeout is whatever
/// the caller configured, so without this a stalled server would hold a worker forever.
///
/// Each wait runs in a short-lived task that owns the body iterator meanwhile, so it can be cancelled (which
/// cancels the HTTP request) on a timeout or when the reader goes away.
final class S3BodyChunks: Sendable {
    private typealias Iterator = HTTPClientResponse.Body.AsyncIterator

    private enum State {
        case ready(Transfer<Iterator>, received: Int64)
        case reading
        case finished
    }

    private let state: Mutex<State>
    private let expectedLength: Int64
    private let idleTimeout: Duration

    init(body: HTTPClientResponse.Body, expectedLength: Int64, idleTimeout: Duration) {
        self.state = Mutex(.ready(Transfer(body.makeAsyncIterator()), received: 0))
        self.expectedLength = expectedLength
        self.idleTimeout = idleTimeout
    }

    func nextChunk() async throws(BlobStoreError) -> ByteBuffer? {
        let taken = try state.withLock { state throws(BlobStoreError) -> (Transfer<Iterator>, Int64)? in
            switch state {
            case .ready(let iterator, let received):
                state = .reading
                return (iterator, received)
            case .reading: throw .transport("the download was read from two tasks at once")
            case .finished: return nil
            }
        }
        guard let (iterator, received) = taken else { return nil }
        let fetch = Task { () throws -> Transfer<(ByteBuffer?, Iterator)> in
            var iterator = iterator.value
            let chunk = try await iterator.next()
            return Transfer((chunk, iterator))
        }
        let outcome: Transfer<(ByteBuffer?, Iterator)>
        do {
            outcome = try await Deadline.run(idleTimeout) {
                try await withTaskCancellationHandler { try await fetch.value } onCancel: { fetch.cancel() }
            }
        } catch {
            // Dropping the iterator (it stays in the cancelled task) ends the request and frees the connection.
            fetch.cancel()
            state.withLock { $0 = .finished }
            throw S3Store.mapTransportError(error)
        }
        let (chunk, next) = outcome.value
        guard let chunk else {
            state.withLock { $0 = .finished }
            guard received == expectedLength else {
                throw .transport("the download ended after \(received) of \(expectedLength) bytes")
            }
            return nil
        }
        state.withLock { $0 = .ready(Transfer(next), received: received + Int64(chunk.readableBytes)) }
        return chunk
    }

    /// The stream handed to callers. When it is dropped, this object and the iterator go with it, and
    /// AsyncHTTPClient cancels the request.
    func stream() -> AsyncThrowingStream<ByteBuffer, any Error> {
        AsyncThrowingStream(unfolding: { try await self.nextChunk() })
    }
}
