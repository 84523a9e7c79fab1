/// Percent-encoding as SigV4 defines it: every byte of the UTF-8 form except `A–Z a–z 0–9 - _ . ~` becomes
/// `%XX` with upper-case hex. Foundation's encoders keep other characters (`+`, `!`, `$`…) that AWS encodes,
/// which makes signatures fail only for keys that happen to contain them.
enum AWSURIEncoding {
    /// - Parameter keepSlash: true for paths (S3 keys keep their `/`), false for query names and values.
    static func encode(_ text: String, keepSlash: Bool) -> String {
        var encoded = [UInt8]()
        encoded.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                encoded.append(byte)
            } else {
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
