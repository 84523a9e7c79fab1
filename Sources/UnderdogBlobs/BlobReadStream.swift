import NIOCore

/// An object's bytes on their way out, with what an HTTP answer needs to know before the first byte
/// (`Content-Length`, `Content-Range`).
public struct BlobReadStream: Sendable {
    /// The size of the whole object, whatever part of it is streamed.
    public let totalSize: Int64
    /// The inclusive range streamed, already cut at the object's end; nil when the whole object is.
    public let range: ClosedRange<Int64>?
    /// The bytes, in order, in chunks of no fixed size. Pulled on demand; throws `BlobStoreError`. Iterate it
    /// once, from one task. Dropping it early releases the file or the connection.
    public let chunks: AsyncThrowingStream<ByteBuffer, any Error>

    public init(totalSize: Int64, range: ClosedRange<Int64>?, chunks: AsyncThrowingStream<ByteBuffer, any Error>) {
        self.totalSize = totalSize
        self.range = range
        self.chunks = chunks
    }

    /// How many bytes `chunks` yields: the `Content-Length` of the answer.
    public var contentLength: Int64 { range.map { $0.upperBound - $0.lowerBound + 1 } ?? totalSize }
}
