import Foundation
import Testing
import UnderdogDomain

@Suite("Markup hidden behind an audio header")
struct HiddenMarkupScannerTests {
    /// A 44-byte PCM WAV header claiming `dataBytes` of samples.
    static func wavHeader(dataBytes: Int) -> [UInt8] {
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        func le16(_ value: Int) -> [UInt8] { (0..<2).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        return Array("RIFF".utf8) + le32(36 + dataBytes) + Array("WAVEfmt ".utf8) + le32(16) + le16(1) + le16(1)
            + le32(8000) + le32(16000) + le16(2) + le16(16) + Array("data".utf8) + le32(dataBytes)
    }

    static func scan(_ bytes: [UInt8], chunk: Int = 4096) -> HiddenMarkupScanner {
        var scanner = HiddenMarkupScanner()
        var index = 0
        while index < bytes.count {
            scanner.feed(bytes[index..<min(bytes.count, index + chunk)])
            index += chunk
        }
        scanner.finish()
        return scanner
    }

    @Test("a WAV header followed by a web page is found, wherever the chunks split it")
    func htmlBehindWAV() {
        let page = Array("<!DOCTYPE html><HTML><body><script>fetch('/steal')</script></body></html>\n".utf8)
        for chunk in [1, 7, 4096] {
            let scanner = Self.scan(Self.wavHeader(dataBytes: page.count) + page, chunk: chunk)
            #expect(scanner.marker == "<!doctype", "chunk \(chunk)")
            #expect(scanner.finding?.contains("markup") == true)
        }
    }

    @Test("markup deep inside a long recording is found too")
    func markupLater() {
        var random = SplitMix64(seed: 11)
        var bytes = Self.wavHeader(dataBytes: 400_000)
        bytes += (0..<200_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        bytes += Array("<script src=\"https://evil.example/x.js\"></script> and more text after it".utf8)
        bytes += (0..<200_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        #expect(Self.scan(bytes).marker == "<script")
    }

    @Test("a body of plain text behind the header is not sound")
    func textBody() {
        let text = Array(String(repeating: "This is just a letter, not a phone call. ", count: 100).utf8)
        let scanner = Self.scan(Self.wavHeader(dataBytes: text.count) + text)
        #expect(scanner.marker == nil)
        #expect(scanner.finding == "its body is text, not sound")
    }

    @Test("sound is let through: a tone, and 8 MB of random bytes as compressed audio looks")
    func soundPasses() {
        let samples = (0..<80_000).flatMap { index -> [UInt8] in
            let value = Int16(8000 * sin(Double(index) * 2 * .pi * 440 / 8000))
            return [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)]
        }
        #expect(Self.scan(Self.wavHeader(dataBytes: samples.count) + samples).finding == nil)

        var random = SplitMix64(seed: 2026)
        var scanner = HiddenMarkupScanner()
        for _ in 0..<8 {
            scanner.feed((0..<(1 << 20)).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        }
        scanner.finish()
        #expect(scanner.finding == nil)
    }
}
