import AsyncHTTPClient
import Foundation
import Logging
import UnderdogBlobs
import UnderdogServer
import UnderdogStore

/// The call pipeline's settings:
/// - `UNDERDOG_BLOBS` (default `UNDERDOG_HOME/blobs`): the folder recordings are stored in, unless
///   `UNDERDOG_S3_ENDPOINT` names an S3-compatible service (with `UNDERDOG_S3_REGION`, default us-east-1,
///   `UNDERDOG_S3_ACCESS_KEY_ID` and `UNDERDOG_S3_SECRET_ACCESS_KEY`; the bucket is `call-recordings`).
/// - `UNDERDOG_WORKERS` (default 1): call-analysis jobs `serve` runs at once; 0 leaves analysis to `underdog worker`.
/// - `UNDERDOG_WORK_DIR` (default `UNDERDOG_HOME/work`): scratch space for decoding recordings.
extension CommandEnvironment {
    func blobStore(logger: Logger) throws -> any BlobStore {
        let environment = ProcessInfo.processInfo.environment
        if let endpoint = environment["UNDERDOG_S3_ENDPOINT"], !endpoint.isEmpty {
            guard let url = URL(string: endpoint), ["http", "https"].contains(url.scheme ?? "") else {
                throw CommandError("UNDERDOG_S3_ENDPOINT must be an http(s) URL, not \(endpoint)")
            }
            guard let key = environment["UNDERDOG_S3_ACCESS_KEY_ID"], let secret = environment["UNDERDOG_S3_SECRET_ACCESS_KEY"] else {
                throw CommandError("UNDERDOG_S3_ACCESS_KEY_ID and UNDERDOG_S3_SECRET_ACCESS_KEY must be set with UNDERDOG_S3_ENDPOINT")
            }
            let configuration = S3Configuration(
                endpoint: url, region: environment["UNDERDOG_S3_REGION"] ?? "us-east-1", accessKeyID: key, secretAccessKey: secret)
            return S3Store(configuration: configuration, httpClient: .shared, logger: logger)
        }
        let folder = environment["UNDERDOG_BLOBS"].flatMap { $0.isEmpty ? nil : $0 } ?? (home + "/blobs")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return LocalFolderStore(root: URL(fileURLWithPath: folder, isDirectory: true))
    }

    func workerSettings(concurrency override: Int? = nil) throws -> WorkerSettings {
        let environment = ProcessInfo.processInfo.environment
        let text = environment["UNDERDOG_WORKERS"] ?? "1"
        guard let configured = Int(text), (0...64).contains(configured) else {
            throw CommandError("UNDERDOG_WORKERS must be 0 to 64, not \(text)")
        }
        let folder = environment["UNDERDOG_WORK_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? (home + "/work")
        return WorkerSettings(concurrency: override ?? configured, workFolder: folder)
    }
}
