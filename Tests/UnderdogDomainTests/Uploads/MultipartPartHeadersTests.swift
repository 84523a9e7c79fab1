import Testing
import UnderdogDomain

@Suite("Multipart part headers")
struct MultipartPartHeadersTests {
    private typealias Bodies = MultipartTestBodies

    /// The headers of a one-part form whose header block is `lines`.
    private func headers(_ lines: [String]) throws(MultipartError) -> MultipartPartHeaders? {
        let events = try Bodies.events(Bodies.form([Bodies.part(lines, [])]))
        guard case .partBegan(let headers)? = events.first else { return nil }
        return headers
    }

    private func error(_ lines: [String]) -> MultipartError? {
        Bodies.error(Bodies.form([Bodies.part(lines, [])]))
    }

    @Test("header names are case-insensitive; the content type is kept as sent, trimmed")
    func caseInsensitiveNames() throws {
        let parsed = try headers(["content-DISPOSITION: Form-Data; NAME=file; FileName=a.mp3", "CONTENT-type:   Audio/MPEG  "])
        #expect(parsed == MultipartPartHeaders(name: "file", filename: "a.mp3", contentType: "Audio/MPEG"))
    }

    @Test("quoted values keep ; and spaces, and honour \\\" and \\\\ escapes")
    func quotedStrings() throws {
        let parsed = try headers([#"Content-Disposition: form-data; name="my; field"; filename="say \"hi\" \\ bye.mp3""#])
        #expect(parsed?.name == "my; field")
        #expect(parsed?.filename == #"say "hi" \ bye.mp3"#)
    }

    @Test("a backslash before an ordinary character is kept, so Windows paths survive for the sanitiser")
    func windowsPath() throws {
        let parsed = try headers([#"Content-Disposition: form-data; name="file"; filename="C:\Users\rep\call.mp3""#])
        #expect(parsed?.filename == #"C:\Users\rep\call.mp3"#)
    }

    @Test("raw UTF-8 file names, as browsers send them, pass through")
    func utf8FileName() throws {
        let parsed = try headers([#"Content-Disposition: form-data; name="file"; filename="Gespräch mit Kunde 📞.mp3""#])
        #expect(parsed?.filename == "Gespräch mit Kunde 📞.mp3")
    }

    @Test("filename* (RFC 8187) is decoded and preferred over filename")
    func extendedFileName() throws {
        let both = try headers([#"Content-Disposition: form-data; name="file"; filename="Gesprach.mp3"; filename*=UTF-8''Gespr%C3%A4ch%20mit%20Kunde.mp3"#])
        #expect(both?.filename == "Gespräch mit Kunde.mp3")
        let only = try headers(["Content-Disposition: form-data; name=file; filename*=utf-8'de'%E2%82%AC.mp3"])
        #expect(only?.filename == "€.mp3")
        let latin1 = try headers(["Content-Disposition: form-data; name=file; filename*=ISO-8859-1''Gespr%E4ch.mp3"])
        #expect(latin1?.filename == "Gespräch.mp3")
    }

    @Test("an unreadable filename* is ignored in favour of filename")
    func badExtendedFileName() throws {
        for value in ["UTF-8''%ZZ.mp3", "UTF-8''%C3.mp3", "KOI8-R''abc", "no-quotes"] {
            let parsed = try headers(["Content-Disposition: form-data; name=file; filename=plain.mp3; filename*=\(value)"])
            #expect(parsed?.filename == "plain.mp3")
        }
    }

    @Test("a field without a name, or a file input left empty, is reported as sent")
    func absentValues() throws {
        #expect(try headers(["Content-Disposition: form-data"]) == MultipartPartHeaders(name: nil, filename: nil, contentType: nil))
        #expect(try headers([#"Content-Disposition: form-data; name="file"; filename="""#])?.filename == "")
    }

    @Test("other headers are ignored; a folded continuation line is joined")
    func otherHeadersAndFolding() throws {
        let parsed = try headers(["X-Custom: 1", "Content-Disposition: form-data; name=\"file\";", "\tfilename=\"a.mp3\"",
                                  "Content-Transfer-Encoding: binary"])
        #expect(parsed == MultipartPartHeaders(name: "file", filename: "a.mp3", contentType: nil))
    }

    @Test("broken header lines are refused", arguments: [
        ["Content-Disposition form-data; name=a"],          // no colon
        [": form-data"],                                    // no name
        ["Content Disposition: form-data; name=a"],         // space in the name
        [" Content-Disposition: form-data; name=a"],        // a continuation with nothing to continue
        ["Content-Disposition: form-data; name=\"a"],       // unterminated quote
        ["Content-Disposition: form-data; name=\"a\"b"],    // junk after a quoted string
        ["Content-Disposition: form-data; name"],           // parameter without =
        ["Content-Disposition: form-data; name=a; NAME=b"], // repeated parameter
        ["Content-Disposition: form-data; name=a", "Content-Disposition: form-data; name=b"],
        ["Content-Disposition: form-data; name=a", "Content-Type: audio/mpeg", "Content-Type: text/plain"],
        ["Content-Disposition: form-data; name=a\u{0}b"],   // a control byte
        ["Content-Disposition: form-data; name=a\nX: b"],   // a bare LF
        ["Content-Disposition: form-data; name=a\rX: b"],   // a bare CR
    ])
    func malformed(lines: [String]) {
        #expect(error(lines) == .malformedHeaders)
    }

    @Test("header bytes that are not UTF-8 are refused")
    func notUTF8() {
        let block = Array("Content-Disposition: form-data; name=\"file\"; filename=\"".utf8) + [0xC3, 0x28] + Array("\"\r\n".utf8)
        let body = Array("--\(Bodies.boundary)\r\n".utf8) + block + Array("\r\n\r\n--\(Bodies.boundary)--".utf8)
        #expect(Bodies.error(body) == .malformedHeaders)
        let latin1 = Array("Content-Disposition: form-data; name=\"file\"; filename=\"Gespr".utf8) + [0xE4] + Array("ch\"\r\n".utf8)
        #expect(Bodies.error(Array("--\(Bodies.boundary)\r\n".utf8) + latin1 + Array("\r\n\r\n--\(Bodies.boundary)--".utf8))
            == .malformedHeaders)
    }
}
