/// Wakes idle workers when a job arrives. One ring wakes every waiter; a ring with nobody waiting is kept for
/// the next wait, so work queued between a worker's look at the queue and its wait is not slept through.
actor Doorbell {
    private var rung = false
    private var nextTicket = 0
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]

    func ring() {
        guard !waiters.isEmpty else {
            rung = true
            return
        }
        let woken = waiters
        waiters.removeAll()
        for waiter in woken.values { waiter.resume() }
    }

    /// Returns at the next ring or after `seconds`, whichever comes first.
    func wait(seconds: Double) async {
        if rung {
            rung = false
            return
        }
        nextTicket += 1
        let ticket = nextTicket
        let timeout = Task {
            try? await Task.sleep(for: .seconds(seconds))
            self.wake(ticket)
        }
        await withCheckedContinuation { waiters[ticket] = $0 }
        timeout.cancel()
    }

    private func wake(_ ticket: Int) {
        waiters.removeValue(forKey: ticket)?.resume()
    }
}
