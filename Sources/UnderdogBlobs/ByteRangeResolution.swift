/// The one place that decides what a requested range means, so both stores answer the same request the same
/// way: S3's own rules, which are HTTP's (RFC 9110 §14.1.2).
enum ByteRangeResolution {
    /// Cuts `requested` at the object's last byte; refuses a range that starts at or after the end, including
    /// any range of an empty object.
    static func resolve(_ requested: ClosedRange<Int64>?, size: Int64) throws(BlobStoreError) -> ClosedRange<Int64>? {
        guard let requested else { return nil }
        guard requested.lowerBound >= 0, requested.lowerBound < size else { throw .invalidRange }
        return requested.lowerBound...min(requested.upperBound, size - 1)
    }
}
