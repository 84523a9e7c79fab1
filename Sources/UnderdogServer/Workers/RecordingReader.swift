import Foundation
import UnderdogAI
import UnderdogDomain
import UnderdogMedia

/// A recording on disk read into a transcript exactly as the pipeline reads an upload (the same checks, the
/// same speech-to-text, the same choice of the rep's channel), for `underdog score` on an audio file.
public struct RecordingReader: Sendable {
    let tools: AudioTools
    let transcriber: any RecordingTranscriber

    /// Transcribes with `speechToText` when given (an OpenAI-compatible model), else offline with PocketSphinx.
    public init(speechToText: OpenAITranscriber? = nil) throws {
        let tools = try AudioTools()
        self.tools = tools
        if let speechToText {
            transcriber = OpenAIRecordingTranscriber(tools: tools, transcriber: speechToText)
        } else {
            transcriber = LocalRecordingTranscriber(tools: tools, recognizer: try PocketSphinxRecognizer(maxConcurrent: 1))
        }
    }

    /// The recording's transcript; `repChannel` says which channel of a two-channel file is the rep.
    public func read(_ recording: URL, repChannel: Int, workFolder: URL) async throws -> RecordedTranscript {
        do {
            try RecordingDownload.checkIsAudio(recording)
            let probe = try tools.probe(recording)
            return try await transcriber.transcribe(recording: recording, probe: probe, repChannel: repChannel, workFolder: workFolder) { _ in }
        } catch {
            throw RecordingReadError(message: PipelineFailure(error).message)
        }
    }
}

/// Why a recording could not be read, in words for the person who gave it.
public struct RecordingReadError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
