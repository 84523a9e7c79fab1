/// What a part says about itself: which form field it is and, for a file, the name and type the client claims.
///
/// All three are claims, not facts: sanitise `filename` (`UploadFileName`) and check `contentType` against the
/// sniffed bytes (`AudioSniffer`, `AudioFormat.accepts`) before trusting either.
public struct MultipartPartHeaders: Equatable, Sendable {
    /// The form field's name (Content-Disposition `name`); nil when the client left it out.
    public let name: String?
    /// The file's name as sent (Content-Disposition `filename*` when present and readable, else `filename`); nil for
    /// a plain field. Browsers send `""` for a file input left empty.
    public let filename: String?
    /// The part's Content-Type as sent, trimmed; nil when absent.
    public let contentType: String?

    public init(name: String?, filename: String?, contentType: String?) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
    }

    /// Reads a header block: the bytes between a boundary line and the blank line, without that final CRLF CRLF.
    init(block: ArraySlice<UInt8>) throws(MultipartError) {
        var disposition: String?
        var contentType: String?
        for (name, value) in try Self.fields(block) {
            switch name.lowercased() {
            case "content-disposition":
                guard disposition == nil else { throw .malformedHeaders }
                disposition = value
            case "content-type":
                guard contentType == nil else { throw .malformedHeaders }
                contentType = value
            default:
                // Content-Transfer-Encoding and the like: RFC 7578 deprecates them and browsers never send them.
                continue
            }
        }
        guard let disposition else { throw .missingContentDisposition }
        guard let parsed = HeaderParameters(disposition) else { throw .malformedHeaders }
        guard parsed.value.lowercased() == "form-data" else { throw .missingContentDisposition }
        let extended = parsed.parameters["filename*"].flatMap(HeaderParameters.decodeExtendedValue)
        self.init(name: parsed.parameters["name"], filename: extended ?? parsed.parameters["filename"],
                  contentType: contentType)
    }

    /// The block's `Name: value` fields in order, folded continuation lines joined with a space.
    ///
    /// Strict on bytes because a header is where injection hides: a bare CR or LF, a control byte or invalid UTF-8
    /// is refused rather than cleaned up.
    private static func fields(_ block: ArraySlice<UInt8>) throws(MultipartError) -> [(String, String)] {
        var fields: [(String, String)] = []
        for line in try lines(block) {
            guard let first = line.first else { throw .malformedHeaders }
            if HeaderByte.isSpace(first) {
                // obs-fold (RFC 9110): old mail-derived clients still wrap long Content-Disposition lines.
                guard !fields.isEmpty, let more = String(validating: HeaderByte.trimmed(line), as: UTF8.self) else {
                    throw .malformedHeaders
                }
                fields[fields.count - 1].1 += " " + more
                continue
            }
            guard let colon = line.firstIndex(of: HeaderByte.colon) else { throw .malformedHeaders }
            let name = line[line.startIndex..<colon]
            guard !name.isEmpty, name.allSatisfy(HeaderByte.isTokenByte),
                  let value = String(validating: HeaderByte.trimmed(line[(colon + 1)...]), as: UTF8.self) else {
                throw .malformedHeaders
            }
            fields.append((String(decoding: name, as: UTF8.self), value))
        }
        return fields
    }

    /// The block split on CRLF; any other control byte (tab aside) is an error.
    private static func lines(_ block: ArraySlice<UInt8>) throws(MultipartError) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = block.startIndex
        var index = block.startIndex
        while index < block.endIndex {
            let byte = block[index]
            if byte == HeaderByte.cr {
                guard index + 1 < block.endIndex, block[index + 1] == HeaderByte.lf else { throw .malformedHeaders }
                lines.append(block[lineStart..<index])
                index += 2
                lineStart = index
                continue
            }
            guard byte >= HeaderByte.space || byte == HeaderByte.tab, byte != HeaderByte.del else {
                throw .malformedHeaders
            }
            index += 1
        }
        if !block.isEmpty { lines.append(block[lineStart..<block.endIndex]) }
        return lines
    }
}
