import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import Testing
import UnderdogAI
import UnderdogBlobs
import UnderdogMedia
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// The whole call pipeline on real audio: espeak-ng speaks a scripted call into two channels, it is uploaded
/// through the API of a live server whose workers transcribe it with PocketSphinx and score it.
@Suite("Call pipeline, end to end")
struct PipelineEndToEndTests {
    /// Workers with a short poll and lease, on a service pool of their own, as `serve` makes them.
    static func workers(url: DatabaseURL, blobs: any BlobStore, workFolder: URL, lease: Double = 30, speechToText: OpenAITranscriber? = nil) throws -> CallAnalysisWorkers {
        let logger = TestPostgres.logger
        let service = ServiceDatabase(
            client: PostgresClient(configuration: ServiceDatabase.clientConfiguration(for: url, maximumConnections: 4), backgroundLogger: logger),
            logger: logger)
        let content = try ContentCatalog.load(directory: TestPostgres.repositoryRoot + "/content")
        return try CallAnalysisWorkers(
            service: service, blobs: blobs, rubric: content.rubric,
            settings: WorkerSettings(concurrency: 1, leaseSeconds: lease, pollSeconds: 0.5, workFolder: workFolder.path),
            speechToText: speechToText, logger: logger)
    }

    /// The events of a Server-Sent Events body, in order: (event name, data).
    static func events(in body: String) -> [(String, String)] {
        body.components(separatedBy: "\n\n").compactMap { frame in
            var name: String?
            var data: String?
            for line in frame.split(separator: "\n") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
            }
            guard let name, let data else { return nil }
            return (name, data)
        }
    }

    @Test("a two-channel call uploaded through the API streams its progress in order and completes with both speakers and six scores with evidence")
    func uploadToAnalysis() async throws {
        try await withTestDatabase { test in
            let folder = TestBlobFolder.make()
            let blobs = LocalFolderStore(root: folder.appendingPathComponent("blobs"))
            let recording = folder.appendingPathComponent("cold-call.wav")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Ten of the twelve lines: both voices, questions, the objection and the meeting agreed, in less time.
            _ = try SyntheticCall.render(Array(SyntheticCall.coldCall.prefix(10)), to: recording)
            let app = try await makeApp(
                url: test.url, blobs: blobs,
                workers: try Self.workers(url: test.url, blobs: blobs, workFolder: folder.appendingPathComponent("work")))
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let uploaded = try await api.upload(.file(try Data(contentsOf: recording), name: "cold-call.wav"), token: rep.accessToken)
                try #require(uploaded.status == .created, "\(uploaded.text)")
                let id = try #require(uploaded.json["id"] as? String)

                // The stream ends by itself after the completed (or failed) status.
                let stream = try await EventStreamClient.read(port: try #require(client.port), path: "/uploads/\(id)/events", token: rep.accessToken)
                #expect(stream.status == 200 && stream.contentType == "text/event-stream")
                let events = Self.events(in: stream.text)
                let statuses = events.filter { $0.0 == "status" }.compactMap {
                    (try? JSONSerialization.jsonObject(with: Data($0.1.utf8)) as? [String: Any])?["status"] as? String
                }
                let order = ["pending", "transcribing", "scoring", "completed"]
                #expect(statuses.last == "completed", "\(statuses)")
                #expect(statuses == statuses.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }, "out of order: \(statuses)")
                #expect(statuses.contains("transcribing"), "\(statuses)")
                // Within transcription, the percentage only grows.
                let percents = events.filter { $0.0 == "progress" }.compactMap {
                    (try? JSONSerialization.jsonObject(with: Data($0.1.utf8)) as? [String: Any]).flatMap { $0["stage"] as? String == "transcribing" ? $0["percent"] as? Int : nil }
                }
                #expect(percents == percents.sorted(), "\(percents)")

                let detail = try await api.call(.get, "/uploads/\(id)", token: rep.accessToken)
                #expect(detail.json["status"] as? String == "completed")
                #expect((detail.json["duration_seconds"] as? Int ?? 0) > 15)
                let transcript = try #require(detail.json["transcript"] as? [String: Any])
                let segments = try #require(transcript["segments"] as? [[String: Any]])
                #expect(Set(segments.compactMap { $0["speaker"] as? String }) == ["rep", "prospect"])
                #expect((transcript["speakers"] as? [String: Any])?["method"] as? String == "stereo_channels")
                let analysis = try #require(detail.json["analysis"] as? [String: Any])
                let dimensions = try #require(analysis["dimensions"] as? [[String: Any]])
                #expect(dimensions.count == 6)
                #expect(dimensions.allSatisfy { ($0["score"] as? Int).map { (1...10).contains($0) } ?? false })
                #expect(dimensions.contains { !(($0["evidence"] as? [Any]) ?? []).isEmpty })
                #expect((1...10).contains(detail.json["overall_score"] as? Int ?? 0))

                // Exactly one job, finished; the recording is still downloadable.
                let jobs = try await test.database.client.query("SELECT state FROM app.jobs").collect().map { try $0.decode(String.self) }
                #expect(jobs == ["succeeded"])
                #expect(try await api.call(.get, "/uploads/\(id)/recording", token: rep.accessToken).status == .ok)
            }
        }
    }

    @Test("a WAV header with a web page behind it passes the upload's sniff but fails its first stage, saying why")
    func markupBehindAudioHeader() async throws {
        try await withTestDatabase { test in
            let folder = TestBlobFolder.make()
            let blobs = LocalFolderStore(root: folder.appendingPathComponent("blobs"))
            let page = Data(("<!doctype html><html><body>" + String(repeating: "<p>not a phone call</p>", count: 200) + "</body></html>").utf8)
            func le(_ value: Int, _ bytes: Int) -> Data { Data((0..<bytes).map { UInt8((value >> (8 * $0)) & 0xFF) }) }
            var header = Data("RIFF".utf8)
            header += le(36 + page.count, 4)
            header += Data("WAVEfmt ".utf8)
            for (value, bytes) in [(16, 4), (1, 2), (1, 2), (8000, 4), (16000, 4), (2, 2), (16, 2)] { header += le(value, bytes) }
            header += Data("data".utf8)
            header += le(page.count, 4)
            let file = header + page
            let app = try await makeApp(
                url: test.url, blobs: blobs,
                workers: try Self.workers(url: test.url, blobs: blobs, workFolder: folder.appendingPathComponent("work")))
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let uploaded = try await api.upload(.file(file, name: "call.wav"), token: rep.accessToken)
                try #require(uploaded.status == .created, "\(uploaded.text)")
                let id = try #require(uploaded.json["id"] as? String)
                let stream = try await EventStreamClient.read(port: try #require(client.port), path: "/uploads/\(id)/events", token: rep.accessToken)
                #expect(stream.text.contains("failed"), "\(stream.text)")
                let detail = try await api.call(.get, "/uploads/\(id)", token: rep.accessToken)
                #expect(detail.json["status"] as? String == "failed")
                #expect((detail.json["error_message"] as? String)?.contains("not a call recording") == true, "\(detail.text)")
                #expect(detail.json["transcript"] == nil || detail.json["transcript"] is NSNull)
            }
        }
    }

    /// The app with speech-to-text by the local OpenAI-compatible server at `base`, and a three-line
    /// two-channel recording to upload.
    static func remoteTranscriptionApp(test: TestDatabase, base: String, recordingName: String) async throws -> (some ApplicationProtocol, URL) {
        let folder = TestBlobFolder.make()
        let blobs = LocalFolderStore(root: folder.appendingPathComponent("blobs"))
        let recording = folder.appendingPathComponent(recordingName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try SyntheticCall.render(Array(SyntheticCall.coldCall.prefix(3)), to: recording)
        let client = OpenAICompatibleClient(
            configuration: OpenAIConfiguration(baseURL: base, apiKey: "sk-local-test", chatModel: "whisper-test"), logger: TestPostgres.logger)
        let app = try await makeApp(
            url: test.url, blobs: blobs,
            workers: try workers(url: test.url, blobs: blobs, workFolder: folder.appendingPathComponent("work"),
                                 speechToText: OpenAITranscriber(client: client, model: "whisper-test")))
        return (app, recording)
    }

    @Test("with an OpenAI-compatible model configured, each channel goes to /v1/audio/transcriptions and its segments become the turns")
    func remoteSpeechToText() async throws {
        let server = LocalOpenAIServer(script: [
            .transcription(text: "Hi Dana, this is Sam from Brightline.", duration: 30, segments: [
                .init(start: 0.5, end: 3.0, text: "Hi Dana, this is Sam from Brightline."),
                .init(start: 9.0, end: 12.0, text: "How do you track renewals today?"),
            ]),
            .transcription(text: "We already use a vendor.", duration: 30, segments: [
                .init(start: 4.0, end: 6.5, text: "We already use a vendor."),
            ]),
        ])
        try await server.run { base in
            try await withTestDatabase { test in
                let (app, recording) = try await Self.remoteTranscriptionApp(test: test, base: base, recordingName: "short-call.wav")
                try await app.test(.live) { client in
                    let api = APIClient(client: client)
                    let rep = try await api.signUp(email: "rep@example.com")
                    let uploaded = try await api.upload(.file(try Data(contentsOf: recording), name: "short-call.wav"), token: rep.accessToken)
                    let id = try #require(uploaded.json["id"] as? String)
                    _ = try await EventStreamClient.read(port: try #require(client.port), path: "/uploads/\(id)/events", token: rep.accessToken)
                    let detail = try await api.call(.get, "/uploads/\(id)", token: rep.accessToken)
                    #expect(detail.json["status"] as? String == "completed", "\(detail.text.prefix(500))")
                    let transcript = try #require(detail.json["transcript"] as? [String: Any])
                    #expect(transcript["engine"] as? String == "whisper-test")
                    let segments = try #require(transcript["segments"] as? [[String: Any]])
                    #expect(segments.map { $0["speaker"] as? String } == ["rep", "prospect", "rep"])
                    #expect(segments.first?["text"] as? String == "Hi Dana, this is Sam from Brightline.")
                }
            }
            let received = await server.received
            #expect(received.count == 2)
            #expect(received.allSatisfy { $0.part("model")?.text == "whisper-test" && $0.part("file")?.data.prefix(4) == Data("RIFF".utf8) })
        }
    }

    @Test("an upload marked as a gatekeeper call with the rep on the second channel is read that way round and scored as a gatekeeper call")
    func scenarioAndRepChannel() async throws {
        let server = LocalOpenAIServer(script: [
            .transcription(text: "Good morning, Harlow Dental, Priya speaking.", duration: 30, segments: [
                .init(start: 0.5, end: 3.0, text: "Good morning, Harlow Dental, Priya speaking."),
                .init(start: 9.0, end: 11.0, text: "That's Denise, mornings are best."),
            ]),
            .transcription(text: "Morning Priya, Tom from Clearbook. Who looks after your appointment system?", duration: 30, segments: [
                .init(start: 4.0, end: 8.0, text: "Morning Priya, Tom from Clearbook. Who looks after your appointment system?"),
            ]),
        ])
        try await server.run { base in
            try await withTestDatabase { test in
                let (app, recording) = try await Self.remoteTranscriptionApp(test: test, base: base, recordingName: "gatekeeper.wav")
                try await app.test(.live) { client in
                    let api = APIClient(client: client)
                    let rep = try await api.signUp(email: "rep@example.com")
                    let body = MultipartBody.file(try Data(contentsOf: recording), name: "gatekeeper.wav",
                                                  fields: [("scenario", "gatekeeper"), ("rep_channel", "1")])
                    let uploaded = try await api.upload(body, token: rep.accessToken)
                    try #require(uploaded.status == .created, "\(uploaded.text)")
                    #expect(uploaded.json["scenario_type"] as? String == "gatekeeper")
                    #expect(uploaded.json["rep_channel"] as? Int == 1)
                    let id = try #require(uploaded.json["id"] as? String)
                    _ = try await EventStreamClient.read(port: try #require(client.port), path: "/uploads/\(id)/events", token: rep.accessToken)
                    let detail = try await api.call(.get, "/uploads/\(id)", token: rep.accessToken)
                    #expect(detail.json["status"] as? String == "completed", "\(detail.text.prefix(500))")
                    let transcript = try #require(detail.json["transcript"] as? [String: Any])
                    let segments = try #require(transcript["segments"] as? [[String: Any]])
                    #expect(segments.map { $0["speaker"] as? String } == ["prospect", "rep", "prospect"])
                    #expect((transcript["speakers"] as? [String: Any])?["detail"] as? String == "channel 1 = rep, channel 0 = prospect")
                    let analysis = try #require(detail.json["analysis"] as? [String: Any])
                    #expect(analysis["scenario"] as? String == "gatekeeper")
                    #expect(detail.json["scenario_type"] as? String == "gatekeeper")
                }
            }
        }
    }

    @Test("a scenario or rep channel that is not one of the allowed values is a 400 that stores nothing")
    func invalidScenarioFields() async throws {
        try await withTestDatabase { test in
            let folder = TestBlobFolder.make()
            let blobs = LocalFolderStore(root: folder.appendingPathComponent("blobs"))
            let app = try await makeApp(url: test.url, blobs: blobs)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                for (field, value, code) in [("scenario", "board_meeting", "invalid_scenario"), ("rep_channel", "2", "invalid_rep_channel"),
                                             ("rep_channel", "left", "invalid_rep_channel"), ("scenario", String(repeating: "x", count: 100), "invalid_field")] {
                    let response = try await api.upload(.file(TestAudio.wav(), fields: [(field, value)]), token: rep.accessToken)
                    #expect(response.status == .badRequest, "\(field)=\(value.prefix(20)): \(response.text)")
                    #expect(response.errorCode == code, "\(response.text)")
                }
                let count = try await test.database.client.query("SELECT count(*) FROM public.call_uploads").collect()[0].decode(Int.self)
                #expect(count == 0)
            }
        }
    }
}
