import Metrics

/// What `/metrics` shows of the AI providers: failed calls by endpoint and kind, and whether each endpoint's
/// circuit breaker is open (1) or closed (0). Alert on the breaker staying open (docs/ALERTS.md).
enum ProviderMetrics {
    static func failed(path: String, error: AIProviderError) {
        Counter(label: "underdog_provider_errors_total", dimensions: [("endpoint", path), ("kind", error.metricKind)]).increment()
    }

    static func circuit(path: String, isOpen: Bool) {
        Gauge(label: "underdog_provider_circuit_open", dimensions: [("endpoint", path)]).record(isOpen ? 1 : 0)
    }
}

extension AIProviderError {
    /// A fixed word per case, so the metric's label set stays small.
    var metricKind: String {
        switch self {
        case .http(let status, _): status >= 500 ? "http_5xx" : "http_4xx"
        case .timeout: "timeout"
        case .transport: "transport"
        case .rateLimited: "rate_limited"
        case .circuitOpen: "circuit_open"
        case .invalidResponse: "invalid_response"
        case .fileTooLarge, .unreadableFile: "file"
        }
    }
}
