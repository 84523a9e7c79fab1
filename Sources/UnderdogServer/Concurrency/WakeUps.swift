/// Tasks that wait, by key, for something to happen, or for a timeout if it does not: idle workers for a new
/// job, event streams for their upload's progress. One wake-up wakes every waiter of its key.
///
/// With `keepsUnheard`, a wake-up that finds nobody waiting is kept for the next wait of that key, so work
/// that arrives between a worker's look at the queue and its wait is not slept through. Without it, unheard
/// wake-ups are dropped: the event streams re-read their row after every wait anyway.
actor WakeUps<Key: Hashable & Sendable> {
    private let keepsUnheard: Bool
    private var unheard: Set<Key> = []
    private var nextTicket = 0
    private var waiters: [Key: [Int: CheckedContinuation<Void, Never>]] = [:]

    init(keepsUnheard: Bool) {
        self.keepsUnheard = keepsUnheard
    }

    func wake(_ key: Key) {
        guard let woken = waiters.removeValue(forKey: key), !woken.isEmpty else {
            if keepsUnheard { unheard.insert(key) }
            return
        }
        for waiter in woken.values { waiter.resume() }
    }

    /// Returns at the next wake-up of `key`, or after `seconds`, whichever comes first.
    func wait(for key: Key, seconds: Double) async {
        if unheard.remove(key) != nil { return }
        nextTicket += 1
        let ticket = nextTicket
        let timeout = Task {
            try? await Task.sleep(for: .seconds(seconds))
            self.timeOut(key, ticket)
        }
        await withCheckedContinuation { waiters[key, default: [:]][ticket] = $0 }
        timeout.cancel()
    }

    private func timeOut(_ key: Key, _ ticket: Int) {
        guard let waiter = waiters[key]?.removeValue(forKey: ticket) else { return }
        if waiters[key]?.isEmpty == true { waiters[key] = nil }
        waiter.resume()
    }
}
