/// Why a blob operation failed. Both stores throw only this, so the upload route and the pipeline workers can
/// turn a failure into an HTTP answer or a retry decision without knowing which store is configured.
public enum BlobStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key breaks a rule of `BlobKey`; the text says which.
    case invalidKey(String)
    /// The bucket name is not one S3 accepts; the same rules keep it a safe single folder name on disk.
    case invalidBucket(String)
    /// Nothing is stored under the key.
    case notFound
    /// The requested range starts at or after the end of the object (HTTP 416).
    case invalidRange
    /// A writer was used after `commit()` or `abort()`, after a failed write, or from two tasks at once.
    case writerClosed(String)
    /// The local file system refused; the text carries the system call, the path and `strerror`.
    case io(String)
    /// S3 answered with an error. `code` is the `<Code>` of its XML error body when it sent one.
    case s3(status: Int, code: String?, message: String)
    /// S3 could not be reached, or the connection broke mid-request.
    case transport(String)
    /// S3 did not answer, or stopped sending a body, within the configured time.
    case timeout
    /// The calling task was cancelled.
    case cancelled

    /// Whether trying the same operation again later may succeed: what a job queue needs to decide between
    /// retrying and failing the job for good.
    public var isTransient: Bool {
        switch self {
        case .transport, .timeout: true
        case .s3(let status, let code, _): status >= 500 || status == 429 || code == "SlowDown" || code == "RequestTimeout"
        case .invalidKey, .invalidBucket, .notFound, .invalidRange, .writerClosed, .io, .cancelled: false
        }
    }

    public var description: String {
        switch self {
        case .invalidKey(let reason): "invalid blob key: \(reason)"
        case .invalidBucket(let reason): "invalid bucket name: \(reason)"
        case .notFound: "no such blob"
        case .invalidRange: "the range starts past the end of the blob"
        case .writerClosed(let reason): "the blob writer cannot be used: \(reason)"
        case .io(let reason): "blob file system error: \(reason)"
        case .s3(let status, let code, let message): "S3 answered HTTP \(status)\(code.map { " \($0)" } ?? ""): \(message)"
        case .transport(let reason): "S3 could not be reached: \(reason)"
        case .timeout: "S3 did not answer in time"
        case .cancelled: "the blob operation was cancelled"
        }
    }
}
