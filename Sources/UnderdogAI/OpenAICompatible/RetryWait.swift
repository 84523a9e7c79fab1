/// How the client waits before a retry. The server sleeps; a test passes one that records the wait and
/// returns at once, so what it proves (the provider's `Retry-After` was honoured) does not depend on a clock.
public struct RetryWait: Sendable {
    let body: @Sendable (Duration) async throws -> Void

    public init(_ body: @escaping @Sendable (Duration) async throws -> Void) {
        self.body = body
    }

    /// Sleeps for the delay; cancellation ends the wait.
    public static let sleeping = RetryWait { try await Task.sleep(for: $0) }

    func callAsFunction(_ delay: Duration) async throws {
        try await body(delay)
    }
}
