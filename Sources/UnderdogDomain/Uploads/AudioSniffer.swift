/// Recognises a recording's container from its first bytes.
///
/// The declared Content-Type and the file name are the client's word; these magic numbers are the file's. Uploads
/// are checked here before anything is stored or handed to ffmpeg, so a PDF renamed `call.mp3` is refused at
/// the door. Each check wants a little more than its magic number where that is cheap, because short magic numbers
/// (an MPEG frame sync is 11 bits) also turn up in text.
public enum AudioSniffer {
    /// How many leading bytes `detect` looks at; fewer work, but may leave the format undecided (nil).
    public static let bytesNeeded = 64

    public static func detect(_ prefix: [UInt8]) -> AudioFormat? {
        let bytes = prefix.prefix(bytesNeeded)
        if bytes.starts(with: Array("ID3".utf8)) { return id3(bytes) }
        if isMPEGAudioFrame(bytes) { return .mp3 }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)) || bytes.starts(with: Array("RF64".utf8)),
           bytes.dropFirst(8).starts(with: Array("WAVE".utf8)) {
            return .wav
        }
        if bytes.starts(with: Array("OggS".utf8)) {
            // Byte 4 is the stream structure version, 0 in every Ogg file there is.
            return bytes.count < 5 || bytes[bytes.startIndex + 4] == 0 ? .ogg : nil
        }
        if bytes.starts(with: [0x1A, 0x45, 0xDF, 0xA3]) { return EBMLHeader.isWebM(Array(bytes)) ? .webm : nil }
        if bytes.count >= 8, bytes.dropFirst(4).starts(with: Array("ftyp".utf8)) {
            return isMP4Audio(Array(bytes)) ? .mp4 : nil
        }
        return nil
    }

    /// An ID3v2 tag fronts most MP3s. When its header (10 bytes) is present it must be sane; when the whole tag
    /// fits in the prefix, what follows must not be an AAC (ADTS) frame, which also gets ID3 tags and is not MP3.
    private static func id3(_ bytes: ArraySlice<UInt8>) -> AudioFormat? {
        let header = Array(bytes.prefix(10))
        if header.count > 3, !(2...4).contains(header[3]) { return nil }
        if header.count > 4, header[4] == 0xFF { return nil }
        guard header.count == 10 else { return .mp3 }
        guard header[6...].allSatisfy({ $0 < 0x80 }) else { return nil }  // syncsafe: top bit clear
        let size = header[6...].reduce(0) { $0 << 7 | Int($1) }
        let footer = header[5] & 0x10 != 0 ? 10 : 0
        let after = bytes.dropFirst(10 + size + footer)
        if after.count >= 2, after.first == 0xFF, after[after.startIndex + 1] & 0xF6 == 0xF0 { return nil }
        return .mp3
    }

    /// An MPEG-1/2/2.5 Layer II or III frame header with every field valid.
    ///
    /// Layer I is left out on purpose: `FF FE` is the UTF-16LE byte-order mark, and with it a UTF-16 text file reads
    /// as a valid Layer I header. Free-format bitrate (index 0) is left out too; no recorder writes it.
    static func isMPEGAudioFrame(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 4 else { return false }
        let b = Array(bytes.prefix(4))
        guard b[0] == 0xFF, b[1] & 0xE0 == 0xE0 else { return false }
        let version = (b[1] >> 3) & 0b11   // 01 reserved
        let layer = (b[1] >> 1) & 0b11     // 01 Layer III, 10 Layer II, 11 Layer I, 00 reserved
        let bitrate = b[2] >> 4            // 0000 free, 1111 invalid
        let sampleRate = (b[2] >> 2) & 0b11  // 11 reserved
        let emphasis = b[3] & 0b11         // 10 reserved
        return version != 0b01 && (layer == 0b01 || layer == 0b10) && bitrate != 0 && bitrate != 0b1111
            && sampleRate != 0b11 && emphasis != 0b10
    }

    /// ISO base media brands of files that carry AAC or ALAC audio: iPhone Voice Memos and most recorders write
    /// `M4A `, Android and ffmpeg `isom`/`mp42`, DASH and browsers' MediaRecorder `iso5`/`iso6`/`dash`.
    /// `M4P ` (DRM) and QuickTime `qt  ` are not here: neither can be transcribed as-is.
    private static let mp4Brands: Set<String> = [
        "M4A ", "M4B ", "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "dash", "MSNV",
    ]

    /// An `ftyp` box whose major brand, or failing that a compatible brand in the prefix, is an MP4 audio brand.
    private static func isMP4Audio(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 12 else { return false }
        let size = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        // 8 bytes of box header, major brand, minor version, then 4-byte compatible brands.
        guard size >= 16, size % 4 == 0 else { return false }
        var brands = [bytes[8..<12]]
        var offset = 16
        while offset + 4 <= min(size, bytes.count) {
            brands.append(bytes[offset..<offset + 4])
            offset += 4
        }
        return brands.contains { mp4Brands.contains(String(decoding: $0, as: UTF8.self)) }
    }
}
