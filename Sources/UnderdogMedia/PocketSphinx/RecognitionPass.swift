import Foundation

/// One pass of a decoder over a PCM file, on the calling (dedicated) thread.
///
/// The file is read in blocks and looked at in 100 ms chunks. Silence between utterances is not fed to the
/// decoder at all; speech is fed as utterances that end after half a second of quiet, or at the first quiet
/// chunk after 20 s, or at 30 s regardless, so memory stays flat however long the call. Each utterance
/// starts 300 ms before the speech that opened it and its word times are offset by where it began.
struct RecognitionPass {
    static let sampleRate = AudioTools.pcmSampleRate
    static let chunkSamples = sampleRate / 10
    static let blockBytes = chunkSamples * 2 * 50
    var prerollChunks = 3
    var quietChunksToEnd = 5
    var softMaximumChunks = 200
    var hardMaximumChunks = 300

    let decoder: SphinxDecoder
    let isCancelled: @Sendable () -> Bool
    let progress: (Double) -> Void

    private var activity = SpeechActivity()
    private var words: [RecognizedWord] = []
    private var preroll: [(start: Int, samples: [Int16])] = []
    private var utteranceStart: Int?
    private var utteranceChunks = 0
    private var quietRun = 0
    private var position = 0

    init(decoder: SphinxDecoder, isCancelled: @escaping @Sendable () -> Bool, progress: @escaping (Double) -> Void) {
        self.decoder = decoder
        self.isCancelled = isCancelled
        self.progress = progress
    }

    mutating func run(file: URL) throws -> [RecognizedWord] {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: file)
        } catch {
            throw MediaError.fileNotFound(file.path)
        }
        defer { try? handle.close() }
        let total = (try? handle.seekToEnd()).map(Int.init) ?? 0
        try? handle.seek(toOffset: 0)

        var pending: [Int16] = []
        var consumed = 0
        var reported = 0.0
        while true {
            if isCancelled() { throw CancellationError() }
            let block: Data
            do {
                block = try handle.read(upToCount: Self.blockBytes) ?? Data()
            } catch {
                throw MediaError.recognizerFailed("reading \(file.lastPathComponent): \(error.localizedDescription)")
            }
            if block.isEmpty { break }
            consumed += block.count
            pending += Self.samples(block)
            var chunkStart = 0
            while pending.count - chunkStart >= Self.chunkSamples {
                try feed(Array(pending[chunkStart..<chunkStart + Self.chunkSamples]))
                chunkStart += Self.chunkSamples
            }
            pending.removeFirst(chunkStart)
            let fraction = total > 0 ? min(Double(consumed) / Double(total), 1) : 0
            if fraction - reported >= 0.01 {
                reported = fraction
                progress(fraction)
            }
        }
        if !pending.isEmpty { try feed(pending) }
        try endUtterance()
        progress(1)
        return words
    }

    /// Little-endian 16-bit samples; a trailing odd byte is dropped.
    static func samples(_ data: Data) -> [Int16] {
        let count = data.count / 2
        var samples = [Int16](repeating: 0, count: count)
        samples.withUnsafeMutableBytes { buffer in
            _ = data.copyBytes(to: buffer, count: count * 2)
        }
        #if _endian(big)
        for index in samples.indices { samples[index] = Int16(littleEndian: samples[index]) }
        #endif
        return samples
    }

    private mutating func feed(_ chunk: [Int16]) throws {
        let start = position
        position += chunk.count
        let speech = chunk.withUnsafeBufferPointer { activity.isSpeech(rms: SpeechActivity.rms($0)) }
        guard utteranceStart != nil else {
            guard speech else {
                preroll.append((start, chunk))
                if preroll.count > prerollChunks { preroll.removeFirst() }
                return
            }
            try decoder.startUtterance()
            utteranceStart = preroll.first?.start ?? start
            utteranceChunks = preroll.count
            quietRun = 0
            for earlier in preroll { try process(earlier.samples) }
            preroll.removeAll()
            try process(chunk)
            utteranceChunks += 1
            return
        }
        try process(chunk)
        utteranceChunks += 1
        quietRun = speech ? 0 : quietRun + 1
        if quietRun >= quietChunksToEnd
            || (utteranceChunks >= softMaximumChunks && !speech)
            || utteranceChunks >= hardMaximumChunks {
            try endUtterance()
        }
    }

    private func process(_ samples: [Int16]) throws {
        try samples.withUnsafeBufferPointer { buffer throws(MediaError) in try decoder.process(buffer) }
    }

    private mutating func endUtterance() throws {
        guard let start = utteranceStart else { return }
        utteranceStart = nil
        words += try decoder.endUtterance(offset: Double(start) / Double(Self.sampleRate))
    }
}
