import Foundation
import Logging
import UnderdogBlobs
import UnderdogStore

/// Removes what the retention policy no longer keeps (docs/DATA_RETENTION_POLICY.md), as `service_role`, in
/// batches, each batch its own transaction with its audit summary. Idempotent and safe on several servers at
/// once: a batch locks its rows with SKIP LOCKED, and a crash loses at most one uncommitted batch, which the next
/// run repeats (a recording already deleted from the blob store is not an error).
public struct RetentionPurge: Sendable {
    public let service: ServiceDatabase
    public let blobs: any BlobStore
    public let policy: RetentionPolicy
    public let objectRows: StorageObjectRows
    let logger: Logger

    public init(service: ServiceDatabase, blobs: any BlobStore, policy: RetentionPolicy, objectRows: StorageObjectRows = .server, logger: Logger) {
        self.service = service
        self.blobs = blobs
        self.policy = policy
        self.objectRows = objectRows
        self.logger = logger
    }

    /// Rows per category: purged, or with `dryRun` what would be.
    public struct Report: Sendable, Equatable {
        public var rows: [RetentionCategory: Int] = [:]
        public var recordingsDeleted = 0
        public var total: Int { rows.values.reduce(0, +) }
    }

    /// The cutoff for each category, from `now`.
    public func cutoffs(now: Date) -> [RetentionCategory: Date] {
        func daysAgo(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86_400) }
        return [
            .deletedUploads: daysAgo(policy.deletedRowsDays),
            .deletedSessions: daysAgo(policy.deletedRowsDays),
            .deletedScores: daysAgo(policy.deletedRowsDays),
            .deletedProgress: daysAgo(policy.deletedRowsDays),
            .sessionEvents: daysAgo(policy.sessionEventsDays),
            .auditLog: daysAgo(policy.auditDays),
            .finishedJobs: daysAgo(policy.finishedJobsDays),
            .deadRefreshTokens: daysAgo(policy.deadTokensDays),
        ]
    }

    public func run(dryRun: Bool, now: Date = Date()) async throws -> Report {
        let cutoffs = cutoffs(now: now)
        var report = Report()
        if dryRun {
            try await service.transaction { connection in
                for category in RetentionCategory.allCases {
                    report.rows[category] = try await RetentionQueries.count(category, before: cutoffs[category]!, on: connection, logger: logger)
                }
            }
            return report
        }
        // Uploads and sessions first: their cascades and companions must go before the rows they point at age out.
        let (uploads, recordings) = try await purgeUploads(before: cutoffs[.deletedUploads]!)
        report.rows[.deletedUploads] = uploads
        report.recordingsDeleted = recordings
        for category in RetentionCategory.allCases where category != .deletedUploads {
            report.rows[category] = try await purge(category, before: cutoffs[category]!)
        }
        logger.info("retention purge done", metadata: [
            "rows": "\(report.total)", "recordings": "\(report.recordingsDeleted)",
        ])
        return report
    }

    private func purge(_ category: RetentionCategory, before cutoff: Date) async throws -> Int {
        var total = 0
        while true {
            let removed = try await service.transaction { connection in
                try await RetentionQueries.allowHardDelete(on: connection, logger: logger)
                let removed = try await RetentionQueries.deleteBatch(category, before: cutoff, limit: policy.batchSize, on: connection, logger: logger)
                try await RetentionQueries.recordPurge(category, rows: removed, cutoff: cutoff, on: connection, logger: logger)
                return removed
            }
            total += removed
            if removed < policy.batchSize { return total }
        }
    }

    /// Each batch: lock the expired uploads, delete their recordings from the blob store, delete the rows,
    /// commit. A failure before the commit leaves the rows, so the next run deletes the same recordings again.
    private func purgeUploads(before cutoff: Date) async throws -> (rows: Int, recordings: Int) {
        var rows = 0
        var recordings = 0
        while true {
            let batch = try await service.transaction { connection in
                try await RetentionQueries.allowHardDelete(on: connection, logger: logger)
                let uploads = try await RetentionQueries.lockExpiredUploads(before: cutoff, limit: policy.batchSize, on: connection, logger: logger)
                var deleted = 0
                for upload in uploads {
                    // A path that is not a valid key never reached the blob store: only its row remains.
                    guard let key = try? BlobKey(upload.filePath) else { continue }
                    try await blobs.delete(bucket: UploadQueries.bucket, key: key)
                    deleted += 1
                }
                try await RetentionQueries.deleteUploads(uploads.map(\.id), filePaths: uploads.map(\.filePath), objectRows: objectRows, on: connection, logger: logger)
                try await RetentionQueries.recordPurge(.deletedUploads, rows: uploads.count, cutoff: cutoff, on: connection, logger: logger)
                return (uploads.count, deleted)
            }
            rows += batch.0
            recordings += batch.1
            if batch.0 < policy.batchSize { return (rows, recordings) }
        }
    }
}
