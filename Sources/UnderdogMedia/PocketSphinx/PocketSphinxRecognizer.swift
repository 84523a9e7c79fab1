import Foundation

/// Offline recognition with CMU PocketSphinx (US English), with word times.
///
/// Decoding is CPU-heavy and blocking, so each recognition runs on a thread of its own, never on Swift's
/// cooperative pool; the calling task just awaits it. Decoders are pooled: at most `maxConcurrent`
/// recognitions run at once (each holds a loaded model) and further calls wait their turn.
public final class PocketSphinxRecognizer: SpeechRecognizer {
    /// Debian's pocketsphinx-en-us.
    public static let defaultModelDirectory = URL(fileURLWithPath: "/usr/share/pocketsphinx/model/en-us", isDirectory: true)

    public let modelDirectory: URL
    public let maxConcurrent: Int
    private let model: SphinxModel
    private let pool: DecoderPool

    /// Loads the model once to check it (`recognizerFailed` when it is missing or broken) and keeps that decoder
    /// for the first recognition. Takes about a second. `maxConcurrent` defaults to the number of cores.
    public init(modelDirectory: URL = PocketSphinxRecognizer.defaultModelDirectory, maxConcurrent: Int? = nil) throws(MediaError) {
        self.modelDirectory = modelDirectory
        self.maxConcurrent = max(1, maxConcurrent ?? ProcessInfo.processInfo.activeProcessorCount)
        model = try SphinxModel(directory: modelDirectory)
        pool = DecoderPool(limit: self.maxConcurrent, first: try SphinxDecoder(model: model))
    }

    public func recognize(pcmFile: URL, progress: @Sendable (Double) -> Void) async throws -> [RecognizedWord] {
        try AudioTools.requireReadable(pcmFile)
        let lease = try await pool.acquire()
        let cancelled = CancellationFlag()
        let (events, sink) = AsyncStream.makeStream(of: Event.self)
        let thread = Thread { [pool, model] in
            var reusable: SphinxDecoder?
            do {
                let decoder: SphinxDecoder
                switch lease {
                case .reuse(let existing): decoder = existing
                case .create: decoder = try SphinxDecoder(model: model)
                }
                var pass = RecognitionPass(decoder: decoder, isCancelled: { cancelled.isSet }, progress: { sink.yield(.progress($0)) })
                let words = try pass.run(file: pcmFile)
                reusable = decoder
                sink.yield(.finished(.success(words)))
            } catch {
                // A decoder interrupted part way is dropped rather than trusted again.
                sink.yield(.finished(.failure(error)))
            }
            pool.release(reusable)
            sink.finish()
        }
        thread.name = "pocketsphinx"
        thread.start()

        return try await withTaskCancellationHandler {
            var outcome: Result<[RecognizedWord], any Error>?
            for await event in events {
                switch event {
                case .progress(let fraction): progress(fraction)
                case .finished(let result): outcome = result
                }
            }
            // The stream also ends early when this task is cancelled; the thread then stops at its next chunk.
            guard let outcome else { throw CancellationError() }
            return try outcome.get()
        } onCancel: {
            cancelled.set()
        }
    }

    private enum Event: Sendable {
        case progress(Double)
        case finished(Result<[RecognizedWord], any Error>)
    }
}
