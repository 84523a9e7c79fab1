import Foundation
import Logging
import UnderdogBlobs
import UnderdogServer
import UnderdogStore

/// The retention policy's settings (docs/DATA_RETENTION_POLICY.md), each a whole number of days:
/// - `UNDERDOG_RETENTION_DELETED_DAYS` (30): soft-deleted sessions, scores, uploads with their recordings, progress;
/// - `UNDERDOG_RETENTION_AUDIT_DAYS` (400): the audit trail;
/// - `UNDERDOG_RETENTION_EVENTS_DAYS` (180): session events (webhook payloads);
/// - `UNDERDOG_RETENTION_JOBS_DAYS` (30): finished jobs; `UNDERDOG_RETENTION_TOKENS_DAYS` (30): dead refresh tokens;
/// - `UNDERDOG_RETENTION_INTERVAL_HOURS` (24): how often the scheduled purge runs; 0 turns the schedule off.
extension CommandEnvironment {
    func retentionPolicy() throws -> RetentionPolicy {
        let standard = RetentionPolicy.standard
        return RetentionPolicy(
            deletedRowsDays: try days("UNDERDOG_RETENTION_DELETED_DAYS", standard.deletedRowsDays),
            auditDays: try days("UNDERDOG_RETENTION_AUDIT_DAYS", standard.auditDays),
            sessionEventsDays: try days("UNDERDOG_RETENTION_EVENTS_DAYS", standard.sessionEventsDays),
            finishedJobsDays: try days("UNDERDOG_RETENTION_JOBS_DAYS", standard.finishedJobsDays),
            deadTokensDays: try days("UNDERDOG_RETENTION_TOKENS_DAYS", standard.deadTokensDays),
            batchSize: standard.batchSize)
    }

    /// nil when the schedule is turned off.
    func retentionInterval() throws -> Duration? {
        let hours = try days("UNDERDOG_RETENTION_INTERVAL_HOURS", 24, allowZero: true)
        return hours == 0 ? nil : .seconds(hours * 3600)
    }

    /// The scheduled purge for a process that runs workers on `service` with `blobs`, or nil when turned off.
    func retentionSchedule(service: ServiceDatabase, blobs: any BlobStore, logger: Logger) throws -> RetentionSchedule? {
        guard let interval = try retentionInterval() else { return nil }
        let purge = RetentionPurge(service: service, blobs: blobs, policy: try retentionPolicy(),
                                   objectRows: try storageObjectRows(), logger: logger)
        return RetentionSchedule(purge: purge, interval: interval, logger: logger)
    }

    private func days(_ name: String, _ fallback: Int, allowZero: Bool = false) throws -> Int {
        guard let text = ProcessInfo.processInfo.environment[name], !text.isEmpty else { return fallback }
        guard let value = Int(text), value >= (allowZero ? 0 : 1), value <= 36_500 else {
            throw CommandError("\(name) must be a whole number from \(allowZero ? 0 : 1) to 36500, not \(text)")
        }
        return value
    }
}
