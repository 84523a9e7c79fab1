import NIOCore

/// Where the bytes of an object live. Keys are `{user_id}/{timestamp}_{name}` within one bucket
/// (e.g. "call-recordings").
///
/// The protocol keeps recordings out of PostgreSQL and lets a deployment choose a folder (one machine) or an
/// S3-compatible service (several machines) without the upload route or the workers noticing. Implementations
/// throw only `BlobStoreError`, also from the read stream.
public protocol BlobStore: Sendable {
    /// Starts writing `key`; nothing is visible under `key` until `commit()`; `abort()` leaves nothing behind.
    /// Committing over an existing object replaces it whole: a reader sees the old bytes or the new, never a mix.
    func makeWriter(bucket: String, key: BlobKey) async throws -> any BlobWriter
    /// The object's size, or nil if absent.
    func size(bucket: String, key: BlobKey) async throws -> Int64?
    /// Streams the object's bytes, or the inclusive byte `range` of them (for HTTP Range). Throws `.notFound`.
    /// A range that ends past the object is cut at its last byte, as HTTP does; one that starts past it throws
    /// `.invalidRange`. The stream is pulled: nothing is read ahead of the consumer, so a slow client costs at
    /// most one chunk of memory.
    func read(bucket: String, key: BlobKey, range: ClosedRange<Int64>?) async throws -> BlobReadStream
    /// Deletes the object; deleting a missing object is not an error (idempotent, for retries).
    func delete(bucket: String, key: BlobKey) async throws
}

/// One object being written. Used by one task at a time: `write` calls must not overlap.
public protocol BlobWriter: Sendable {
    /// Bytes arrive in order; implementations must not keep the whole object in memory.
    func write(_ bytes: ByteBuffer) async throws
    /// Total bytes; after it returns the object is durable and visible.
    func commit() async throws -> Int64
    /// Best effort, never throws; safe after a failed write or twice. Runs even when the calling task is
    /// cancelled, because that is exactly when an upload gets abandoned.
    func abort() async
}
