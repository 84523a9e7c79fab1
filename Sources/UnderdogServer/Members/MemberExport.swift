import Foundation
import Logging
import UnderdogBlobs
import UnderdogStore

/// Everything about one member, as a ZIP: `tables/<table>.json` (a JSON array per table, read in one
/// transaction so they agree), `recordings/<path>` (each recording as stored), and `manifest.json` (counts, and
/// any recording the blob store no longer has). Written to `<file>.partial` and renamed when complete.
public struct MemberExport: Sendable {
    public let service: any ServiceTransactions
    public let blobs: any BlobStore
    let logger: Logger

    public init(service: any ServiceTransactions, blobs: any BlobStore, logger: Logger) {
        self.service = service
        self.blobs = blobs
        self.logger = logger
    }

    public struct Summary: Sendable, Equatable {
        public var rows: [String: Int] = [:]
        public var recordings = 0
        public var missingRecordings: [String] = []
    }

    public func export(member: UUID, to file: String) async throws -> Summary {
        let (tables, paths) = try await service.serviceTransaction { connection in
            var tables: [(String, String)] = []
            for table in MemberDataQueries.ExportTable.allCases {
                tables.append((table.rawValue, try await MemberDataQueries.rows(table, of: member, on: connection, logger: logger)))
            }
            return (tables, try await MemberDataQueries.recordingPaths(of: member, on: connection, logger: logger))
        }
        let partial = file + ".partial"
        var summary = Summary()
        do {
            let zip = try ZipArchiveWriter(path: partial)
            for (name, json) in tables {
                summary.rows[name] = (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])?.count ?? 0
                try await zip.add(name: "tables/\(name).json", data: Data(json.utf8))
            }
            for path in paths {
                guard let key = try? BlobKey(path),
                      let stream = try? await blobs.read(bucket: UploadQueries.bucket, key: key, range: nil)
                else {
                    summary.missingRecordings.append(path)
                    continue
                }
                try await zip.add(name: "recordings/\(path)", chunks: stream.chunks)
                summary.recordings += 1
            }
            let manifest: [String: Any] = [
                "member": member.uuidString.lowercased(),
                "exported_at": ISO8601DateFormatter().string(from: Date()),
                "tables": summary.rows,
                "recordings": summary.recordings,
                "recordings_missing": summary.missingRecordings,
            ]
            try await zip.add(name: "manifest.json", data: JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys, .prettyPrinted]))
            try zip.finish()
            if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
            try FileManager.default.moveItem(atPath: partial, toPath: file)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        logger.info("member exported", metadata: ["member": "\(member)", "recordings": "\(summary.recordings)"])
        return summary
    }
}
