import Testing
import UnderdogDomain

/// Network reads split a body anywhere, including inside a boundary; what the parser reports must not depend on
/// where.
@Suite("Multipart parser over chunked input")
struct MultipartChunkingTests {
    private typealias Bodies = MultipartTestBodies

    /// Body bytes crowded with near-misses: CR, LF, dashes and most of the delimiter, the material that makes a
    /// split-boundary bug show.
    private static let awkwardAudio: [UInt8] = {
        var bytes: [UInt8] = [0xFF, 0xFB, 0x90, 0x64]
        bytes += Array("\r\n--\r\n\r\n---\r\r\n-\r\n------UnderdogBoundary7MA4YWxkTrZu0g".utf8)
        bytes += Array(0...255)
        bytes += Array("\r\n\r\n------UnderdogBoundary7MA4YWxkTrZu0gX\r\n\r".utf8)
        return bytes
    }()

    private static let form = Bodies.form(
        [
            Bodies.fieldPart(name: "scenario", "cold_call"),
            Bodies.filePart(awkwardAudio),
            Bodies.filePart(filename: "empty.mp3", []),
            Bodies.fieldPart(name: "note", "ends in CR\r"),
        ],
        preamble: "preamble \r\n--\(Bodies.boundary.dropLast())x",
        epilogue: "\r\nepilogue"
    )

    private static let expected: [MultipartEvent] = [
        Bodies.field("scenario"), .body(Array("cold_call".utf8)), .partEnded,
        Bodies.file(), .body(awkwardAudio), .partEnded,
        Bodies.file("empty.mp3"), .partEnded,
        Bodies.field("note"), .body(Array("ends in CR\r".utf8)), .partEnded,
    ]

    @Test("the one-shot parse reads the awkward form correctly")
    func oneShot() throws {
        #expect(try Bodies.events(Self.form) == Self.expected)
    }

    @Test("any chunk size gives the same events, with no empty body pieces", arguments: [1, 2, 3, 7, 64, 4096])
    func chunkSizes(size: Int) throws {
        let events = try Bodies.events(Self.form, chunkSize: size)
        #expect(!events.contains(.body([])))
        #expect(Bodies.joined(events) == Self.expected)
    }

    @Test("a split at every position of the body, boundaries included, gives the same events")
    func everySplit() throws {
        for split in 0...Self.form.count {
            var parser = try MultipartFormDataParser(boundary: Bodies.boundary)
            let events = try parser.feed(Array(Self.form[..<split])) + parser.feed(Array(Self.form[split...]))
            try parser.finish()
            #expect(Bodies.joined(events) == Self.expected, "split at \(split)")
            #expect(!events.contains(.body([])), "split at \(split)")
        }
    }

    @Test("random bodies full of near-boundaries survive random chunking")
    func randomised() throws {
        var random = SplitMix64(seed: 2024)
        let alphabet: [[UInt8]] = [[0x0D], [0x0A], [0x2D], [0x00], [0xFF], Array("\r\n--".utf8),
                                   Array("\r\n------UnderdogBoundary".utf8), Array("abc".utf8)]
        let delimiter = Array("\r\n--\(Bodies.boundary)".utf8)
        for round in 0..<200 {
            var parts: [[UInt8]] = []
            var expected: [MultipartEvent] = []
            for index in 0..<(1 + Int.random(in: 0..<3, using: &random)) {
                var data: [UInt8] = []
                for _ in 0..<Int.random(in: 0..<40, using: &random) { data += alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
                // A real client picks a boundary that is not in the data; so must the generator.
                if (data + [0x0D, 0x0A]).firstRange(of: delimiter) != nil { continue }
                parts.append(Bodies.filePart(filename: "p\(index).mp3", data))
                expected += [Bodies.file("p\(index).mp3")] + (data.isEmpty ? [] : [.body(data)]) + [.partEnded]
            }
            let body = Bodies.form(parts)
            var parser = try MultipartFormDataParser(boundary: Bodies.boundary)
            var events: [MultipartEvent] = []
            var start = 0
            while start < body.count {
                let end = min(body.count, start + 1 + Int.random(in: 0..<12, using: &random))
                events += try parser.feed(Array(body[start..<end]))
                start = end
            }
            try parser.finish()
            #expect(Bodies.joined(events) == expected, "round \(round)")
        }
    }

    @Test("a large body comes out whole, in at most one piece per chunk")
    func largeBody() throws {
        var random = SplitMix64(seed: 7)
        var audio = [UInt8](repeating: 0, count: 8 << 20)
        audio.withUnsafeMutableBytes { raw in
            for index in stride(from: 0, to: raw.count, by: 8) { raw.storeBytes(of: random.next(), toByteOffset: index, as: UInt64.self) }
        }
        let body = Bodies.form([Bodies.filePart(audio)])
        let chunk = 64 << 10
        var parser = try MultipartFormDataParser(boundary: Bodies.boundary)
        var received: [UInt8] = []
        var pieces = 0
        for start in stride(from: 0, to: body.count, by: chunk) {
            let events = body.withUnsafeBytes { raw in
                Result { () throws(MultipartError) in
                    try parser.feed(UnsafeRawBufferPointer(rebasing: raw[start..<min(raw.count, start + chunk)]))
                }
            }
            for case .body(let bytes) in try events.get() {
                received += bytes
                pieces += 1
            }
        }
        try parser.finish()
        #expect(pieces <= body.count / chunk + 2)
        #expect(received.count == audio.count)
        #expect(received.withUnsafeBytes { got in audio.withUnsafeBytes { want in got.elementsEqual(want) } })
    }
}
