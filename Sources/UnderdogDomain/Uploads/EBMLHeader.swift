/// Reads just enough of a Matroska/WebM EBML header to find its DocType.
///
/// The EBML magic alone says "Matroska family"; the DocType says which. Browsers' MediaRecorder writes `webm`; a
/// `matroska` file (.mka/.mkv) is refused rather than passed off as audio/webm.
enum EBMLHeader {
    private static let docTypeID: UInt32 = 0x4282

    /// True when the header's DocType is `webm`, or when the prefix ends before the DocType (the magic decides).
    /// False when the DocType is something else, absent (Matroska's default is `matroska`) or the header is malformed.
    static func isWebM(_ bytes: [UInt8]) -> Bool {
        var reader = Reader(bytes: bytes, index: 4)  // past the magic 1A 45 DF A3
        do throws(Reader.Stop) {
            let headerSize = try reader.size()
            let headerEnd = headerSize.map { reader.index + $0 } ?? Int.max
            while reader.index < headerEnd {
                let id = try reader.elementID()
                guard let size = try reader.size() else { return false }  // "unknown size" is only for segments
                if id == docTypeID {
                    let docType = try reader.take(size).prefix { $0 != 0 }
                    return String(decoding: docType, as: UTF8.self) == "webm"
                }
                try reader.skip(size)
            }
            return false
        } catch {
            return error == .endOfPrefix
        }
    }

    private struct Reader {
        enum Stop: Error {
            case endOfPrefix
            case malformed
        }

        let bytes: [UInt8]
        var index: Int

        /// An element ID: a variable-length integer whose length marker is part of the ID, at most 4 bytes.
        mutating func elementID() throws(Stop) -> UInt32 {
            let length = try vintLength(maximum: 4)
            let id = try take(length).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            return id
        }

        /// A data size with its length marker removed; nil for EBML's "unknown size" (all value bits set).
        mutating func size() throws(Stop) -> Int? {
            let length = try vintLength(maximum: 8)
            let raw = try take(length)
            let valueBits = 7 * length
            let value = raw.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } & (UInt64.max >> (64 - valueBits))
            if value == UInt64.max >> (64 - valueBits) { return nil }
            guard value <= UInt64(Int32.max) else { throw .malformed }
            return Int(value)
        }

        mutating func take(_ count: Int) throws(Stop) -> ArraySlice<UInt8> {
            guard index + count <= bytes.count else { throw .endOfPrefix }
            defer { index += count }
            return bytes[index..<index + count]
        }

        mutating func skip(_ count: Int) throws(Stop) {
            _ = try take(count)
        }

        /// The length a variable-length integer announces by its leading zero bits.
        private func vintLength(maximum: Int) throws(Stop) -> Int {
            guard index < bytes.count else { throw .endOfPrefix }
            let length = bytes[index].leadingZeroBitCount + 1
            guard length <= maximum else { throw .malformed }  // also a 0 byte: length 9
            return length
        }
    }
}
