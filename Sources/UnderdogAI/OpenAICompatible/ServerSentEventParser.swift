/// Splits a `text/event-stream` body into events as its bytes arrive (the WHATWG HTML event-stream format):
/// lines end in LF, CR or CRLF; `data:` lines of one event are joined with newlines; a blank line ends the
/// event; lines starting with `:` are comments (keep-alives). Bytes are kept until a line is complete, so a
/// chunk may end anywhere, even inside a UTF-8 sequence.
public struct ServerSentEventParser: Sendable {
    /// One dispatched event: its `event:` name when it had one, and its data.
    public struct Event: Sendable, Equatable {
        public let name: String?
        public let data: String

        public init(name: String? = nil, data: String) {
            self.name = name
            self.data = data
        }
    }

    /// The longest line accepted; a provider sending more without a line break is not speaking SSE.
    public static let maxLineBytes = 1 << 20

    private var line: [UInt8] = []
    private var afterCR = false
    private var dataLines: [String] = []
    private var name: String?

    public init() {}

    /// The events completed by these bytes, in order. Throws when a line grows past `maxLineBytes`.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) throws(ServerSentEventError) -> [Event] where Bytes.Element == UInt8 {
        var events: [Event] = []
        for byte in bytes {
            if afterCR {
                afterCR = false
                if byte == 10 { continue }  // the LF of a CRLF
            }
            switch byte {
            case 10, 13:
                afterCR = byte == 13
                if let event = endLine() { events.append(event) }
            default:
                guard line.count < Self.maxLineBytes else { throw ServerSentEventError(reason: "a line is longer than \(Self.maxLineBytes) bytes") }
                line.append(byte)
            }
        }
        return events
    }

    /// The body has ended: an event whose closing blank line never came, when there is one. The format says to
    /// drop it; servers that forget the last blank line after `[DONE]` are common enough to accept it.
    public mutating func finish() -> Event? {
        if !line.isEmpty { _ = endLine() }
        return dispatch()
    }

    private mutating func endLine() -> Event? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty { return dispatch() }
        if line.first == UInt8(ascii: ":") { return nil }
        let text = String(decoding: line, as: UTF8.self)
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = Substring(text)
            value = ""
        }
        switch field {
        case "data": dataLines.append(String(value))
        case "event": name = String(value)
        default: break  // `id`, `retry` and unknown fields mean nothing to a chat stream.
        }
        return nil
    }

    private mutating func dispatch() -> Event? {
        defer {
            dataLines.removeAll()
            name = nil
        }
        guard !dataLines.isEmpty else { return nil }
        return Event(name: name, data: dataLines.joined(separator: "\n"))
    }
}

/// The bytes are not an event stream.
public struct ServerSentEventError: Error, Equatable, Sendable {
    public let reason: String
}
