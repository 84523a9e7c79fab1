import Foundation

/// One piece of a long recording, as a WAV file a remote speech-to-text service accepts (OpenAI takes 25 MB).
public struct PCMChunk: Sendable, Equatable {
    public let file: URL
    /// Where the piece starts in the whole recording: add it to the service's segment times.
    public let offsetSeconds: Double
}

/// Cuts a 16 kHz s16le mono PCM file into WAV pieces of at most `maxSeconds`, reading one piece at a time, so
/// an hour-long call costs one piece of memory.
public enum PCMChunks {
    public static func wavChunks(of pcmFile: URL, maxSeconds: Double = 300, into folder: URL) throws(MediaError) -> [PCMChunk] {
        let bytesPerChunk = max(2, Int(maxSeconds * Double(AudioTools.pcmBytesPerSecond)) / 2 * 2)
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: pcmFile)
        } catch {
            throw .fileNotFound(pcmFile.path)
        }
        defer { try? handle.close() }
        var chunks: [PCMChunk] = []
        var offsetBytes = 0
        while true {
            let data: Data
            do {
                data = try handle.read(upToCount: bytesPerChunk) ?? Data()
            } catch {
                throw .decodeFailed("cannot read \(pcmFile.path): \(error.localizedDescription)")
            }
            guard data.count >= 2 else { break }
            let samples = data.withUnsafeBytes { raw in
                (0..<(raw.count / 2)).map { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self)) }
            }
            let file = folder.appendingPathComponent(pcmFile.deletingPathExtension().lastPathComponent + ".part\(chunks.count).wav")
            try PCMAudio(sampleRate: AudioTools.pcmSampleRate, channels: 1, samples: samples).writeWAV(to: file)
            chunks.append(PCMChunk(file: file, offsetSeconds: Double(offsetBytes) / Double(AudioTools.pcmBytesPerSecond)))
            offsetBytes += data.count
        }
        return chunks
    }
}
