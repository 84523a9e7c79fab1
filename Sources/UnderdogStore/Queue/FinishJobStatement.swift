import Foundation
import PostgresNIO

/// Ends a run of a job the caller still holds: `succeeded` or `failed` for good, or back to `queued` to be
/// tried again after `$4` seconds. Returns the row only if the lease was still the caller's, so a worker
/// that lost its lease learns that its result no longer counts. Prepared: every job ends through it.
public struct FinishJobStatement: PostgresPreparedStatement {
    public enum Outcome: String, Sendable {
        case succeeded
        case failed
        case retry = "queued"
    }

    public static let sql = """
        UPDATE app.jobs
           SET state = $3::text, last_error = $5::text, updated_at = now(),
               run_at = CASE WHEN $3::text = 'queued' THEN now() + make_interval(secs => $4::float8) ELSE run_at END,
               finished_at = CASE WHEN $3::text = 'queued' THEN NULL ELSE now() END,
               lease_token = NULL, leased_by = NULL
         WHERE id = $1::bigint AND lease_token = $2::uuid AND state = 'running'
        RETURNING id
        """
    public typealias Row = Int64

    public let job: ClaimedJob
    public let outcome: Outcome
    public let retryAfterSeconds: Double
    public let error: String?

    public init(job: ClaimedJob, outcome: Outcome, retryAfterSeconds: Double = 0, error: String? = nil) {
        self.job = job
        self.outcome = outcome
        self.retryAfterSeconds = retryAfterSeconds
        self.error = error
    }

    public func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 5)
        bindings.append(job.id)
        bindings.append(job.leaseToken)
        bindings.append(outcome.rawValue)
        bindings.append(retryAfterSeconds)
        bindings.append(error)
        return bindings
    }

    public func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Int64.self)
    }
}
