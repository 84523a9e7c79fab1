import Foundation

/// One stretch of recognised speech, in seconds from the start of the recording.
public struct TranscriptionSegment: Sendable, Equatable, Codable {
    public let start: Double
    public let end: Double
    public let text: String

    public init(start: Double, end: Double, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// What a speech-to-text provider heard: the whole text, the recording's length when it said, and the
/// timed segments (never empty when `text` is not).
public struct Transcription: Sendable, Equatable {
    public let text: String
    public let durationSeconds: Double?
    public let segments: [TranscriptionSegment]

    public init(text: String, durationSeconds: Double?, segments: [TranscriptionSegment]) {
        self.text = text
        self.durationSeconds = durationSeconds
        self.segments = segments
    }
}

/// Speech to text over `POST /audio/transcriptions` (OpenAI's Whisper API, or any server speaking it:
/// speaches, faster-whisper-server, LocalAI, vLLM), asking for `verbose_json` with segment timestamps.
/// The audio is streamed from disk; files over OpenAI's 25 MB limit are refused before anything is sent.
/// Retries, `Retry-After` and the circuit breaker are the client's, shared with chat.
public struct OpenAITranscriber: Sendable {
    /// OpenAI's upload limit: 25 MB (26,214,400 bytes).
    public static let maxFileBytes: Int64 = 25 << 20

    public let client: OpenAICompatibleClient
    public let model: String

    public init(client: OpenAICompatibleClient, model: String) {
        self.client = client
        self.model = model
    }

    /// Throws `AIProviderError`: `.fileTooLarge` / `.unreadableFile` before any request, otherwise as the
    /// client does, and `.invalidResponse` when the answer is not a usable `verbose_json` transcription.
    public func transcribe(file: URL, fileName: String, mimeType: String) async throws -> Transcription {
        let form = MultipartForm(
            fields: [
                .init(name: "model", value: model),
                .init(name: "response_format", value: "verbose_json"),
                .init(name: "timestamp_granularities[]", value: "segment"),
            ],
            file: .init(fieldName: "file", url: file, fileName: fileName, mimeType: mimeType),
            maxFileBytes: Self.maxFileBytes)
        let data = try await client.post(path: "/audio/transcriptions", form: form)
        return try Self.transcription(from: data)
    }

    /// Reads and checks a `verbose_json` answer. Non-finite times are refused outright (a server producing
    /// them is broken); segments that are merely out of range (negative, or ending before they start) are
    /// dropped; an answer with text but no usable segments becomes one segment over the whole duration.
    static func transcription(from data: Data) throws -> Transcription {
        struct Wire: Decodable {
            struct Segment: Decodable {
                let start: Double
                let end: Double
                let text: String
            }

            let text: String
            let duration: Double?
            let segments: [Segment]?
        }
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: data)
        } catch {
            throw AIProviderError.invalidResponse("the body is not a verbose_json transcription")
        }
        let segments = wire.segments ?? []
        let times = [wire.duration].compactMap { $0 } + segments.flatMap { [$0.start, $0.end] }
        guard times.allSatisfy(\.isFinite) else {
            throw AIProviderError.invalidResponse("the transcription has a time that is not a finite number")
        }
        let duration = wire.duration.flatMap { $0 >= 0 ? $0 : nil }
        let text = wire.text.trimmingCharacters(in: .whitespacesAndNewlines)
        var kept = segments.compactMap { segment -> TranscriptionSegment? in
            guard segment.start >= 0, segment.end >= segment.start else { return nil }
            return TranscriptionSegment(start: segment.start, end: segment.end, text: segment.text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if kept.isEmpty, !text.isEmpty {
            kept = [TranscriptionSegment(start: 0, end: duration ?? 0, text: text)]
        }
        return Transcription(text: text, durationSeconds: duration, segments: kept)
    }
}
