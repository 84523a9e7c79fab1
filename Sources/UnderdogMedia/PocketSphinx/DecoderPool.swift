import Synchronization

/// Lends decoders to recognitions, at most `limit` at once: each holds a loaded model, and more decoders than
/// cores only slow each other down. Callers beyond the limit wait (cancellably) for one to come back.
final class DecoderPool: Sendable {
    /// What `acquire` hands out: an idle decoder, or the right to create one (creating takes a second, so the
    /// caller does it off the lock, on its own thread).
    enum Lease: Sendable {
        case reuse(SphinxDecoder)
        case create
    }

    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Lease, any Error>
    }

    private struct State {
        var idle: [SphinxDecoder] = []
        /// Decoders lent out or idle, plus leases to create one.
        var outstanding = 0
        var waiters: [Waiter] = []
        var nextWaiter: UInt64 = 0
    }

    let limit: Int
    private let state: Mutex<State>

    init(limit: Int, first: SphinxDecoder?) {
        self.limit = max(1, limit)
        var initial = State()
        if let first {
            initial.idle = [first]
            initial.outstanding = 1
        }
        state = Mutex(initial)
    }

    func acquire() async throws -> Lease {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Lease, any Error>) in
                let lease: Result<Lease, any Error>? = state.withLock { state in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if let decoder = state.idle.popLast() { return .success(.reuse(decoder)) }
                    if state.outstanding < limit {
                        state.outstanding += 1
                        return .success(.create)
                    }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return nil
                }
                if let lease { continuation.resume(with: lease) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Returns a lease: the decoder for reuse, or nil when it was never created or is no longer trusted.
    func release(_ decoder: SphinxDecoder?) {
        let (waiter, lease): (Waiter?, Lease?) = state.withLock { state in
            if state.waiters.isEmpty {
                if let decoder { state.idle.append(decoder) } else { state.outstanding -= 1 }
                return (nil, nil)
            }
            let waiter = state.waiters.removeFirst()
            return (waiter, decoder.map(Lease.reuse) ?? .create)
        }
        if let waiter, let lease { waiter.continuation.resume(returning: lease) }
    }

    var idleCount: Int { state.withLock { $0.idle.count } }
}
