import Testing
import UnderdogDomain

@Suite("Audio sniffer")
struct AudioSnifferTests {
    private static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    /// An MPEG-1 Layer III frame header: 128 kbit/s, 44.1 kHz, no CRC, joint stereo.
    private static let mp3Frame: [UInt8] = [0xFF, 0xFB, 0x90, 0x64] + Array(repeating: 0, count: 60)

    /// An ID3v2.4 tag header announcing `size` bytes of tag (syncsafe), then that many bytes, then `after`.
    private static func id3(size: Int, then after: [UInt8]) -> [UInt8] {
        let syncsafe = [(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F].map(UInt8.init)
        return ascii("ID3") + [4, 0, 0] + syncsafe + Array(repeating: 0, count: size) + after
    }

    /// The start of a browser MediaRecorder WebM file: EBML header with the given DocType, then the Segment.
    private static func ebml(docType: String) -> [UInt8] {
        let fields: [UInt8] = [0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81, 0x04, 0x42, 0xF3, 0x81, 0x08]
            + [0x42, 0x82, 0x80 | UInt8(docType.utf8.count)] + ascii(docType)
            + [0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02]
        return [0x1A, 0x45, 0xDF, 0xA3, 0x80 | UInt8(fields.count)] + fields + [0x18, 0x53, 0x80, 0x67, 0x01, 0xFF]
    }

    /// An ISO base media `ftyp` box.
    private static func ftyp(_ major: String, compatible: [String]) -> [UInt8] {
        let size = UInt32(16 + 4 * compatible.count)
        return le32(size).reversed() + ascii("ftyp") + ascii(major) + [0, 0, 2, 0] + compatible.flatMap(ascii)
            + [0, 0, 0, 8] + ascii("free")
    }

    @Test("recognises each format from a real-looking header", arguments: [
        (id3(size: 257, then: mp3Frame), AudioFormat.mp3),
        (id3(size: 4, then: mp3Frame), .mp3),
        (id3(size: 100_000, then: []), .mp3),
        (ascii("ID3"), .mp3),
        (mp3Frame, .mp3),
        ([0xFF, 0xF3, 0x48, 0xC4], .mp3),  // MPEG-2 Layer III, 24 kHz (a phone's low-rate recording)
        ([0xFF, 0xE3, 0x18, 0xC4], .mp3),  // MPEG-2.5 Layer III
        ([0xFF, 0xFD, 0x90, 0x04], .mp3),  // MPEG-1 Layer II
        (ascii("RIFF") + le32(36_000) + ascii("WAVEfmt ") + le32(16) + [1, 0, 1, 0], .wav),
        (ascii("RF64") + [0xFF, 0xFF, 0xFF, 0xFF] + ascii("WAVEds64"), .wav),
        (ascii("OggS") + [0, 2] + Array(repeating: 0, count: 20) + ascii("\u{1}vorbis"), .ogg),
        (ascii("OggS") + [0, 2] + Array(repeating: 0, count: 20) + ascii("OpusHead"), .ogg),
        (ebml(docType: "webm"), .webm),
        (Array(ebml(docType: "webm").prefix(12)), .webm),  // cut before the DocType: the magic decides
        ([0x1A, 0x45, 0xDF, 0xA3], .webm),
        (ftyp("M4A ", compatible: ["M4A ", "mp42", "isom"]), .mp4),
        (ftyp("isom", compatible: ["isom", "iso2", "mp41"]), .mp4),
        (ftyp("mp42", compatible: []), .mp4),
        (ftyp("XYZ1", compatible: ["abcd", "iso6"]), .mp4),  // an unknown major brand, a known compatible one
    ])
    func recognises(prefix: [UInt8], format: AudioFormat) {
        #expect(AudioSniffer.detect(prefix) == format)
        if prefix.count >= 16 {  // a whole header: what follows it must not matter
            #expect(AudioSniffer.detect(prefix + Array(repeating: 0x55, count: 200)) == format)
        }
    }

    @Test("refuses what is not a recording", arguments: [
        [UInt8](),
        ascii("abc"),
        ascii("ID"),
        [0xFF, 0xFB, 0x90],                                       // a frame sync cut short
        ascii("Rep: Hi, this is Sam from Underdog.\nProspect: Who?"),
        ascii("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj"),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + ascii("IHDR"),  // PNG
        [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],        // zip, docx
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + ascii("JFIF"),    // JPEG
        [0xEF, 0xBB, 0xBF] + ascii("text with a BOM"),
        [0xFF, 0xFE] + "Hello".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] },  // UTF-16LE text
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],                    // 0xFF noise
        [0xFF, 0xF1, 0x50, 0x80, 0x2E, 0x7F, 0xFC],              // AAC in ADTS, not MP3
        [0xFF, 0xFB, 0xF0, 0x64],                                 // bitrate index 15
        [0xFF, 0xFB, 0x9C, 0x64],                                 // sample rate index 3
        [0xFF, 0xFB, 0x90, 0x66],                                 // emphasis 2
        [0xFF, 0xEB, 0x90, 0x64],                                 // version 01 (reserved)
        id3(size: 4, then: [0xFF, 0xF1, 0x50, 0x80]),            // ID3 in front of AAC
        ascii("ID3 tags are metadata"),                           // "ID3" then text
        ascii("RIFF") + le32(1000) + ascii("AVI LIST"),
        ascii("RIFF") + le32(1000) + ascii("WAV"),
        ascii("OggS") + [1, 2],
        ebml(docType: "matroska"),
        [0x1A, 0x45, 0xDF, 0xA3, 0x00],                           // a malformed EBML size
        ftyp("heic", compatible: ["mif1", "heic"]),               // an iPhone photo
        ftyp("qt  ", compatible: ["qt  "]),
        ftyp("M4P ", compatible: ["M4P "]),
        [0, 0, 0, 13] + ascii("ftypM4A ") + [0],                  // an ftyp box size that cannot be
        ascii("xxxxftyp"),
    ] as [[UInt8]])
    func refuses(prefix: [UInt8]) {
        #expect(AudioSniffer.detect(prefix) == nil)
    }

    @Test("wants a small prefix, and looks no further than it")
    func prefixLength() {
        #expect(AudioSniffer.bytesNeeded >= 12 && AudioSniffer.bytesNeeded <= 4096)
        let late = Array(repeating: UInt8(0), count: AudioSniffer.bytesNeeded) + Self.ascii("OggS")
        #expect(AudioSniffer.detect(late) == nil)
    }
}

@Suite("Audio format MIME types")
struct AudioFormatTests {
    private static let allowList: Set<String> = [
        "audio/mpeg", "audio/mp3", "audio/wav", "audio/webm", "audio/ogg", "audio/m4a", "audio/mp4", "audio/x-m4a", "audio/x-wav",
    ]

    @Test("the formats' MIME types are exactly the allow-list, each claimed by one format")
    func allowList() {
        let all = AudioFormat.allCases.map(\.declarableMIMETypes)
        #expect(Set(all.joined()) == Self.allowList)
        #expect(all.map(\.count).reduce(0, +) == Self.allowList.count)
    }

    @Test("a declared type fits in any case, with parameters and spaces", arguments: [
        (AudioFormat.mp3, "audio/mpeg"), (.mp3, "Audio/MP3"), (.wav, "audio/x-wav"), (.wav, " audio/wav ; rate=8000"),
        (.webm, "audio/webm;codecs=opus"), (.ogg, "audio/ogg; codecs=\"opus\""), (.mp4, "audio/x-m4a"), (.mp4, "AUDIO/MP4"),
        (.mp4, "audio/m4a"),
    ])
    func accepts(format: AudioFormat, declared: String) {
        #expect(format.accepts(declaredType: declared))
    }

    @Test("a declared type for another format, or none of ours, does not fit", arguments: [
        (AudioFormat.mp3, "audio/wav"), (.wav, "audio/mpeg"), (.webm, "video/webm"), (.ogg, "audio/webm"),
        (.mp4, "video/mp4"), (.mp3, "application/octet-stream"), (.mp3, ""), (.mp3, "audio/mpegx"), (.mp3, "audio/*"),
    ])
    func refuses(format: AudioFormat, declared: String) {
        #expect(!format.accepts(declaredType: declared))
    }
}
