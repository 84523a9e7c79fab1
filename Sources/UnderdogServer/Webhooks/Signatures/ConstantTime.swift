/// Comparing a secret or digest that a request presents with the one we hold, in time that does not depend on
/// where they differ: an early exit would let a caller find a valid webhook secret or signature byte by byte
/// by timing our 401s.
enum ConstantTime {
    /// True when both hold the same bytes. Every byte of `expected` is visited whatever `presented` holds, so
    /// the time depends only on the length of our own value, never on the content or length of the caller's.
    /// An empty `expected` matches nothing: an unset secret must not authenticate a request that sends none.
    static func isEqual(_ presented: [UInt8], to expected: [UInt8]) -> Bool {
        guard !expected.isEmpty else { return false }
        var difference: UInt8 = presented.count == expected.count ? 0 : 1
        for index in expected.indices {
            // A shorter or longer value is still read at every position of ours; the length check above has
            // already decided the answer for it.
            let byte = presented.isEmpty ? 0 : presented[index % presented.count]
            difference |= byte ^ expected[index]
        }
        return difference == 0
    }

    /// True when `hex` (UTF-8 text) is the hexadecimal form (either case) of `expected`. Text that is not hex, or of odd
    /// length, is no match; the decoding looks only at the caller's text, which is no secret.
    static func isEqual(hex: some Collection<UInt8>, to expected: [UInt8]) -> Bool {
        guard let bytes = decodeHex(hex) else { return false }
        return isEqual(bytes, to: expected)
    }

    /// The bytes that hexadecimal text (as UTF-8) spells, or nil for anything else (odd length, a non-hex character).
    static func decodeHex(_ text: some Collection<UInt8>) -> [UInt8]? {
        let utf8 = Array(text)
        guard utf8.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = hexValue(utf8[index]), let low = hexValue(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    /// Lowercase hexadecimal, the form both providers write digests in.
    static func encodeHex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
