/// Reads an HTTP `Range` header (RFC 9110 §14) for one byte range: `bytes=a-b`, `bytes=a-` or `bytes=-n`.
/// Anything it does not understand, multiple ranges included, is ignored and the whole recording is sent,
/// as the RFC allows; a range that starts past the end is a 416.
enum ByteRangeHeader {
    static func parse(_ header: String, size: Int64) throws -> ClosedRange<Int64>? {
        let value = header.trimmingCharacters(in: .whitespaces)
        guard value.lowercased().hasPrefix("bytes="), size > 0 else { return nil }
        let spec = value.dropFirst("bytes=".count)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return nil }
        let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        if first.isEmpty {
            guard let suffix = Int64(last), suffix > 0 else { return nil }
            return max(0, size - suffix)...(size - 1)
        }
        guard let start = Int64(first), start >= 0 else { return nil }
        guard start < size else {
            throw AppError(.rangeNotSatisfiable, code: "range_not_satisfiable", message: "The range is outside the recording.",
                           headers: [.contentRange: "bytes */\(size)"])
        }
        if last.isEmpty { return start...(size - 1) }
        guard let end = Int64(last), end >= start else { return nil }
        return start...min(end, size - 1)
    }
}
