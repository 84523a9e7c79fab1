import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL job queue. Every operation runs as `service_role` (the pool's own role), one statement
/// in its own implicit transaction unless the caller's transaction is given, and everything after a claim
/// is fenced by the claim's lease token (see migration 012).
public struct JobQueue: Sendable {
    public let database: ServiceDatabase
    /// Names the claimant in `leased_by`, for operators reading the table; the token is what counts.
    public let worker: String
    /// How long a claim lasts without a heartbeat; a dead worker's job is claimable again after this.
    public let leaseSeconds: Double
    public let backoff: RetryBackoff

    public init(database: ServiceDatabase, worker: String, leaseSeconds: Double = 30, backoff: RetryBackoff = .init()) {
        self.database = database
        self.worker = worker
        self.leaseSeconds = leaseSeconds
        self.backoff = backoff
    }

    /// Adds a job not tied to an upload (uploads are queued by their own insert trigger).
    @discardableResult
    public func enqueue(kind: String, payload: String = "{}", maxAttempts: Int = 5) async throws -> Int64 {
        try await StoreError.classifying {
            let rows = try await database.client.query("""
                INSERT INTO app.jobs (kind, payload, max_attempts) VALUES (\(kind), \(payload)::jsonb, \(Int32(maxAttempts)))
                RETURNING id
                """, logger: database.logger)
            for try await id in rows.decode(Int64.self) { return id }
            throw StoreError.invalid("the job was not written")
        }
    }

    /// The oldest due job of these kinds, now leased to this worker; nil when none is due.
    public func claim(kinds: [String]) async throws -> ClaimedJob? {
        let statement = ClaimJobStatement(kinds: kinds, worker: worker, leaseSeconds: leaseSeconds)
        for try await row in try await database.client.execute(statement, logger: database.logger) {
            return ClaimedJob(row)
        }
        return nil
    }

    /// Claims inside a transaction the caller already runs as `service_role`.
    public func claim(kinds: [String], on connection: PostgresConnection) async throws -> ClaimedJob? {
        let statement = ClaimJobStatement(kinds: kinds, worker: worker, leaseSeconds: leaseSeconds)
        for try await row in try await connection.execute(statement, logger: database.logger) {
            return ClaimedJob(row)
        }
        return nil
    }

    /// Extends the lease; false when it is no longer this worker's (the job was taken over or finished).
    public func heartbeat(_ job: ClaimedJob) async throws -> Bool {
        let rows = try await database.client.query("""
            UPDATE app.jobs SET run_at = now() + make_interval(secs => \(leaseSeconds)), updated_at = now()
             WHERE id = \(job.id) AND lease_token = \(job.leaseToken) AND state = 'running'
            RETURNING id
            """, logger: database.logger)
        return try await rows.collect().count == 1
    }

    /// Marks the run finished as `outcome`, in the caller's transaction, so a stage's final write and the
    /// job's end commit together or not at all. False when the lease was lost: the caller must roll back.
    public func finish(
        _ job: ClaimedJob, as outcome: FinishJobStatement.Outcome, retryAfterSeconds: Double = 0, error: String? = nil,
        on connection: PostgresConnection
    ) async throws -> Bool {
        let statement = FinishJobStatement(job: job, outcome: outcome, retryAfterSeconds: retryAfterSeconds, error: error.map(Self.clip))
        var finished = false
        for try await _ in try await connection.execute(statement, logger: database.logger) { finished = true }
        return finished
    }

    /// `finish` as a statement of its own.
    public func finish(
        _ job: ClaimedJob, as outcome: FinishJobStatement.Outcome, retryAfterSeconds: Double = 0, error: String? = nil
    ) async throws -> Bool {
        let statement = FinishJobStatement(job: job, outcome: outcome, retryAfterSeconds: retryAfterSeconds, error: error.map(Self.clip))
        var finished = false
        for try await _ in try await database.client.execute(statement, logger: database.logger) { finished = true }
        return finished
    }

    public func succeed(_ job: ClaimedJob) async throws -> Bool {
        try await finish(job, as: .succeeded)
    }

    /// A failed run: queued again after a backoff while attempts remain, otherwise failed for good.
    /// Returns the outcome recorded, or nil when the lease was lost.
    public func fail(_ job: ClaimedJob, error: String, retryable: Bool = true) async throws -> FinishJobStatement.Outcome? {
        let outcome: FinishJobStatement.Outcome = retryable && job.attempt < job.maxAttempts ? .retry : .failed
        let delay = outcome == .retry ? backoff.delay(afterAttempt: job.attempt) : 0
        return try await finish(job, as: outcome, retryAfterSeconds: delay, error: error) ? outcome : nil
    }

    /// Fences a stage's write: locks the job row and checks the lease is still this worker's. Call it first in
    /// the transaction that writes the stage's result; a false means another worker owns the job now.
    public func holdsLease(_ job: ClaimedJob, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query("""
            SELECT id FROM app.jobs WHERE id = \(job.id) AND lease_token = \(job.leaseToken) AND state = 'running' FOR UPDATE
            """, logger: database.logger)
        return try await rows.collect().count == 1
    }

    /// Error texts come from tools and providers; keep the row small and valid UTF-8 whatever they say.
    public static func clip(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.filter { $0 != "\u{0}" }.map(Character.init))
        return cleaned.count <= 2000 ? cleaned : String(cleaned.prefix(2000)) + "…"
    }
}
