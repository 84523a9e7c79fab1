import Foundation
import UnderdogMedia
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A 100 MB recording uploaded to a separate `serve` process: how fast it goes in, and how much the server's
/// memory grows while it streams (the target is under 64 MB above idle).
enum UploadBench {
    struct Figure {
        let bytes: Int
        let seconds: Double
        let idleResident: Int
        let peakResident: Int
        var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
        var aboveIdle: Int { peakResident - idleResident }
    }

    /// A WAV of silence, `bytes` long, wrapped in the multipart body a browser would send.
    static func writeBody(to file: URL, bytes: Int, boundary: String) throws {
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else { throw CommandError("cannot write \(file.path)") }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let samples = bytes - 44
        let header = WAVHeader.bytes(sampleRate: 16_000, channels: 1, dataBytes: samples)
        try handle.write(contentsOf: Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.wav\"\r\nContent-Type: audio/wav\r\n\r\n".utf8))
        try handle.write(contentsOf: header)
        let chunk = Data(count: 1 << 20)
        var left = samples
        while left > 0 {
            let size = min(left, chunk.count)
            try handle.write(contentsOf: chunk.prefix(size))
            left -= size
        }
        try handle.write(contentsOf: Data("\r\n--\(boundary)--\r\n".utf8))
    }

    static func run(server: ServerProcess, token: String, bytes: Int, folder: URL) async throws -> Figure {
        let boundary = "underdog-bench-\(UUID().uuidString)"
        let body = folder.appendingPathComponent("upload.multipart")
        try writeBody(to: body, bytes: bytes, boundary: boundary)
        defer { try? FileManager.default.removeItem(at: body) }

        try await Task.sleep(for: .milliseconds(500))
        let idle = ServerProcess.memory(of: server.process.pid).resident
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(server.port)/api/v1/uploads")!)
        request.httpMethod = "POST"
        request.timeoutInterval = 600
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        let started = ContinuousClock.now
        let (answer, response) = try await URLSession.shared.upload(for: request, fromFile: body)
        let elapsed = ContinuousClock.now - started
        guard (response as? HTTPURLResponse)?.statusCode == 201 else {
            throw CommandError("the upload was refused: \(String(decoding: answer, as: UTF8.self))")
        }
        let peak = ServerProcess.memory(of: server.process.pid).peak
        return Figure(bytes: bytes, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                      idleResident: idle, peakResident: peak)
    }
}
