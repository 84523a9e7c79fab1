/// How long a failed job waits before its next attempt: exponential, capped, with full jitter, so jobs that
/// failed together (a provider outage) do not all come back in the same second.
public struct RetryBackoff: Sendable, Equatable {
    public var base: Double
    public var cap: Double

    public init(base: Double = 2, cap: Double = 300) {
        self.base = base
        self.cap = cap
    }

    /// The delay in seconds after failed attempt number `attempt` (1-based): uniform in [d/2, d] with
    /// d = min(cap, base·2^(attempt−1)); half is kept so a retry never comes back instantly.
    public func delay(afterAttempt attempt: Int, using generator: inout some RandomNumberGenerator) -> Double {
        let exponent = Double(max(0, min(attempt - 1, 30)))
        let ceiling = min(cap, base * pow2(exponent))
        return Double.random(in: (ceiling / 2)...ceiling, using: &generator)
    }

    public func delay(afterAttempt attempt: Int) -> Double {
        var generator = SystemRandomNumberGenerator()
        return delay(afterAttempt: attempt, using: &generator)
    }

    private func pow2(_ exponent: Double) -> Double {
        var value = 1.0
        for _ in 0..<Int(exponent) { value *= 2 }
        return value
    }
}
