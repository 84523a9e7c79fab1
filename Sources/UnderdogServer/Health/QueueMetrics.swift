import Foundation
import Logging
import Metrics
import PostgresNIO
import UnderdogStore

/// The job queue as `/metrics` shows it, read from `app.jobs` at each scrape: jobs waiting and running per kind,
/// and how long the oldest due job has waited (the number to alert on: it grows when workers are missing or
/// stuck, docs/ALERTS.md). One small query over the claimable-jobs index, as `service_role`.
struct QueueMetrics: Sendable {
    let database: Database

    func refresh(logger: Logger) async {
        do {
            // A scrape must answer even while the database does not: the gauges keep their last values then.
            let database = self.database
            let rows = try await withDeadline(.seconds(2)) { try await database.transaction(as: .service, logger: logger) { connection in
                try await connection.query("""
                    SELECT kind,
                           count(*) FILTER (WHERE state = 'queued')::int,
                           count(*) FILTER (WHERE state = 'running' AND run_at > now())::int,
                           coalesce(extract(epoch FROM now() - min(run_at) FILTER (WHERE run_at <= now())), 0)::float8
                      FROM app.jobs WHERE state IN ('queued', 'running') GROUP BY kind
                    """, logger: logger).collect().map { try $0.decode((String, Int, Int, Double).self) }
            } }
            var seen: Set<String> = []
            for (kind, queued, running, age) in rows {
                seen.insert(kind)
                record(kind: kind, queued: queued, running: running, oldestDueSeconds: age)
            }
            // A kind whose jobs are all done reads 0, not its last value.
            for kind in Self.knownKinds.subtracting(seen) { record(kind: kind, queued: 0, running: 0, oldestDueSeconds: 0) }
        } catch {
            logger.warning("queue metrics could not be read", metadata: ["error": "\(error)"])
        }
    }

    static let knownKinds: Set<String> = ["analyse_call", RetentionQueries.jobKind]

    private func record(kind: String, queued: Int, running: Int, oldestDueSeconds: Double) {
        Gauge(label: "underdog_jobs", dimensions: [("kind", kind), ("state", "queued")]).record(queued)
        Gauge(label: "underdog_jobs", dimensions: [("kind", kind), ("state", "running")]).record(running)
        Gauge(label: "underdog_job_oldest_due_seconds", dimensions: [("kind", kind)]).record(oldestDueSeconds)
    }
}
