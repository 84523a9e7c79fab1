import UnderdogDomain

/// Multipart bodies built byte for byte in the tests, and the parser run over them in chunks.
enum MultipartTestBodies {
    static let boundary = "----UnderdogBoundary7MA4YWxkTrZu0gW"

    /// One part: its header lines, the blank line, its body.
    static func part(_ headers: [String], _ body: [UInt8]) -> [UInt8] {
        Array(headers.map { $0 + "\r\n" }.joined().utf8) + Array("\r\n".utf8) + body
    }

    static func filePart(name: String = "file", filename: String = "call.mp3", type: String = "audio/mpeg",
                         _ body: [UInt8]) -> [UInt8] {
        part(["Content-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"", "Content-Type: \(type)"], body)
    }

    static func fieldPart(name: String, _ value: String) -> [UInt8] {
        part(["Content-Disposition: form-data; name=\"\(name)\""], Array(value.utf8))
    }

    /// Parts framed by boundaries as a browser sends them; a non-empty preamble gets the line break that must
    /// separate it from the first boundary.
    static func form(_ parts: [[UInt8]], boundary: String = boundary, preamble: String = "", epilogue: String = "")
        -> [UInt8] {
        var body = preamble.isEmpty ? [] : Array((preamble + "\r\n").utf8)
        for part in parts {
            body += Array("--\(boundary)\r\n".utf8) + part + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--".utf8) + Array(epilogue.utf8)
    }

    /// Feeds `body` in chunks of `chunkSize` bytes and finishes.
    static func events(_ body: [UInt8], chunkSize: Int = .max, boundary: String = boundary,
                       limits: MultipartLimits = .init()) throws(MultipartError) -> [MultipartEvent] {
        var parser = try MultipartFormDataParser(boundary: boundary, limits: limits)
        var events: [MultipartEvent] = []
        var start = 0
        while start < body.count {
            let end = start + min(chunkSize, body.count - start)
            events += try parser.feed(Array(body[start..<end]))
            start = end
        }
        try parser.finish()
        return events
    }

    /// Events with consecutive body pieces joined: how a body was split into pieces depends on the chunks, what
    /// it says must not.
    static func joined(_ events: [MultipartEvent]) -> [MultipartEvent] {
        var result: [MultipartEvent] = []
        for event in events {
            if case .body(let more) = event, case .body(let sofar)? = result.last {
                result[result.count - 1] = .body(sofar + more)
            } else {
                result.append(event)
            }
        }
        return result
    }

    /// The error a body is refused with, or nil when it parses.
    static func error(_ body: [UInt8], boundary: String = boundary, limits: MultipartLimits = .init())
        -> MultipartError? {
        do {
            _ = try events(body, boundary: boundary, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    static func file(_ filename: String? = "call.mp3", type: String? = "audio/mpeg") -> MultipartEvent {
        .partBegan(MultipartPartHeaders(name: "file", filename: filename, contentType: type))
    }

    static func field(_ name: String) -> MultipartEvent {
        .partBegan(MultipartPartHeaders(name: name, filename: nil, contentType: nil))
    }
}
