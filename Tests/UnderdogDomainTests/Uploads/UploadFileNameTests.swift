import Testing
import UnderdogDomain

@Suite("Upload file names")
struct UploadFileNameTests {
    @Test("keeps only the last path component, whichever separator the client used", arguments: [
        ("../../etc/passwd", "passwd"),
        ("a/b\\c.mp3", "c.mp3"),
        ("C:\\Users\\rep\\Desktop\\call.mp3", "call.mp3"),
        ("/abs/path/call.wav", "call.wav"),
    ])
    func lastComponent(raw: String, expected: String) {
        #expect(UploadFileName.sanitised(raw) == expected)
    }

    @Test("drops control characters (C0, DEL, C1) and Windows-forbidden punctuation", arguments: [
        ("call\u{0}.mp3", "call.mp3"),
        ("call\n.mp3", "call.mp3"),
        ("call\r\nX-Injected: 1.mp3", "callX-Injected 1.mp3"),
        ("call\u{7F}.mp3", "call.mp3"),
        ("call\u{85}.mp3", "call.mp3"),
        ("call\u{9F}\u{80}.mp3", "call.mp3"),
        ("a<b>c:d\"e|f?g*h.mp3", "abcdefgh.mp3"),
        ("call\u{202E}3pm.exe", "call3pm.exe"),
    ])
    func dropsCharacters(raw: String, expected: String) {
        #expect(UploadFileName.sanitised(raw) == expected)
    }

    @Test("collapses whitespace runs to one space and trims", arguments: [
        ("  Call   with \u{00A0}\u{3000} Maria .mp3  ", "Call with Maria .mp3"),
        ("\tcall.mp3", "call.mp3"),
    ])
    func whitespace(raw: String, expected: String) {
        #expect(UploadFileName.sanitised(raw) == expected)
    }

    @Test("strips leading dots: no hidden files, no . or ..", arguments: [
        (".hidden.mp3", "hidden.mp3"),
        ("...call.mp3", "call.mp3"),
        (". . call.mp3", "call.mp3"),
        ("call..mp3", "call..mp3"),
    ])
    func leadingDots(raw: String, expected: String) {
        #expect(UploadFileName.sanitised(raw) == expected)
    }

    @Test("nil when nothing usable is left", arguments: [
        "", ".", "..", "....", "   ", " . . ", "a/", "../", "\u{0}\u{1}", "<>:\"|?*", "dir\\..",
    ])
    func nothingLeft(raw: String) {
        #expect(UploadFileName.sanitised(raw) == nil)
    }

    @Test("keeps non-ASCII letters, emoji and reserved-looking Windows names")
    func keepsWhatIsSafe() {
        #expect(UploadFileName.sanitised("Gespräch mit Kunde.mp3") == "Gespräch mit Kunde.mp3")
        #expect(UploadFileName.sanitised("通话 记录.m4a") == "通话 记录.m4a")
        #expect(UploadFileName.sanitised("📞 call 👩🏽‍💻.webm") == "📞 call 👩🏽‍💻.webm")
        #expect(UploadFileName.sanitised("CON") == "CON")
        #expect(UploadFileName.sanitised("call.mp3") == "call.mp3")
    }

    @Test("normalises to NFC, so the same name always gives the same key")
    func nfc() {
        let decomposed = "Gespra\u{0308}ch.mp3"
        let sanitised = UploadFileName.sanitised(decomposed)
        #expect(sanitised == "Gespräch.mp3")
        #expect(sanitised?.unicodeScalars.count == "Gespräch.mp3".unicodeScalars.count)
        #expect(sanitised?.unicodeScalars.contains("\u{E4}") == true)
    }

    @Test("a long name is cut to the byte limit, keeping its extension")
    func longName() throws {
        let name = try #require(UploadFileName.sanitised(String(repeating: "a", count: 500) + ".m4a"))
        #expect(name.utf8.count == UploadFileName.maxBytes)
        #expect(name == String(repeating: "a", count: UploadFileName.maxBytes - 4) + ".m4a")
    }

    @Test("multi-byte names are cut on a character boundary, never inside one")
    func longMultiByteName() throws {
        for raw in [String(repeating: "ä", count: 300) + ".mp3", String(repeating: "👩🏽‍💻", count: 50) + ".webm",
                    String(repeating: "Gespräch ", count: 40) + ".wav"] {
            let name = try #require(UploadFileName.sanitised(raw))
            #expect(name.utf8.count <= UploadFileName.maxBytes)
            #expect(raw.hasPrefix(name.prefix(name.count - 5)))
            #expect(name.hasSuffix(String(raw.suffix(4))))
            #expect(!name.contains(" ."))
        }
    }

    @Test("a dot deep in a long name is not mistaken for an extension")
    func noRealExtension() throws {
        let raw = "call." + String(repeating: "x", count: 300)
        let name = try #require(UploadFileName.sanitised(raw))
        #expect(name.utf8.count == UploadFileName.maxBytes)
        #expect(raw.hasPrefix(name))
    }

    @Test("one giant character (a letter under hundreds of combining marks) is cut between scalars")
    func zalgo() throws {
        let raw = "a" + String(repeating: "\u{0301}\u{0316}", count: 200) + ".mp3"
        let name = try #require(UploadFileName.sanitised(raw))
        #expect(name.utf8.count <= UploadFileName.maxBytes)
        #expect(name.unicodeScalars.first == "\u{E1}")  // NFC composed the a and its first acute accent
        #expect(name.hasSuffix(".mp3"))
    }
}
