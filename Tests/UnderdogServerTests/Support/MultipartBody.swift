import Foundation
import HTTPTypes
import UnderdogMedia

/// A multipart/form-data body as a browser sends it, for upload tests.
struct MultipartBody {
    let boundary = "----underdog-test-\(UUID().uuidString)"
    var data = Data()

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func addFile(field: String = "file", fileName: String, contentType: String?, bytes: Data) {
        data += Data("--\(boundary)\r\n".utf8)
        data += Data("Content-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\n".utf8)
        if let contentType { data += Data("Content-Type: \(contentType)\r\n".utf8) }
        data += Data("\r\n".utf8)
        data += bytes
        data += Data("\r\n".utf8)
    }

    mutating func addField(_ name: String, _ value: String) {
        data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func close() {
        data += Data("--\(boundary)--\r\n".utf8)
    }

    /// The file, then any text fields (a browser sends them in the form's order; the server takes either).
    static func file(_ bytes: Data, name: String = "call.wav", type: String? = "audio/wav", fields: [(String, String)] = []) -> MultipartBody {
        var body = MultipartBody()
        body.addFile(fileName: name, contentType: type, bytes: bytes)
        for (field, value) in fields { body.addField(field, value) }
        body.close()
        return body
    }
}

extension APIClient {
    func upload(_ body: MultipartBody, token: String?) async throws -> JSONResponse {
        try await call(.post, "/uploads", token: token, raw: body.data, headers: [.contentType: body.contentType])
    }
}

/// Audio made in the test process: a mono 16-bit WAV of a tone. Real enough for sniffing and storage; the
/// pipeline's own tests use espeak-ng speech.
enum TestAudio {
    static func wav(seconds: Double = 0.5, sampleRate: Int = 16_000) -> Data {
        let samples = Int(Double(sampleRate) * seconds)
        var pcm = Data(capacity: samples * 2)
        for index in 0..<samples {
            let value = Int16(8000 * sin(2 * Double.pi * 440 * Double(index) / Double(sampleRate)))
            withUnsafeBytes(of: value.littleEndian) { pcm.append(contentsOf: $0) }
        }
        let header = WAVHeader.bytes(sampleRate: sampleRate, channels: 1, dataBytes: pcm.count)
        return header + pcm
    }
}
