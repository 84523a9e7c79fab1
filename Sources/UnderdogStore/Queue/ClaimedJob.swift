import Foundation

/// A job a worker holds the lease on. `leaseToken` is the proof of that lease: every later write about the
/// job (heartbeat, stage result, completion) names it, and is refused once another worker has claimed it.
public struct ClaimedJob: Sendable, Equatable {
    public let id: Int64
    public let kind: String
    public let uploadID: UUID?
    public let payload: String
    /// Counting this one: 1 on the first run.
    public let attempt: Int
    public let maxAttempts: Int
    public let leaseToken: UUID

    /// The queue gives a job one more run than it allows attempts, so that a job whose worker kept dying
    /// (and so never recorded a failure) is still finished, as failed, by the next worker that claims it.
    public var isBeyondLastAttempt: Bool { attempt > maxAttempts }
}
