import AsyncHTTPClient
import Foundation
import Logging
import UnderdogAI
import UnderdogBlobs
import UnderdogServer
import UnderdogStore

/// The call pipeline's settings:
/// - `UNDERDOG_BLOBS` (default `UNDERDOG_HOME/blobs`): the folder recordings are stored in, unless
///   `UNDERDOG_S3_ENDPOINT` names an S3-compatible service (with `UNDERDOG_S3_REGION`, default us-east-1,
///   `UNDERDOG_S3_ACCESS_KEY_ID` and `UNDERDOG_S3_SECRET_ACCESS_KEY`; the bucket is `call-recordings`).
/// - `UNDERDOG_STORAGE_OBJECT_ROWS` (`server`, the default, or `supabase`): with `supabase` the blob store is
///   Supabase Storage's S3 endpoint, which keeps `storage.objects` itself, so the server writes no rows there.
/// - `UNDERDOG_WORKERS` (default 1): call-analysis jobs `serve` runs at once; 0 leaves analysis to `underdog worker`.
/// - `UNDERDOG_WORK_DIR` (default `UNDERDOG_HOME/work`): scratch space for decoding recordings.
/// - `UNDERDOG_TRANSCRIPTION_MODEL` (e.g. whisper-1) with `OPENAI_BASE_URL` and `OPENAI_API_KEY`: speech-to-text
///   by that OpenAI-compatible model instead of the offline PocketSphinx.
/// - `UNDERDOG_WORKER_LEASE` (seconds, default 30), `UNDERDOG_WORKER_POLL` (seconds, default 2): how long a
///   dead worker's job waits to be taken over, and how often idle workers look for due retries.
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

    func storageObjectRows() throws -> StorageObjectRows {
        let value = ProcessInfo.processInfo.environment["UNDERDOG_STORAGE_OBJECT_ROWS"].flatMap { $0.isEmpty ? nil : $0 } ?? "server"
        guard let rows = StorageObjectRows(rawValue: value) else {
            throw CommandError("UNDERDOG_STORAGE_OBJECT_ROWS must be server or supabase, not \(value)")
        }
        return rows
    }

    func speechToText(logger: Logger) throws -> OpenAITranscriber? {
        let environment = ProcessInfo.processInfo.environment
        guard let model = environment["UNDERDOG_TRANSCRIPTION_MODEL"], !model.isEmpty else { return nil }
        guard let base = environment["OPENAI_BASE_URL"], let url = URL(string: base), ["http", "https"].contains(url.scheme ?? "") else {
            throw CommandError("UNDERDOG_TRANSCRIPTION_MODEL needs OPENAI_BASE_URL, an http(s) URL such as https://api.openai.com/v1")
        }
        // A five-minute piece is about 10 MB: allow minutes, not the chat default's seconds, to send and hear it.
        let configuration = OpenAIConfiguration(
            baseURL: base, apiKey: environment["OPENAI_API_KEY"], chatModel: model, requestTimeout: .seconds(300))
        return OpenAITranscriber(client: OpenAICompatibleClient(configuration: configuration, logger: logger), model: model)
    }

    func workerSettings(concurrency override: Int? = nil) throws -> WorkerSettings {
        let environment = ProcessInfo.processInfo.environment
        let text = environment["UNDERDOG_WORKERS"] ?? "1"
        guard let configured = Int(text), (0...64).contains(configured) else {
            throw CommandError("UNDERDOG_WORKERS must be 0 to 64, not \(text)")
        }
        let folder = environment["UNDERDOG_WORK_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? (home + "/work")
        func seconds(_ name: String, default value: Double, _ range: ClosedRange<Double>) throws -> Double {
            guard let text = environment[name], !text.isEmpty else { return value }
            guard let parsed = Double(text), range.contains(parsed) else {
                throw CommandError("\(name) must be \(range.lowerBound) to \(range.upperBound) seconds, not \(text)")
            }
            return parsed
        }
        return WorkerSettings(
            concurrency: override ?? configured,
            leaseSeconds: try seconds("UNDERDOG_WORKER_LEASE", default: 30, 1...600),
            pollSeconds: try seconds("UNDERDOG_WORKER_POLL", default: 2, 0.1...60),
            workFolder: folder)
    }
}
