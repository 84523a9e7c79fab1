import Foundation
import Logging
import UnderdogBlobs
import UnderdogStore

/// Erases one member: their recordings from the blob store, then everything the database holds about them in
/// one transaction (app.erase_member, migration 022: rows removed, the account kept as a tombstone, the audit
/// trail's copies redacted and the erasure recorded with counts). Recordings go first so that a crash leaves
/// rows pointing at nothing rather than recordings nobody can find; erasing again finishes the job.
///
/// On a deployment on Supabase with a service-role key, the account is also deleted through Supabase Auth's
/// admin API (softly: Supabase obfuscates the email, drops identities and factors and ends every session, and
/// keeps the row the tombstone references) before the database's part, so the member cannot sign in again
/// even while the rest is under way.
public struct MemberErasure: Sendable {
    public let service: any ServiceTransactions
    public let blobs: any BlobStore
    public let objectRows: StorageObjectRows
    let accounts: SupabaseAuthAPI?
    let logger: Logger

    public init(service: any ServiceTransactions, blobs: any BlobStore, objectRows: StorageObjectRows = .server,
                supabase: SupabaseAuthSettings? = nil, logger: Logger) {
        self.service = service
        self.blobs = blobs
        self.objectRows = objectRows
        if let supabase, let url = supabase.authURL, let key = supabase.serviceRoleKey {
            accounts = SupabaseAuthAPI(base: url, anonKey: supabase.anonKey ?? key, serviceRoleKey: key, http: .shared)
        } else {
            accounts = nil
        }
        self.logger = logger
    }

    public struct Summary: Sendable, Equatable {
        /// What the database did, as app.erase_member reports it (JSON).
        public var database: String
        public var recordingsDeleted: Int
    }

    public func erase(member: UUID) async throws -> Summary {
        let paths = try await service.serviceTransaction { connection in
            try await MemberDataQueries.recordingPaths(of: member, on: connection, logger: logger)
        }
        var deleted = 0
        for path in paths {
            guard let key = try? BlobKey(path) else { continue }
            try await blobs.delete(bucket: UploadQueries.bucket, key: key)
            deleted += 1
        }
        if let accounts {
            do {
                try await accounts.deleteUser(member)
            } catch let refusal as SupabaseAuthAPI.Refusal {
                throw MemberErasureError.supabaseRefused(status: refusal.status, code: refusal.code)
            } catch let unreachable as SupabaseAuthAPI.Unreachable {
                throw MemberErasureError.supabaseUnreachable(unreachable.reason)
            }
        }
        let report = try await service.serviceTransaction { connection in
            try await MemberDataQueries.erase(member, objectRows: objectRows, on: connection, logger: logger)
        }
        logger.notice("member erased", metadata: ["member": "\(member)", "recordings": "\(deleted)"])
        return Summary(database: report, recordingsDeleted: deleted)
    }
}

/// Why an erasure stopped before the database's part; running it again finishes the job.
public enum MemberErasureError: Error, CustomStringConvertible {
    case supabaseRefused(status: Int, code: String)
    case supabaseUnreachable(String)

    public var description: String {
        switch self {
        case .supabaseRefused(let status, let code):
            "Supabase Auth refused to delete the account (HTTP \(status), \(code)); nothing in the database was erased yet"
        case .supabaseUnreachable(let reason):
            "Supabase Auth could not be reached to delete the account (\(reason)); nothing in the database was erased yet"
        }
    }
}
