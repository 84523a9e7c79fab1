import Foundation

/// The canonical 44-byte RIFF/WAVE header of 16-bit PCM, for everything that writes a WAV itself: decoded
/// pieces sent to a speech-to-text service, the upload benchmark's 100 MB file, tests' tones.
public enum WAVHeader {
    public static func bytes(sampleRate: Int, channels: Int, dataBytes: Int) -> Data {
        var data = Data(capacity: 44)
        func append32(_ value: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { data.append(contentsOf: $0) } }
        func append16(_ value: Int) { withUnsafeBytes(of: UInt16(truncatingIfNeeded: value).littleEndian) { data.append(contentsOf: $0) } }
        data.append(contentsOf: Array("RIFF".utf8)); append32(36 + dataBytes)
        data.append(contentsOf: Array("WAVE".utf8))
        data.append(contentsOf: Array("fmt ".utf8)); append32(16)
        append16(1); append16(channels); append32(sampleRate)
        append32(sampleRate * channels * 2); append16(channels * 2); append16(16)
        data.append(contentsOf: Array("data".utf8)); append32(dataBytes)
        return data
    }
}
