import Foundation

/// 16-bit PCM samples in memory, interleaved when there is more than one channel; read from and written to
/// RIFF/WAVE files (the only container handled without ffmpeg).
struct PCMAudio: Sendable, Equatable {
    var sampleRate: Int
    var channels: Int
    var samples: [Int16]

    var frameCount: Int { samples.count / max(channels, 1) }
    var duration: Double { Double(frameCount) / Double(sampleRate) }

    /// Reads a PCM WAV file (format 1 or WAVE_FORMAT_EXTENSIBLE, 16 bits). A data size larger than the file, as
    /// programs that write to a pipe leave it, is read as "to the end of the file".
    static func readWAV(_ file: URL) throws(MediaError) -> PCMAudio {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .fileNotFound(file.path)
        }
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func tag(_ at: Int) -> String { String(decoding: bytes[at..<at + 4], as: UTF8.self) }
        guard bytes.count >= 12, tag(0) == "RIFF", tag(8) == "WAVE" else {
            throw .notAudio("\(file.lastPathComponent) is not a WAV file")
        }
        var format: (channels: Int, rate: Int, bits: Int)?
        var cursor = 12
        while cursor + 8 <= bytes.count {
            let id = tag(cursor)
            let size = u32(cursor + 4)
            let body = cursor + 8
            if id == "fmt ", body + 16 <= bytes.count {
                let code = u16(body)
                guard code == 1 || code == 0xFFFE else { throw .notAudio("\(file.lastPathComponent): WAV format \(code) is not PCM") }
                format = (u16(body + 2), u32(body + 4), u16(body + 14))
            } else if id == "data" {
                guard let format, format.bits == 16, format.channels > 0, format.rate > 0 else {
                    throw .notAudio("\(file.lastPathComponent): only 16-bit PCM WAV is read here")
                }
                let end = min(bytes.count, body + size)
                let count = (end - body) / 2
                var samples = [Int16](repeating: 0, count: count)
                for index in 0..<count {
                    samples[index] = Int16(bitPattern: UInt16(u16(body + index * 2)))
                }
                let whole = count - count % format.channels
                return PCMAudio(sampleRate: format.rate, channels: format.channels, samples: Array(samples.prefix(whole)))
            }
            cursor = body + size + (size & 1)
        }
        throw .notAudio("\(file.lastPathComponent) has no PCM data chunk")
    }

    /// Writes a canonical 44-byte-header PCM WAV.
    func writeWAV(to file: URL) throws(MediaError) {
        var data = WAVHeader.bytes(sampleRate: sampleRate, channels: channels, dataBytes: samples.count * 2)
        data.reserveCapacity(44 + samples.count * 2)
        for sample in samples { withUnsafeBytes(of: sample.littleEndian) { data.append(contentsOf: $0) } }
        do {
            try data.write(to: file)
        } catch {
            throw .decodeFailed("cannot write \(file.path): \(error.localizedDescription)")
        }
    }

    /// Drops leading and trailing near-silence (|sample| ≤ `threshold`) from mono audio.
    func trimmed(threshold: Int16 = 64) -> PCMAudio {
        guard channels == 1,
              let first = samples.firstIndex(where: { abs(Int($0)) > threshold }),
              let last = samples.lastIndex(where: { abs(Int($0)) > threshold }) else { return self }
        return PCMAudio(sampleRate: sampleRate, channels: 1, samples: Array(samples[first...last]))
    }
}
