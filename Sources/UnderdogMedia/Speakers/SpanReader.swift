import Foundation

/// Reads stretches of a 16 kHz s16le mono PCM file by seeking, never holding more than one block in memory.
final class SpanReader {
    let file: URL
    let sampleCount: Int
    private let handle: FileHandle

    init(_ file: URL) throws(MediaError) {
        try AudioTools.requireReadable(file)
        let opened: FileHandle
        let bytes: UInt64
        do {
            opened = try FileHandle(forReadingFrom: file)
            bytes = try opened.seekToEnd()
        } catch {
            throw .fileNotFound(file.path)
        }
        handle = opened
        sampleCount = Int(bytes) / 2
        self.file = file
    }

    deinit { try? handle.close() }

    /// Samples `range` (clamped to the file), as Float in -32768…32767.
    func samples(_ range: Range<Int>) throws(MediaError) -> [Float] {
        let lower = max(0, range.lowerBound), upper = min(sampleCount, range.upperBound)
        guard lower < upper else { return [] }
        let data: Data
        do {
            try handle.seek(toOffset: UInt64(lower * 2))
            data = try handle.read(upToCount: (upper - lower) * 2) ?? Data()
        } catch {
            throw .decodeFailed("reading \(file.lastPathComponent): \(error.localizedDescription)")
        }
        let count = data.count / 2
        return data.withUnsafeBytes { raw in
            [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    let low = UInt16(raw[index * 2]), high = UInt16(raw[index * 2 + 1])
                    buffer[index] = Float(Int16(bitPattern: low | high << 8))
                }
                initialized = count
            }
        }
    }
}
