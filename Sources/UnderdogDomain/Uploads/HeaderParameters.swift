/// A header value of the form `value; name=token; name="quoted"` (Content-Type, Content-Disposition).
///
/// Read byte by byte rather than as characters: every separator is ASCII and UTF-8 never puts an ASCII byte inside a
/// multi-byte character, so the raw UTF-8 file names browsers send pass through untouched.
struct HeaderParameters: Sendable, Equatable {
    /// The value before the first `;`, trimmed, as sent; callers compare it case-insensitively.
    let value: String
    /// Parameters by lowercased name, values unquoted and unescaped.
    let parameters: [String: String]

    /// Nil when the value is empty, a parameter lacks a name or `=`, a quoted string is unterminated or followed by
    /// anything but `;`, or a parameter repeats: a repeated `name` or `filename` is refused rather than guessed,
    /// because two readers guessing differently is how smuggling works.
    init?(_ header: String) {
        let bytes = Array(header.utf8)
        let end = bytes.count
        var index = bytes.firstIndex(of: HeaderByte.semicolon) ?? end
        let main = HeaderByte.trimmed(bytes[0..<index])
        guard !main.isEmpty else { return nil }

        var parameters: [String: String] = [:]
        while index < end {
            index += 1  // past ';'
            index = HeaderByte.skipSpace(bytes, from: index)
            if index == end { break }
            if bytes[index] == HeaderByte.semicolon { continue }  // an empty parameter, as in `a;;b=c`

            let nameStart = index
            while index < end, bytes[index] != HeaderByte.equals, bytes[index] != HeaderByte.semicolon { index += 1 }
            guard index < end, bytes[index] == HeaderByte.equals else { return nil }
            let name = HeaderByte.trimmed(bytes[nameStart..<index])
            guard !name.isEmpty, name.allSatisfy(HeaderByte.isTokenByte) else { return nil }
            index = HeaderByte.skipSpace(bytes, from: index + 1)

            var value: [UInt8] = []
            if index < end, bytes[index] == HeaderByte.quote {
                guard let (unquoted, next) = Self.quotedString(bytes, from: index + 1) else { return nil }
                value = unquoted
                index = HeaderByte.skipSpace(bytes, from: next)
                guard index == end || bytes[index] == HeaderByte.semicolon else { return nil }
            } else {
                // Unquoted values run to the next `;`: hand-written clients send `filename=a b.mp3`, and a `;` could
                // not be inside one anyway. A stray quote means broken quoting, not a name.
                let valueStart = index
                while index < end, bytes[index] != HeaderByte.semicolon { index += 1 }
                value = Array(HeaderByte.trimmed(bytes[valueStart..<index]))
                guard !value.contains(HeaderByte.quote) else { return nil }
            }
            let key = String(decoding: name, as: UTF8.self).lowercased()
            guard parameters[key] == nil else { return nil }
            parameters[key] = String(decoding: value, as: UTF8.self)
        }
        self.value = String(decoding: main, as: UTF8.self)
        self.parameters = parameters
    }

    /// The contents of a quoted string starting after its opening quote, and the index after its closing quote.
    ///
    /// A backslash escapes only a tspecial (`"`, `\`, `;`…), as Go's mime package does: browsers follow the HTML
    /// standard and send backslashes unescaped (`filename="C:\Users\rep\call.mp3"` from old Windows browsers), so
    /// honouring every backslash would silently eat path separators the file-name sanitiser needs.
    private static func quotedString(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int)? {
        var value: [UInt8] = []
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == HeaderByte.quote { return (value, index + 1) }
            if byte == HeaderByte.backslash, index + 1 < bytes.count, HeaderByte.isTSpecial(bytes[index + 1]) {
                value.append(bytes[index + 1])
                index += 2
            } else {
                value.append(byte)
                index += 1
            }
        }
        return nil
    }

    /// Decodes an RFC 8187 extended value (`UTF-8''Gespr%C3%A4ch.mp3`), or nil when it cannot be read.
    ///
    /// Only UTF-8 and ISO-8859-1 are decoded, the two charsets RFC 8187 requires; anything else is treated as absent
    /// so the caller falls back to the plain parameter, as RFC 6266 tells recipients to.
    static func decodeExtendedValue(_ raw: String) -> String? {
        let pieces = raw.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3 else { return nil }
        let charset = pieces[0].lowercased()
        var bytes: [UInt8] = []
        var utf8 = pieces[2].utf8[...]
        while let byte = utf8.popFirst() {
            guard byte == HeaderByte.percent else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.popFirst().flatMap(HeaderByte.hexValue),
                  let low = utf8.popFirst().flatMap(HeaderByte.hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        switch charset {
        case "utf-8", "us-ascii":
            return String(validating: bytes, as: UTF8.self)
        case "iso-8859-1":
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        default:
            return nil
        }
    }
}
