import Foundation
import Logging
import UnderdogBlobs
import UnderdogStore

/// Erases one member: their recordings from the blob store, then everything the database holds about them in
/// one transaction (app.erase_member, migration 022: rows removed, the account kept as a tombstone, the audit
/// trail's copies redacted and the erasure recorded with counts). Recordings go first so that a crash leaves
/// rows pointing at nothing rather than recordings nobody can find; erasing again finishes the job.
public struct MemberErasure: Sendable {
    public let service: ServiceDatabase
    public let blobs: any BlobStore
    public let objectRows: StorageObjectRows
    let logger: Logger

    public init(service: ServiceDatabase, blobs: any BlobStore, objectRows: StorageObjectRows = .server, logger: Logger) {
        self.service = service
        self.blobs = blobs
        self.objectRows = objectRows
        self.logger = logger
    }

    public struct Summary: Sendable, Equatable {
        /// What the database did, as app.erase_member reports it (JSON).
        public var database: String
        public var recordingsDeleted: Int
    }

    public func erase(member: UUID) async throws -> Summary {
        let paths = try await service.transaction { connection in
            try await MemberDataQueries.recordingPaths(of: member, on: connection, logger: logger)
        }
        var deleted = 0
        for path in paths {
            guard let key = try? BlobKey(path) else { continue }
            try await blobs.delete(bucket: UploadQueries.bucket, key: key)
            deleted += 1
        }
        let report = try await service.transaction { connection in
            try await MemberDataQueries.erase(member, objectRows: objectRows, on: connection, logger: logger)
        }
        logger.notice("member erased", metadata: ["member": "\(member)", "recordings": "\(deleted)"])
        return Summary(database: report, recordingsDeleted: deleted)
    }
}
