/// The name of an object inside a bucket, checked once so that no store ever has to: a key that passes is a
/// safe relative path on disk (no `..`, no absolute path, no control characters that would corrupt logs) and an
/// S3 key that every S3-compatible server treats the same way.
///
/// Underdog's keys look like `{user_id}/{timestamp}_{name}`.
public struct BlobKey: Sendable, Hashable, CustomStringConvertible {
    /// S3's limit on key length, in UTF-8 bytes.
    public static let maxUTF8Length = 1024
    /// The longest file name Linux and macOS file systems take (NAME_MAX), in UTF-8 bytes. S3 has no such
    /// limit, but a key one store accepts and the other refuses would make the choice of store visible.
    public static let maxSegmentUTF8Length = 255

    public let value: String

    public init(_ raw: String) throws(BlobStoreError) {
        let length = raw.utf8.count
        guard length >= 1 else { throw .invalidKey("the key is empty") }
        guard length <= Self.maxUTF8Length else {
            throw .invalidKey("the key is \(length) UTF-8 bytes long; at most \(Self.maxUTF8Length) are allowed")
        }
        let shown = Self.shown(raw)
        // Control characters would let a key forge log lines or confuse tools that read the folder tree.
        if raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidKey("\(shown) contains a control character")
        }
        // On Windows tools and some S3 consoles a backslash is a separator; refusing it keeps one meaning.
        if raw.contains("\\") { throw .invalidKey("\(shown) contains a backslash") }
        if raw.hasPrefix("/") { throw .invalidKey("\(shown) starts with \"/\"") }
        for segment in raw.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty { throw .invalidKey("\(shown) has an empty segment") }
            if segment == "." || segment == ".." { throw .invalidKey("\(shown) has a \"\(segment)\" segment") }
            if segment.utf8.count > Self.maxSegmentUTF8Length {
                throw .invalidKey("\(shown) has a segment of \(segment.utf8.count) UTF-8 bytes; at most \(Self.maxSegmentUTF8Length) are allowed")
            }
        }
        self.value = raw
    }

    public var description: String { value }

    /// The key's segments, which the local store turns into folders and a file name.
    var segments: [Substring] { value.split(separator: "/") }

    /// Quotes a refused key for the error text without echoing kilobytes or raw control characters.
    private static func shown(_ raw: String) -> String {
        let visible = raw.unicodeScalars.prefix(80).map { scalar in
            scalar.properties.generalCategory == .control
                ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined()
        return "\"\(visible)\(raw.unicodeScalars.count > 80 ? "…" : "")\""
    }
}
