import Metrics

/// What `/metrics` shows of the AI providers: failed calls by provider (its base URL), endpoint and kind, and
/// whether each client's circuit breaker is open (1) or closed (0). Alert on a breaker staying open
/// (docs/ALERTS.md). A deployment configures a handful of providers, so the label sets stay small.
enum ProviderMetrics {
    static func failed(provider: String, path: String, error: AIProviderError) {
        Counter(label: "underdog_provider_errors_total",
                dimensions: [("provider", provider), ("endpoint", path), ("kind", error.metricKind)]).increment()
    }

    static func circuit(provider: String, path: String, isOpen: Bool) {
        Gauge(label: "underdog_provider_circuit_open", dimensions: [("provider", provider), ("endpoint", path)]).record(isOpen ? 1 : 0)
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
