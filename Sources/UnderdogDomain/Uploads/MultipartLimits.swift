/// Bounds on what one multipart body may make the parser hold.
///
/// Bodies stream through without being kept, but header blocks are buffered until complete, and every part costs
/// the caller a little work; these stop a client from turning either into a memory or CPU sink.
public struct MultipartLimits: Sendable, Hashable {
    /// The most bytes one part's header block may take, counting its line breaks and the blank line that ends it.
    public var maxHeaderBytes: Int
    /// The most parts one body may have.
    public var maxParts: Int

    public init(maxHeaderBytes: Int = 8192, maxParts: Int = 16) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxParts = maxParts
    }
}
