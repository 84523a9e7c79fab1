import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import Testing
import UnderdogAI
import UnderdogTestSupport

@Suite("OpenAI speech-to-text against a local server parsing the multipart upload")
struct OpenAITranscriberTests {
    static func transcriber(_ base: String, key: String = "sk-local-test", retries: Int = 0, breakerThreshold: Int = 5,
                            waits: RecordedWaits = RecordedWaits()) -> OpenAITranscriber {
        OpenAITranscriber(
            client: OpenAICompatibleClientTests.client(base, key: key, retries: retries, breakerThreshold: breakerThreshold, waits: waits),
            model: "whisper-1")
    }

    /// A temporary "recording" of `bytes` bytes, large enough to span several streamed chunks by default.
    static func recording(bytes: Int = 150_000) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("underdog-stt-\(UUID().uuidString).wav")
        var data = Data("RIFF".utf8)
        data.append(contentsOf: (0..<max(0, bytes - 4)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try data.write(to: url)
        return url
    }

    static let segments: [LocalOpenAIServer.Segment] = [
        .init(start: 0.0, end: 2.5, text: " Hi Jordan, this is Sam from Ledgerly."),
        .init(start: 2.5, end: 4.0, text: " I have a minute."),
    ]

    @Test("a verbose_json answer is read into text, duration and segments; the upload is a real multipart form")
    func validAnswer() async throws {
        let file = try Self.recording()
        defer { try? FileManager.default.removeItem(at: file) }
        let server = LocalOpenAIServer(script: [.transcription(text: " Hi Jordan, this is Sam from Ledgerly. I have a minute.", duration: 4.2, segments: Self.segments)])
        let transcription = try await server.run { base in
            try await Self.transcriber(base).transcribe(file: file, fileName: "call \"1\".wav", mimeType: "audio/wav")
        }
        #expect(transcription == Transcription(
            text: "Hi Jordan, this is Sam from Ledgerly. I have a minute.", durationSeconds: 4.2,
            segments: [.init(start: 0, end: 2.5, text: "Hi Jordan, this is Sam from Ledgerly."), .init(start: 2.5, end: 4, text: "I have a minute.")]))

        let received = await server.received
        #expect(received.count == 1)
        let request = try #require(received.first)
        #expect(request.path == "/v1/audio/transcriptions")
        #expect(request.authorization == "Bearer sk-local-test")
        #expect(request.contentType?.hasPrefix("multipart/form-data; boundary=") == true)
        let upload = try #require(request.part("file"))
        #expect(upload.data == (try Data(contentsOf: file)), "the streamed file arrived changed")
        #expect(upload.fileName == "call %221%22.wav")
        #expect(upload.contentType == "audio/wav")
        #expect(request.part("model")?.text == "whisper-1")
        #expect(request.part("response_format")?.text == "verbose_json")
        #expect(request.part("timestamp_granularities[]")?.text == "segment")
    }

    @Test("segments out of range are dropped, non-finite times refused, and text without segments becomes one segment")
    func validation() async throws {
        let file = try Self.recording(bytes: 1000)
        defer { try? FileManager.default.removeItem(at: file) }
        let server = LocalOpenAIServer(script: [
            .transcription(text: "one two three", duration: 6, segments: [
                .init(start: 0, end: 1, text: "one"), .init(start: 3, end: 2, text: "backwards"),
                .init(start: -1, end: 2, text: "before the start"), .init(start: 2, end: 3, text: "three"),
            ]),
            .transcription(text: " Just text. ", duration: 3.5, segments: []),
            .raw(status: 200, body: #"{"text":"x","duration":1e999,"segments":[]}"#),
            .transcription(text: "", duration: 1, segments: []),
        ])
        try await server.run { base in
            let transcriber = Self.transcriber(base)
            let kept = try await transcriber.transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav")
            #expect(kept.segments == [.init(start: 0, end: 1, text: "one"), .init(start: 2, end: 3, text: "three")])

            let textOnly = try await transcriber.transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav")
            #expect(textOnly == Transcription(text: "Just text.", durationSeconds: 3.5, segments: [.init(start: 0, end: 3.5, text: "Just text.")]))

            let infinite = await #expect(throws: AIProviderError.self) {
                _ = try await transcriber.transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav")
            }
            guard case .invalidResponse = infinite else { Issue.record("expected an invalid response, got \(String(describing: infinite))"); return }

            let silence = try await transcriber.transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav")
            #expect(silence == Transcription(text: "", durationSeconds: 1, segments: []))
        }
    }

    @Test("a 429 with Retry-After is waited out and the whole file is sent again")
    func retryAfterHonoured() async throws {
        let file = try Self.recording()
        defer { try? FileManager.default.removeItem(at: file) }
        let server = LocalOpenAIServer(script: [
            .error(status: 429, message: "Rate limit reached", retryAfter: "1"),
            .transcription(text: "hello", duration: 1, segments: [.init(start: 0, end: 1, text: "hello")]),
        ])
        let waits = RecordedWaits()
        let transcription = try await server.run { base in
            try await Self.transcriber(base, retries: 2, waits: waits).transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav")
        }
        #expect(transcription.text == "hello")
        #expect(waits.all == [.seconds(1)], "the client must wait exactly the server's Retry-After before its one retry")
        let received = await server.received
        let original = try Data(contentsOf: file)
        #expect(received.count == 2)
        #expect(received.allSatisfy { $0.part("file")?.data == original })
    }

    @Test("a burst of 500s opens the circuit: later calls fail at once without reaching the server")
    func breakerOpens() async throws {
        let file = try Self.recording(bytes: 1000)
        defer { try? FileManager.default.removeItem(at: file) }
        let burst = Array(repeating: LocalOpenAIServer.Reply.error(status: 500, message: "upstream overloaded"), count: 10)
        let server = LocalOpenAIServer(script: burst + [.content("never reached")])
        try await server.run { base in
            let transcriber = Self.transcriber(base, retries: 1, breakerThreshold: 4)
            let call = { try await transcriber.transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav") }
            await #expect(throws: AIProviderError.http(status: 500, message: "upstream overloaded")) { _ = try await call() }
            await #expect(throws: AIProviderError.http(status: 500, message: "upstream overloaded")) { _ = try await call() }
            await #expect(throws: AIProviderError.circuitOpen) { _ = try await call() }
            await #expect(throws: AIProviderError.circuitOpen) { _ = try await call() }
        }
        #expect(await server.received.count == 4, "two calls of two attempts each, then none")
    }

    @Test("a wrong key is a 401 that is not retried; a body that is not a transcription is reported as such")
    func refusedAndMalformed() async throws {
        let file = try Self.recording(bytes: 1000)
        defer { try? FileManager.default.removeItem(at: file) }
        let server = LocalOpenAIServer(script: [.raw(status: 200, body: "<html>proxy error</html>"), .raw(status: 200, body: #"{"segments":[]}"#)])
        try await server.run { base in
            await #expect(throws: AIProviderError.http(status: 401, message: "Incorrect API key provided.")) {
                _ = try await Self.transcriber(base, key: "sk-wrong").transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav")
            }
            await #expect(throws: AIProviderError.invalidResponse("the body is not a verbose_json transcription")) {
                _ = try await Self.transcriber(base).transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav")
            }
            await #expect(throws: AIProviderError.invalidResponse("the body is not a verbose_json transcription")) {
                _ = try await Self.transcriber(base).transcribe(file: file, fileName: "a.wav", mimeType: "audio/wav")
            }
        }
        #expect(await server.received.count == 3)
    }

    @Test("a file over 25 MB, or one that is not there, is refused before any request")
    func refusedBeforeSending() async throws {
        let big = FileManager.default.temporaryDirectory.appendingPathComponent("underdog-stt-big-\(UUID().uuidString).wav")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: big) }
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(OpenAITranscriber.maxFileBytes + 1)) // sparse: no 25 MB actually written
        try handle.close()

        let server = LocalOpenAIServer(script: [.content("never reached")])
        try await server.run { base in
            await #expect(throws: AIProviderError.fileTooLarge(bytes: 26_214_401, limit: 26_214_400)) {
                _ = try await Self.transcriber(base).transcribe(file: big, fileName: "big.wav", mimeType: "audio/wav")
            }
            let missing = URL(fileURLWithPath: "/nonexistent/underdog-\(UUID().uuidString).wav")
            let error = await #expect(throws: AIProviderError.self) {
                _ = try await Self.transcriber(base).transcribe(file: missing, fileName: "gone.wav", mimeType: "audio/wav")
            }
            guard case .unreadableFile = error else { Issue.record("expected an unreadable file, got \(String(describing: error))"); return }
        }
        #expect(await server.received.count == 0)
    }

    @Test("the local server itself refuses a form without the file, or not asking for verbose_json, in OpenAI's error shape")
    func serverValidatesTheForm() async throws {
        let server = LocalOpenAIServer(script: [])
        try await server.run { base in
            func post(_ fields: [(String, String)], withFile: Bool) async throws -> (Int, String) {
                let boundary = "test-boundary"
                var body = ""
                for (name, value) in fields { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n" }
                if withFile {
                    body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\nContent-Type: audio/wav\r\n\r\nRIFF\r\n"
                }
                body += "--\(boundary)--\r\n"
                var request = HTTPClientRequest(url: base + "/audio/transcriptions")
                request.method = .POST
                request.headers.add(name: "authorization", value: "Bearer sk-local-test")
                request.headers.add(name: "content-type", value: "multipart/form-data; boundary=\(boundary)")
                request.body = .bytes(ByteBuffer(string: body))
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
                let bytes = try await response.body.collect(upTo: 1 << 20)
                return (Int(response.status.code), String(buffer: bytes))
            }
            let (noFile, noFileBody) = try await post([("model", "whisper-1"), ("response_format", "verbose_json")], withFile: false)
            #expect(noFile == 400)
            #expect(noFileBody.contains("\"error\"") && noFileBody.contains("'file' and 'model' are required."))
            let (wrongFormat, wrongFormatBody) = try await post([("model", "whisper-1"), ("response_format", "text")], withFile: true)
            #expect(wrongFormat == 400)
            #expect(wrongFormatBody.contains("'response_format' must be verbose_json."))
        }
        #expect(await server.received.count == 2)
        #expect(await server.received.first?.part("model")?.text == "whisper-1")
        #expect(await server.received.last?.part("file")?.text == "RIFF")
    }
}
