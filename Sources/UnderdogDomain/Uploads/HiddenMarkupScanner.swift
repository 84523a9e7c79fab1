/// Finds a web page, script or other text hiding behind an audio header. The sniffer at upload time reads
/// only the first bytes, so "RIFF…WAVE" followed by HTML passes it, and ffprobe would happily read HTML as
/// PCM samples. This reads the whole file: markup anywhere, or a body that is mostly printable text, is not a
/// recording.
///
/// A marker counts only when the bytes after it are text too: compressed audio is close to random bytes, and
/// "<svg" turns up by chance about once in 500 MB of it, but never followed by 32 printable bytes.
public struct HiddenMarkupScanner: Sendable {
    /// Lower-case byte patterns of markup no recording carries.
    static let markers: [[UInt8]] = ["<html", "<!doctype", "<script", "<?php", "<svg", "<iframe", "<body", "<?xml"].map { Array($0.utf8) }
    /// How many bytes from a marker's start must be printable for it to count.
    static let textRun = 32
    /// Where the body's text ratio is measured: past any container header, over the first 64 KiB.
    static let sample = 512..<(64 << 10)

    private var carry: [UInt8] = []
    private var offset = 0
    private var sampled = 0
    private var printable = 0
    public private(set) var marker: String?

    public init() {}

    /// Reads the next bytes of the file, in order.
    public mutating func feed(_ chunk: some Collection<UInt8>) {
        for byte in chunk {
            if Self.sample.contains(offset) {
                sampled += 1
                if Self.isText(byte) { printable += 1 }
            }
            offset += 1
        }
        guard marker == nil else { return }
        let window = carry + Array(chunk)
        // Markers starting in the last `textRun` bytes are looked at again with the next chunk's bytes after them.
        marker = Self.markerWithText(in: window, startingBefore: window.count - Self.textRun + 1)
        carry = Array(window.suffix(Self.textRun - 1))
    }

    /// Call once the whole file was fed: looks at markers in the last bytes, with what text follows them.
    public mutating func finish() {
        guard marker == nil else { return }
        marker = Self.markerWithText(in: carry, startingBefore: carry.count, requiredRun: 0)
    }

    static func isText(_ byte: UInt8) -> Bool {
        (0x20...0x7E).contains(byte) || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The first marker starting before `limit` whose following `requiredRun` bytes (or all up to the end)
    /// are text.
    static func markerWithText(in window: [UInt8], startingBefore limit: Int, requiredRun: Int = textRun) -> String? {
        var start = 0
        while start < max(0, limit), let open = window[start..<max(start, limit)].firstIndex(of: UInt8(ascii: "<")) {
            let run = window[open..<min(window.count, open + max(requiredRun, 1))]
            if run.count >= requiredRun, run.allSatisfy(isText) {
                for pattern in markers where open + pattern.count <= window.count {
                    let candidate = window[open..<(open + pattern.count)].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
                    if candidate == pattern { return String(decoding: pattern, as: UTF8.self) }
                }
            }
            start = open + 1
        }
        return nil
    }

    /// Why the file is not a recording, or nil when nothing was found.
    public var finding: String? {
        if let marker { return "it holds markup (\(marker)…) behind its audio header" }
        // Sampled audio is close to uniform bytes: about 37% printable. Text is nearly all printable.
        if sampled >= 1024, Double(printable) / Double(sampled) > 0.95 { return "its body is text, not sound" }
        return nil
    }
}
