import Synchronization

/// Whether this request has already shown that its session is live. Every transaction's first statement asks
/// the database whether the session still stands (and refuses the whole transaction when it does not), so a
/// page that read anything as its viewer has proved it; only a page that read nothing needs a check of its own.
/// That saves each page view a transaction of its own: a quarter of a score card's database round trips.
final class LivenessProof: Sendable {
    private let proven = Atomic<Bool>(false)

    /// Called once a transaction as the viewer has had the database's answer: it committed, or it was refused
    /// because the session has ended (and the page is already the signed-out redirect).
    func record() {
        proven.store(true, ordering: .relaxed)
    }

    var isProven: Bool {
        proven.load(ordering: .relaxed)
    }
}
