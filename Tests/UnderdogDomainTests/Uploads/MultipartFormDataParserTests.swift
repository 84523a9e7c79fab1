import Testing
import UnderdogDomain

@Suite("Multipart form-data parser")
struct MultipartFormDataParserTests {
    private typealias Bodies = MultipartTestBodies

    @Test("reads a field and a file part in order, with their headers and bodies")
    func fieldAndFile() throws {
        let audio: [UInt8] = [0xFF, 0xFB, 0x90, 0x64, 0x00, 0x0D, 0x0A, 0x2D]
        let body = Bodies.form([Bodies.fieldPart(name: "scenario", "cold_call"), Bodies.filePart(audio)])
        #expect(try Bodies.events(body) == [
            Bodies.field("scenario"), .body(Array("cold_call".utf8)), .partEnded,
            Bodies.file(), .body(audio), .partEnded,
        ])
    }

    @Test("an empty part body gives no body event, never an empty one")
    func emptyBody() throws {
        let body = Bodies.form([Bodies.filePart([]), Bodies.fieldPart(name: "note", "")])
        #expect(try Bodies.events(body) == [Bodies.file(), .partEnded, Bodies.field("note"), .partEnded])
    }

    @Test("the preamble before the first boundary and the epilogue after the last are ignored")
    func preambleAndEpilogue() throws {
        let body = Bodies.form([Bodies.fieldPart(name: "a", "1")],
                               preamble: "This is a multi-part message in MIME format.\r\n--not-it",
                               epilogue: "\r\nThat was it.\r\n--\(Bodies.boundary)\r\nnot a part")
        #expect(try Bodies.events(body) == [Bodies.field("a"), .body([0x31]), .partEnded])
    }

    @Test("a form with no parts at all is just the closing boundary")
    func noParts() throws {
        #expect(try Bodies.events(Array("--\(Bodies.boundary)--\r\n".utf8)).isEmpty)
    }

    @Test("spaces and tabs after a boundary (RFC 2046 transport padding) are allowed")
    func transportPadding() throws {
        let body = Array("--\(Bodies.boundary) \t\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--\(Bodies.boundary)--".utf8)
        #expect(try Bodies.events(body) == [Bodies.field("a"), .body([0x78]), .partEnded])
    }

    @Test("bytes that only begin like a boundary are body data", arguments: [
        "\r\n--", "\r\n---", "\r\n-", "\r", "\r\n", "\r\r\n--", "\r\n--UnderdogBoundary", "--",
    ])
    func nearBoundaryIsBody(lookalike: String) throws {
        let lookalike = lookalike + "x"
        let data = Array("before\(lookalike)after\r\n----UnderdogBoundary7MA4YWxkTrZu0g\r\n".utf8)
        let events = try Bodies.events(Bodies.form([Bodies.filePart(data)]))
        #expect(Bodies.joined(events) == [Bodies.file(), .body(data), .partEnded])
    }

    @Test("a body ending in CR, or in a boundary prefix, keeps those bytes")
    func bodyEndingInBoundaryPrefix() throws {
        for tail in ["\r", "\r\n", "\r\n-", "\r\n--", "\r\n----UnderdogBoundary7MA4YWxkTrZu0"] {
            let data = Array("audio\(tail)".utf8)
            let events = try Bodies.events(Bodies.form([Bodies.filePart(data)]))
            #expect(Bodies.joined(events) == [Bodies.file(), .body(data), .partEnded])
        }
    }

    @Test("a body cut off anywhere is truncated, never a short file", arguments: [
        0, 10, 60, 120, 130,
    ])
    func truncatedAnywhere(drop: Int) {
        let full = Bodies.form([Bodies.filePart(Array(repeating: 0x41, count: 100))])
        let cut = Array(full.dropLast(drop + 1))
        #expect(Bodies.error(cut) == .truncated)
    }

    @Test("a missing final '--', a bare-LF boundary line or an empty body is truncated or refused")
    func strictFraming() {
        let part = Bodies.fieldPart(name: "a", "1")
        let noClose = Array("--\(Bodies.boundary)\r\n".utf8) + part + Array("\r\n--\(Bodies.boundary)\r\n".utf8)
        #expect(Bodies.error(noClose) == .truncated)
        #expect(Bodies.error([]) == .truncated)
        #expect(Bodies.error(Array("--\(Bodies.boundary)\nContent-Disposition: form-data\r\n\r\n".utf8))
            == .malformedBoundaryLine)
        #expect(Bodies.error(Array("--\(Bodies.boundary)-\r\n".utf8)) == .malformedBoundaryLine)
        #expect(Bodies.error(Array("--\(Bodies.boundary)x\r\n".utf8)) == .malformedBoundaryLine)
    }

    @Test("the whole boundary inside a body, followed by anything but CRLF or --, is a framing error, not data")
    func wholeBoundaryInBody() {
        let data = Array("audio\r\n--\(Bodies.boundary)X more audio".utf8)
        #expect(Bodies.error(Bodies.form([Bodies.filePart(data)])) == .malformedBoundaryLine)
    }

    @Test("a body using LF line endings throughout is refused, not half-read")
    func lfOnly() {
        let body = Array("--\(Bodies.boundary)\nContent-Disposition: form-data; name=\"a\"\n\nx\n--\(Bodies.boundary)--\n".utf8)
        #expect(Bodies.error(body) == .malformedBoundaryLine)
    }

    @Test("a part without Content-Disposition, with no headers, or not form-data is refused")
    func missingDisposition() {
        #expect(Bodies.error(Bodies.form([Bodies.part(["Content-Type: audio/mpeg"], [1])])) == .missingContentDisposition)
        #expect(Bodies.error(Bodies.form([Bodies.part([], [1])])) == .missingContentDisposition)
        #expect(Bodies.error(Bodies.form([Bodies.part(["Content-Disposition: attachment; filename=a.mp3"], [1])]))
            == .missingContentDisposition)
    }

    @Test("headers over the limit are refused, including one endless line")
    func headersTooLarge() {
        let limits = MultipartLimits(maxHeaderBytes: 100)
        let long = Bodies.part(["Content-Disposition: form-data; name=\"" + String(repeating: "a", count: 200) + "\""], [])
        #expect(Bodies.error(Bodies.form([long]), limits: limits) == .headersTooLarge)
        let endless = Array("--\(Bodies.boundary)\r\nX-Junk: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 10_000)
        #expect(Bodies.error(endless) == .headersTooLarge)
        let fits = Bodies.part(["Content-Disposition: form-data; name=\"a\""], [])
        #expect(Bodies.error(Bodies.form([fits]), limits: limits) == nil)
    }

    @Test("more parts than the limit are refused")
    func tooManyParts() {
        let parts = (0..<4).map { Bodies.fieldPart(name: "f\($0)", "v") }
        #expect(Bodies.error(Bodies.form(parts), limits: MultipartLimits(maxParts: 3)) == .tooManyParts)
        #expect(Bodies.error(Bodies.form(Array(parts.prefix(3))), limits: MultipartLimits(maxParts: 3)) == nil)
    }

    @Test("after an error the parser keeps refusing, and finish reports the same error")
    func errorsStick() throws {
        var parser = try MultipartFormDataParser(boundary: Bodies.boundary)
        let bad = Array("--\(Bodies.boundary)\r\nno colon here\r\n\r\n".utf8)
        #expect(throws: MultipartError.malformedHeaders) { try parser.feed(bad) }
        #expect(throws: MultipartError.malformedHeaders) { try parser.feed(Array("--\(Bodies.boundary)--".utf8)) }
        #expect(throws: MultipartError.malformedHeaders) { try parser.finish() }
    }

    @Test("feeding an empty chunk changes nothing")
    func emptyChunk() throws {
        var parser = try MultipartFormDataParser(boundary: Bodies.boundary)
        #expect(try parser.feed([]).isEmpty)
        let body = Bodies.form([Bodies.fieldPart(name: "a", "1")])
        #expect(try parser.feed(body) == [Bodies.field("a"), .body([0x31]), .partEnded])
        #expect(try parser.feed([]).isEmpty)
        try parser.finish()
    }

    @Test("feeding raw memory works like feeding an array")
    func rawBuffer() throws {
        let body = Bodies.form([Bodies.filePart([1, 2, 3])])
        var parser = try MultipartFormDataParser(boundary: Bodies.boundary)
        let result = body.withUnsafeBytes { raw in
            Result { () throws(MultipartError) in try parser.feed(raw) }
        }
        #expect(try result.get() == [Bodies.file(), .body([1, 2, 3]), .partEnded])
        try parser.finish()
    }

    @Test("boundaries RFC 2046 forbids are refused", arguments: [
        "", String(repeating: "a", count: 71), "ends with space ", "semi;colon", "new\r\nline", "ünïcode",
    ])
    func invalidBoundary(boundary: String) {
        #expect(throws: MultipartError.invalidBoundary) { try MultipartFormDataParser(boundary: boundary) }
    }

    @Test("boundaries with the allowed punctuation and spaces work")
    func unusualBoundary() throws {
        let boundary = "'()+_,-./:=? x"
        let body = Bodies.form([Bodies.fieldPart(name: "a", "1")], boundary: boundary)
        #expect(try Bodies.events(body, boundary: boundary) == [Bodies.field("a"), .body([0x31]), .partEnded])
        #expect(try Bodies.events(body, chunkSize: 1, boundary: boundary).count == 3)
    }

    @Test("every error has a stable code and a sentence for the API")
    func errorMessages() {
        let all: [MultipartError] = [.invalidBoundary, .malformedHeaders, .headersTooLarge, .tooManyParts,
                                     .missingContentDisposition, .malformedBoundaryLine, .truncated]
        #expect(Set(all.map(\.code)).count == all.count)
        for error in all {
            #expect(error.code.hasPrefix("multipart_"))
            #expect(error.message.hasSuffix("."))
            #expect(error.description == error.message)
        }
    }
}
