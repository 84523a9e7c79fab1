/// A streaming multipart/form-data reader (RFC 7578, RFC 2046) for uploads too large to hold.
///
/// Feed it the request body as it arrives, in chunks of any size; it returns what each chunk completes. It holds
/// at most one part's header block and a delimiter's length of body, so memory stays flat whatever the file size.
/// It is strict where leniency would hide a cut-off or forged upload: line breaks must be CRLF, a body without its
/// closing boundary is `.truncated`, never a short file that looks complete, and the whole boundary followed by
/// anything but CRLF or `--` is an error rather than data (RFC 2046 makes the client pick a boundary that is not in
/// the data, so seeing it means the framing is wrong). A mere prefix of the boundary is body data.
public struct MultipartFormDataParser: Sendable {
    private enum State: Sendable {
        /// Before the first boundary: ignored.
        case preamble
        /// Just after a boundary: `--` ends the body, optional padding then CRLF starts a part.
        case boundaryLine
        /// Collecting a part's header block.
        case headers
        /// Streaming a part's body.
        case body
        /// After the closing boundary: ignored.
        case epilogue
    }

    private let limits: MultipartLimits
    private var scanner: MultipartDelimiterScanner
    private var state = State.preamble
    /// The boundary line's tail or the header block read so far.
    private var pending: [UInt8] = []
    private var parts = 0
    /// Once a body is refused it stays refused: the stream is out of step and later bytes mean nothing.
    private var failure: MultipartError?

    public init(boundary: String, limits: MultipartLimits = .init()) throws(MultipartError) {
        guard Self.isValidBoundary(boundary) else { throw .invalidBoundary }
        self.limits = limits
        scanner = MultipartDelimiterScanner(boundary: boundary, held: [HeaderByte.cr, HeaderByte.lf])
    }

    /// Parses what `bytes` adds; returns the events it completes, body bytes as slices that stay valid after the call.
    ///
    /// Each call yields at most one `.body` piece per part it touches, as large as the chunk allows; a few bytes at
    /// the end may be held back until the next call shows they are not the start of a boundary.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) throws(MultipartError) -> [MultipartEvent] {
        if let failure { throw failure }
        var events: [MultipartEvent] = []
        do throws(MultipartError) {
            try consume(bytes, into: &events)
        } catch {
            failure = error
            throw error
        }
        return events
    }

    /// The same for bytes already in an array: tests, and callers whose chunks arrive as `[UInt8]`.
    public mutating func feed(_ bytes: [UInt8]) throws(MultipartError) -> [MultipartEvent] {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(MultipartError) in try feed(raw) }
        }
        return try result.get()
    }

    /// The body has ended: throws `.truncated` unless the closing boundary (`--boundary--`) was seen.
    public func finish() throws(MultipartError) {
        if let failure { throw failure }
        guard state == .epilogue else { throw .truncated }
    }

    private mutating func consume(_ input: UnsafeRawBufferPointer,
                                  into events: inout [MultipartEvent]) throws(MultipartError) {
        var index = 0
        while index < input.count {
            switch state {
            case .preamble, .body: index = scanBody(input, from: index, into: &events)
            case .boundaryLine: index = try readBoundaryLine(input, from: index)
            case .headers: index = try readHeaders(input, from: index, into: &events)
            case .epilogue: return
            }
        }
    }

    private mutating func scanBody(_ input: UnsafeRawBufferPointer, from start: Int,
                                   into events: inout [MultipartEvent]) -> Int {
        let inPart = state == .body
        var piece: [UInt8] = []
        let next = scanner.scan(input, from: start, keeping: inPart, into: &piece)
        if !piece.isEmpty { events.append(.body(piece)) }
        guard let next else { return input.count }
        if inPart { events.append(.partEnded) }
        state = .boundaryLine
        return next
    }

    /// After `--boundary`: `--` closes the body; otherwise RFC 2046 allows spaces and tabs before the CRLF.
    private mutating func readBoundaryLine(_ input: UnsafeRawBufferPointer,
                                           from start: Int) throws(MultipartError) -> Int {
        var index = start
        while index < input.count {
            let byte = input[index]
            index += 1
            if pending.first == HeaderByte.dash {
                guard byte == HeaderByte.dash else { throw .malformedBoundaryLine }
                pending.removeAll(keepingCapacity: true)
                state = .epilogue
                return index
            }
            if pending.last == HeaderByte.cr {
                guard byte == HeaderByte.lf else { throw .malformedBoundaryLine }
                pending.removeAll(keepingCapacity: true)
                parts += 1
                guard parts <= limits.maxParts else { throw .tooManyParts }
                state = .headers
                return index
            }
            guard byte == HeaderByte.cr || HeaderByte.isSpace(byte) || (byte == HeaderByte.dash && pending.isEmpty),
                  pending.count < limits.maxHeaderBytes else {
                throw .malformedBoundaryLine
            }
            pending.append(byte)
        }
        return index
    }

    /// Collects the header block up to its blank line. Byte at a time is fine here: header blocks are small and
    /// bounded by `maxHeaderBytes`; the megabytes are in bodies.
    private mutating func readHeaders(_ input: UnsafeRawBufferPointer, from start: Int,
                                      into events: inout [MultipartEvent]) throws(MultipartError) -> Int {
        var index = start
        while index < input.count {
            let byte = input[index]
            index += 1
            pending.append(byte)
            if byte == HeaderByte.lf, let blockEnd = headerBlockEnd() {
                let headers = try MultipartPartHeaders(block: pending[..<blockEnd])
                pending.removeAll(keepingCapacity: true)
                events.append(.partBegan(headers))
                state = .body
                return index
            }
            guard pending.count <= limits.maxHeaderBytes else { throw .headersTooLarge }
        }
        return index
    }

    /// Where the header block ends if `pending` now ends with the blank line: CRLF CRLF, or a lone CRLF when the
    /// part has no headers at all (which `MultipartPartHeaders` then refuses for lacking Content-Disposition).
    private func headerBlockEnd() -> Int? {
        let count = pending.count
        if count == 2, pending[0] == HeaderByte.cr { return 0 }
        guard count >= 4, pending[count - 4] == HeaderByte.cr, pending[count - 3] == HeaderByte.lf,
              pending[count - 2] == HeaderByte.cr else { return nil }
        return count - 4
    }
}
