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

    public var summary: String {
        switch self {
        case .http(let status, let message): "the provider answered HTTP \(status): \(message)"
        case .timeout: "the provider did not answer in time"
        case .transport(let reason): "the provider could not be reached: \(reason)"
        case .rateLimited(let seconds): "the provider is rate limiting (retry after \(Int(seconds.rounded())) s)"
        case .circuitOpen: "the provider failed repeatedly and is paused for a while"
        case .invalidResponse(let reason): "the provider's answer was not usable: \(reason)"
        }
    }
}
