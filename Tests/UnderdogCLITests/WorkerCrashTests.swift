import Foundation
import NIOCore
import PostgresNIO
import Testing
import UnderdogBlobs
import UnderdogMedia
import UnderdogProcess
import UnderdogStore
import UnderdogTestSupport

/// `underdog worker` processes are SIGKILLed again and again, at every stage of the pipeline, while they
/// analyse real recordings; whatever dies, every upload ends `completed`, analysed exactly once.
@Suite("Worker crashes")
struct WorkerCrashTests {
    static let uploads = 10
    static let kills = 21

    /// How a worker run ends: SIGKILL from inside at a crash point, or from outside while it transcribes.
    enum Kill: String, CaseIterable {
        case claimed, transcribing, transcribed, scored
    }

    @Test("21 SIGKILLs across the stages: every upload completes exactly once, one job each, one analysis each")
    func everyUploadCompletesOnce() async throws {
        try await withTestDatabase { test in
            let folder = URL(fileURLWithPath: try ScratchHome().path)
            defer { try? FileManager.default.removeItem(at: folder) }
            let blobs = LocalFolderStore(root: folder.appendingPathComponent("blobs"))
            let ids = try await Self.queueUploads(test: test, blobs: blobs, folder: folder)

            let environment = [
                "DATABASE_URL": test.url.libpq,
                "UNDERDOG_ROOT": TestPostgres.repositoryRoot,
                "UNDERDOG_HOME": folder.path,
                "UNDERDOG_BLOBS": folder.appendingPathComponent("blobs").path,
                "UNDERDOG_WORK_DIR": folder.appendingPathComponent("work").path,
                // Long leases, so a live worker on a loaded machine never loses its job; a dead worker's lease
                // is run out by the test's clock (`leasesRunOut`) instead of waited for.
                "UNDERDOG_WORKER_LEASE": "120",
                "UNDERDOG_WORKER_POLL": "0.2",
                "LOG_FORMAT": "text",
            ]
            var done: [Kill: Int] = [:]
            let seed = TestSeed()
            print("worker crash test: \(seed)")
            var generator = seed.generator()
            var round = 0
            while done.values.reduce(0, +) < Self.kills {
                // A crash point can only be reached while some upload still needs that stage.
                let needsTranscription = try await Self.count(test, "status IN ('pending', 'transcribing')") > 0
                let unfinished = try await Self.count(test, "status NOT IN ('completed', 'failed')") > 0
                guard unfinished else { break }
                let feasible: [Kill] = needsTranscription ? Kill.allCases : [.claimed, .scored]
                let kill = feasible[round % feasible.count]
                var env = environment
                if kill != .transcribing { env["UNDERDOG_CRASH_AT"] = kill.rawValue }
                let worker = try RunningProcess.start(CLI.executable, ["worker"], environment: CLI.environment(env), outputPath: folder.appendingPathComponent("worker-\(round).log").path)
                if kill == .transcribing {
                    // This worker's own lease on an upload that is being transcribed, not one left by a dead worker.
                    try await Self.waitUntil(seconds: 300) {
                        try await Self.count(test, """
                            status = 'transcribing' AND id IN (SELECT upload_id FROM app.jobs WHERE state = 'running' AND leased_by LIKE '%:\(worker.pid)')
                            """) > 0
                    }
                    try await Task.sleep(for: .milliseconds(Int.random(in: 100...1500, using: &generator)))
                    worker.signal(SIGKILL)
                }
                let status = try await Self.waitForExit(worker, seconds: 300)
                #expect(status == 128 + SIGKILL, "round \(round) (\(kill)), \(seed): exit \(status)\n\(worker.output.suffix(2000))")
                try await Self.leasesRunOut(test, of: worker)
                done[kill, default: 0] += 1
                round += 1
            }
            #expect(done.values.reduce(0, +) >= 20 && done.count == Kill.allCases.count, "\(done), \(seed)")

            let survivor = try RunningProcess.start(CLI.executable, ["worker"], environment: CLI.environment(environment), outputPath: folder.appendingPathComponent("worker-final.log").path)
            defer {
                survivor.signal(SIGTERM)
                survivor.wait()
            }
            try await Self.waitUntil(seconds: 900) { try await Self.count(test, "status IN ('completed', 'failed')") == Self.uploads }

            #expect(try await Self.count(test, "status = 'completed' AND analysis IS NOT NULL AND overall_score BETWEEN 1 AND 10") == Self.uploads,
                    "\(seed)\n\(survivor.output.suffix(3000))")
            let jobs = try await test.database.client.query("SELECT upload_id, state FROM app.jobs WHERE kind = 'analyse_call'").collect().map { try $0.decode((UUID, String).self) }
            #expect(jobs.count == Self.uploads && Set(jobs.map(\.0)) == Set(ids) && jobs.allSatisfy { $0.1 == "succeeded" })
            // The audit trail shows each analysis written once: no retry ever wrote a second one.
            let analyses = try await test.database.client.query("""
                SELECT record_id, count(*) FROM public.audit_log
                 WHERE table_name = 'call_uploads' AND operation = 'UPDATE'
                   AND new_data -> 'analysis' IS NOT NULL AND new_data -> 'analysis' <> 'null'::jsonb
                   AND (old_data -> 'analysis' IS NULL OR old_data -> 'analysis' = 'null'::jsonb)
                 GROUP BY record_id
                """).collect().map { try $0.decode((UUID, Int).self) }
            #expect(analyses.count == Self.uploads && analyses.allSatisfy { $0.1 == 1 }, "\(analyses)")
        }
    }

    /// One rep, `uploads` copies of a short synthetic call in the blob store, each with its object and upload
    /// rows written as the server writes them; the insert trigger queues their jobs.
    static func queueUploads(test: TestDatabase, blobs: LocalFolderStore, folder: URL) async throws -> [UUID] {
        let recording = folder.appendingPathComponent("call.wav")
        _ = try SyntheticCall.render(Array(SyntheticCall.coldCall.prefix(6)), to: recording)
        let bytes = try Data(contentsOf: recording)
        let rep = UUID()
        try await test.database.transaction(as: .service) { connection in
            try await connection.run("INSERT INTO auth.users (id, email) VALUES (\(rep), 'crash-rep@example.com')", logger: TestPostgres.logger)
        }
        var ids: [UUID] = []
        for index in 0..<uploads {
            let path = "\(rep.uuidString.lowercased())/\(1_764_000_000_000 + index)_call-\(index).wav"
            let writer = try await blobs.makeWriter(bucket: UploadQueries.bucket, key: try BlobKey(path))
            try await writer.write(ByteBuffer(data: bytes))
            _ = try await writer.commit()
            let record = try await test.database.transaction(as: .user(rep)) { connection in
                try await UploadQueries.create(
                    NewUpload(userID: rep, filePath: path, originalFilename: "call-\(index).wav", sizeBytes: bytes.count, mimeType: "audio/wav"),
                    on: connection, logger: TestPostgres.logger)
            }
            ids.append(record.id)
        }
        return ids
    }

    /// The test's clock for a dead worker: its leases run out now, as they would after `UNDERDOG_WORKER_LEASE`.
    static func leasesRunOut(_ test: TestDatabase, of worker: RunningProcess) async throws {
        try await test.database.client.query(
            "UPDATE app.jobs SET run_at = now() - interval '1 second' WHERE state = 'running' AND leased_by LIKE \("%:\(worker.pid)")")
    }

    static func count(_ test: TestDatabase, _ condition: String) async throws -> Int {
        try await test.database.client.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM public.call_uploads WHERE \(condition)"))
            .collect()[0].decode(Int.self)
    }

    static func waitUntil(seconds: Double, _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestSupportError("timed out after \(seconds) s")
    }

    static func waitForExit(_ process: RunningProcess, seconds: Double) async throws -> Int32 {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if let status = process.exitStatus() { return status }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.signal(SIGKILL)
        process.wait()
        throw TestSupportError("the worker did not stop within \(seconds) s:\n\(process.output.suffix(2000))")
    }
}
