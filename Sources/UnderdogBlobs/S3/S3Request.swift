import NIOCore
import NIOHTTP1

/// One S3 call before it is addressed and signed. Kept apart from the HTTP request so that a retry can sign
/// it again with a fresh date.
struct S3Request: Sendable {
    var operation: S3Operation
    var method: HTTPMethod
    var bucket: String
    var key: BlobKey?
    /// Raw names and values; an empty value is sent as a bare name (`?uploads`), as S3 clients do.
    var query: [(name: String, value: String)] = []
    var headers: [(name: String, value: String)] = []
    var body: ByteBuffer?
}
