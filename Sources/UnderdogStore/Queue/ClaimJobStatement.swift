import Foundation
import PostgresNIO

/// Takes the oldest due job of the given kinds and leases it to one worker. `SKIP LOCKED` lets many workers
/// claim at once without waiting on each other's rows. A job whose lease ran out (its worker died) is due
/// again, because a lease is nothing but `run_at` in the future. Prepared once per connection: it is the
/// queue's hottest statement.
public struct ClaimJobStatement: PostgresPreparedStatement {
    public static let sql = """
        UPDATE app.jobs j
           SET state = 'running', attempts = j.attempts + 1, run_at = now() + make_interval(secs => $3::float8),
               lease_token = gen_random_uuid(), leased_by = $2::text, updated_at = now()
          FROM (SELECT id FROM app.jobs
                 WHERE state IN ('queued', 'running') AND run_at <= now() AND kind = ANY ($1::text[])
                 ORDER BY run_at
                 LIMIT 1
                 FOR UPDATE SKIP LOCKED) due
         WHERE j.id = due.id
        RETURNING j.id, j.kind, j.upload_id, j.payload::text, j.attempts, j.max_attempts, j.lease_token
        """
    public typealias Row = (Int64, String, UUID?, String, Int32, Int32, UUID)

    public let kinds: [String]
    public let worker: String
    public let leaseSeconds: Double

    public init(kinds: [String], worker: String, leaseSeconds: Double) {
        self.kinds = kinds
        self.worker = worker
        self.leaseSeconds = leaseSeconds
    }

    public func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 3)
        bindings.append(kinds)
        bindings.append(worker)
        bindings.append(leaseSeconds)
        return bindings
    }

    public func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}

extension ClaimedJob {
    init(_ row: ClaimJobStatement.Row) {
        self.init(id: row.0, kind: row.1, uploadID: row.2, payload: row.3, attempt: Int(row.4),
                  maxAttempts: Int(row.5), leaseToken: row.6)
    }
}
