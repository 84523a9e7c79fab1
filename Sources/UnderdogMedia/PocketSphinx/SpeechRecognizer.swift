import Foundation

/// Word-timed recognition of 16 kHz s16le mono PCM (what `AudioTools.decodeToPCM` writes).
public protocol SpeechRecognizer: Sendable {
    /// The words in time order. `progress` receives the fraction (0…1) of the file processed so far, on the
    /// calling task, in rising order, ending with 1 on success. Throws `CancellationError` when the task is cancelled.
    func recognize(pcmFile: URL, progress: @Sendable (Double) -> Void) async throws -> [RecognizedWord]
}
