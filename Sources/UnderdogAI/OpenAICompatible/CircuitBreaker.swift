import Foundation

/// Stops calling a provider that keeps failing, so requests fall back at once instead of each waiting
/// through timeouts and retries. After the cool-down one trial call goes through; its outcome closes the
/// circuit again or re-opens it.
public actor CircuitBreaker {
    private let threshold: Int
    private let cooldown: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private var consecutiveFailures = 0
    private var openedAt: ContinuousClock.Instant?
    private var trialInFlight = false

    public init(threshold: Int, cooldown: Duration, now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.threshold = max(1, threshold)
        self.cooldown = cooldown
        self.now = now
    }

    /// Whether a call may go out now; a call that is let through must report back with `record`.
    public func permit() -> Bool {
        guard let openedAt else { return true }
        guard now() - openedAt >= cooldown, !trialInFlight else { return false }
        trialInFlight = true
        return true
    }

    public func record(success: Bool) {
        trialInFlight = false
        if success {
            consecutiveFailures = 0
            openedAt = nil
        } else {
            consecutiveFailures += 1
            if consecutiveFailures >= threshold || openedAt != nil { openedAt = now() }
        }
    }

    public var isOpen: Bool { openedAt != nil }
}
