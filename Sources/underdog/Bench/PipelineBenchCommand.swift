import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import UnderdogMedia
import UnderdogStore

/// `underdog bench pipeline`: the call pipeline's four figures. Upload throughput and the server's memory for
/// a 100 MB upload, the real-time factor of local transcription, jobs/s of the queue alone, and the time
/// from a worker's SIGKILL to its job running again.
struct PipelineBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Upload MB/s and server memory, transcription real-time factor, queue jobs/s, takeover after SIGKILL.",
        discussion: "Works in a scratch database, underdog_bench_pipeline, and a temporary folder; both are removed afterwards.")

    @Option(help: "Size of the uploaded recording in MB (the bucket allows 100).") var uploadMB = 100
    @Option(help: "Jobs for the queue figure.") var jobs = 30_000
    @Option(help: "Workers claiming at once for the queue figure.") var workers = 8

    func validate() throws {
        guard (1...100).contains(uploadMB) else { throw ValidationError("--upload-mb must be 1 to 100") }
        guard (100...1_000_000).contains(jobs), (1...64).contains(workers) else { throw ValidationError("--jobs 100…1000000, --workers 1…64") }
    }

    func run() async throws {
        let environment = try CommandEnvironment()
        var logger = Logger(label: "underdog.bench")
        logger.logLevel = .warning
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("underdog-bench-pipeline-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        try await ScratchDatabase.using(named: "underdog_bench_pipeline", on: try environment.resolvedDatabaseURL(), logger: logger) { url in
            let processEnvironment = [
                "DATABASE_URL": url.libpq, "UNDERDOG_ROOT": environment.root, "UNDERDOG_CONTENT": environment.contentDirectory,
                "UNDERDOG_HOME": folder.path, "UNDERDOG_BLOBS": folder.appendingPathComponent("blobs").path,
                "UNDERDOG_WORK_DIR": folder.appendingPathComponent("work").path, "UNDERDOG_WORKERS": "0", "LOG_LEVEL": "warning",
                "JWT_SECRET": CommandEnvironment.randomToken(bytes: 32),
            ]
            say("upload: starting `underdog serve` (no workers) on the scratch database")
            let server = try await ServerProcess.serve(database: url, environment: processEnvironment, log: folder.appendingPathComponent("serve.log").path)
            defer { server.stop() }
            let token = try await Self.signUp(port: server.port)
            let upload = try await UploadBench.run(server: server, token: token, bytes: uploadMB * 1_000_000, folder: folder)
            say(String(format: "upload: %d MB in %.2f s = %.1f MB/s; server resident %.1f MiB idle, peak %.1f MiB: %.1f MiB above idle (target: under 64 MB)",
                       uploadMB, upload.seconds, upload.megabytesPerSecond, Self.mib(upload.idleResident), Self.mib(upload.peakResident), Self.mib(upload.aboveIdle)))

            say("transcription: PocketSphinx on a generated two-channel cold call")
            let speech = try await TranscriptionBench.run(folder: folder)
            say(String(format: "transcription: %.1f s of audio, decode %.2f s, channels %@ s, %d words: real-time factor %.3f (whole call, both channels)",
                       speech.audioSeconds, speech.decodeSeconds, speech.channelSeconds.map { String(format: "%.2f", $0) }.joined(separator: " + "),
                       speech.words, speech.realTimeFactor))

            try await Database.withConnected(to: url, logger: logger) { database in
                // The upload above is queued and no worker has run it: clear the queue for the two measurements.
                try await database.ownerConnection { try await $0.run("DELETE FROM app.jobs", logger: logger) }
                try await QueueThroughput.fill(database, jobs: jobs, logger: logger)
                let queue = try await ServiceDatabase.withConnected(to: url, logger: logger, maximumConnections: workers) { service in
                    try await QueueThroughput.drain(service, jobs: jobs, workers: workers)
                }
                say(queue.line + " (target: ≥ 3000 jobs/s)")

                let call = folder.appendingPathComponent("takeover-call.wav")
                try SyntheticCall.render(SyntheticCall.coldCall, to: call)
                var workerEnvironment = processEnvironment
                workerEnvironment["UNDERDOG_WORKERS"] = "1"
                let seconds = try await TakeoverBench.run(database: database, environment: workerEnvironment, folder: folder) {
                    try await Self.upload(call, port: server.port, token: token)
                }
                say(String(format: "takeover: the job ran again %.1f s after its worker's SIGKILL, with the default 30 s lease (target: ≤ 60 s)", seconds))
            }
        }
    }

    static func mib(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }

    static func signUp(port: Int) async throws -> String {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/auth/signup")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: [
            "email": "bench@example.com", "password": "bench password 2026", "name": "Bench Rep", "organization_name": "Bench Ltd",
        ])
        let (body, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 || (response as? HTTPURLResponse)?.statusCode == 200,
              let token = (try JSONSerialization.jsonObject(with: body) as? [String: Any])?["access_token"] as? String
        else { throw CommandError("the bench rep could not sign up: \(String(decoding: body, as: UTF8.self))") }
        return token
    }

    static func upload(_ file: URL, port: Int, token: String) async throws {
        let boundary = "underdog-bench-\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"takeover.wav\"\r\nContent-Type: audio/wav\r\n\r\n".utf8)
        body += try Data(contentsOf: file)
        body += Data("\r\n--\(boundary)--\r\n".utf8)
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/uploads")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        let (answer, response) = try await URLSession.shared.upload(for: request, from: body)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else {
            throw CommandError("the takeover recording was refused: \(String(decoding: answer, as: UTF8.self))")
        }
    }
}
