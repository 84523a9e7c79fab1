import Foundation

/// When to try again and how long to wait: exponential backoff with full jitter, or the provider's own
/// `Retry-After` when it gives one.
struct RetryPolicy: Sendable {
    let maxRetries: Int
    let initialBackoff: Duration
    let maxBackoff: Duration
    let maxRetryAfter: Duration

    static func isRetryable(status: Int) -> Bool {
        status == 429 || status == 408 || (500...599).contains(status)
    }

    /// The wait before retry number `retry` (1-based); `jitter` in 0...1.
    func backoff(retry: Int, jitter: Double) -> Duration {
        let exponent = min(retry - 1, 20)
        let ceiling = min(initialBackoff * (1 << exponent), maxBackoff)
        return ceiling * max(0.1, min(jitter, 1))
    }

    /// `Retry-After` as seconds (`"2"`, `"0.5"`) or an HTTP date; nil when absent or unreadable.
    static func retryAfter(_ header: String?, now: Date = Date()) -> Duration? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if let seconds = Double(header), seconds.isFinite, seconds >= 0 { return .milliseconds(Int64(seconds * 1000)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: header) else { return nil }
        return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
    }
}
