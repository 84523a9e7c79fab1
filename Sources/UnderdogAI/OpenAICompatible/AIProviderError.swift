/// Why a call to an AI provider produced nothing usable. Callers fall back on their offline path and record
/// `summary` so a reader can see why.
public enum AIProviderError: Error, Equatable, Sendable {
    /// The provider answered with an HTTP error that retrying did not cure.
    case http(status: Int, message: String)
    /// Every attempt ran out of time.
    case timeout
    /// The connection failed (refused, reset, DNS).
    case transport(String)
    /// The provider asked to wait longer than we are willing to.
    case rateLimited(retryAfterSeconds: Double)
    /// Too many recent failures: the provider is not called until the cool-down ends.
    case circuitOpen
    /// The answer arrived but is not what the protocol or the requested schema promises.
    case invalidResponse(String)
    /// The file to upload is bigger than the provider accepts; nothing was sent.
    case fileTooLarge(bytes: Int64, limit: Int64)
    /// The file to upload cannot be read (missing, not a regular file, no permission); nothing was sent.
    case unreadableFile(String)

    public var summary: String {
        switch self {
        case .http(let status, let message): "the provider answered HTTP \(status): \(message)"
        case .timeout: "the provider did not answer in time"
        case .transport(let reason): "the provider could not be reached: \(reason)"
        case .rateLimited(let seconds): "the provider is rate limiting (retry after \(Int(seconds.rounded())) s)"
        case .circuitOpen: "the provider failed repeatedly and is paused for a while"
        case .invalidResponse(let reason): "the provider's answer was not usable: \(reason)"
        case .fileTooLarge(let bytes, let limit):
            "the file is too large for the provider (\(bytes) bytes, the limit is \(limit))"
        case .unreadableFile(let reason): "the file to send could not be read: \(reason)"
        }
    }
}
