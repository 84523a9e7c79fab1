import CPocketSphinx
import Foundation
import Synchronization

/// One PocketSphinx decoder. Not thread-safe: `DecoderPool` hands it to one recognition at a time, which is
/// what makes the `@unchecked Sendable` sound.
final class SphinxDecoder: @unchecked Sendable {
    /// PocketSphinx reports times in frames of 10 ms.
    static let framesPerSecond = 100.0

    private let decoder: OpaquePointer
    private var inUtterance = false

    /// Loads the model: about a second of CPU and tens of megabytes. Creation is serialised because ps_init
    /// touches sphinxbase's process-wide state (logging).
    init(model: SphinxModel) throws(MediaError) {
        let created: OpaquePointer? = creation.withLock { _ in
            underdog_ps_create(model.acousticModel.path, model.languageModel.path, model.dictionary.path)
        }
        guard let created else {
            throw .recognizerFailed("PocketSphinx could not load the model in \(model.acousticModel.deletingLastPathComponent().path)")
        }
        decoder = created
    }

    deinit {
        if inUtterance { ps_end_utt(decoder) }
        ps_free(decoder)
    }

    func startUtterance() throws(MediaError) {
        guard ps_start_utt(decoder) >= 0 else { throw .recognizerFailed("ps_start_utt failed") }
        inUtterance = true
    }

    func process(_ samples: UnsafeBufferPointer<Int16>) throws(MediaError) {
        guard let base = samples.baseAddress, !samples.isEmpty else { return }
        guard ps_process_raw(decoder, base, samples.count, 0, 0) >= 0 else {
            throw .recognizerFailed("ps_process_raw failed")
        }
    }

    /// Ends the utterance and returns its words, their times shifted by `offset` seconds (where it began).
    ///
    /// Frame numbers are not always counted from the utterance's start: this PocketSphinx (5prealpha) numbers
    /// them along everything the decoder has ever been fed. The best path covers the whole utterance, so its
    /// first segment (normally `<s>`) starts at the utterance's first frame; frames are counted from there.
    func endUtterance(offset: Double) throws(MediaError) -> [RecognizedWord] {
        inUtterance = false
        guard ps_end_utt(decoder) >= 0 else { throw .recognizerFailed("ps_end_utt failed") }
        var words: [RecognizedWord] = []
        var firstFrame: Int32?
        var segment = ps_seg_iter(decoder)
        while let current = segment {
            var startFrame: Int32 = 0
            var endFrame: Int32 = 0
            ps_seg_frames(current, &startFrame, &endFrame)
            let base = firstFrame ?? startFrame
            firstFrame = base
            if let raw = ps_seg_word(current), let text = SphinxToken.word(String(cString: raw)) {
                let posterior = underdog_ps_seg_posterior(decoder, current)
                words.append(RecognizedWord(
                    text: text,
                    start: offset + Double(startFrame - base) / Self.framesPerSecond,
                    end: offset + Double(endFrame + 1 - base) / Self.framesPerSecond,
                    confidence: posterior.isFinite ? min(max(posterior, 0), 1) : nil
                ))
            }
            segment = ps_seg_next(current)  // frees the iterator after the last segment
        }
        return words
    }
}

/// Serialises decoder creation across the process.
private let creation: Mutex<Void> = {
    underdog_ps_silence_logging()
    return Mutex(())
}()
