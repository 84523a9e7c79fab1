import Hummingbird
import Prometheus

/// `/metrics` in the Prometheus text format: request counts and latency histograms by route and status
/// (Hummingbird's MetricsMiddleware), the database pool's use (the store's transaction metrics), the job queue
/// (read at each scrape), pipeline stage durations, AI provider errors and circuit breakers.
///
/// Not for everyone: route names, error rates and pool pressure help an attacker as much as an operator.
/// With `UNDERDOG_METRICS_TOKEN` set, a scraper sends it as a bearer token; without it, only a client on
/// this machine (loopback) is answered.
struct MetricsController {
    let registry: PrometheusCollectorRegistry
    let token: String?
    let queue: QueueMetrics?

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/metrics") { request, context in
            guard allowed(request, context: context) else {
                throw AppError(.unauthorized, code: "unauthorized", message: "Metrics need the scrape token.", headers: [.wwwAuthenticate: "Bearer"])
            }
            await queue?.refresh(logger: context.logger)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }

    func allowed(_ request: Request, context: AppRequestContext) -> Bool {
        guard let token, !token.isEmpty else {
            guard let address = context.remoteAddress?.ipAddress else { return false }
            return address.hasPrefix("127.") || address == "::1"
        }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return false }
        return SecretComparison.matches(header.dropFirst(7), token)
    }
}
