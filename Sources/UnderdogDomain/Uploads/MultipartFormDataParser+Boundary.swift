extension MultipartFormDataParser {
    /// The boundary from a request's `Content-Type: multipart/form-data; boundary=…` (quoted or not), or nil when
    /// the type is not multipart/form-data or the boundary is absent or one `init(boundary:)` would refuse (empty,
    /// over 70 characters, characters outside RFC 2046's set), so a nil here is the whole of the caller's check.
    public static func boundary(fromContentType contentType: String) -> String? {
        guard let header = HeaderParameters(contentType), header.value.lowercased() == "multipart/form-data",
              let boundary = header.parameters["boundary"], isValidBoundary(boundary) else {
            return nil
        }
        return boundary
    }

    /// RFC 2046 `boundary`: 1 to 70 of `bchars`, not ending in a space. Anything else could not have been chosen to
    /// avoid the body's bytes by a conforming client, and a CR or LF in it would break the scanner's framing.
    static func isValidBoundary(_ boundary: String) -> Bool {
        let bytes = Array(boundary.utf8)
        guard (1...70).contains(bytes.count), bytes.last != HeaderByte.space else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "A")...UInt8(ascii: "Z"):
                true
            default:
                "'()+_,-./:=? ".utf8.contains(byte)
            }
        }
    }
}
