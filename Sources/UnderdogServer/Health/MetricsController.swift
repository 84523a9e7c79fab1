import Hummingbird
import Prometheus

/// `/metrics` in the Prometheus text format: request counts and latency histograms by route and status
/// (Hummingbird's MetricsMiddleware), and the database pool's use (the store's transaction metrics).
struct MetricsController<Context: RequestContext> {
    let registry: PrometheusCollectorRegistry

    func addRoutes(to router: Router<Context>) {
        router.get("/metrics") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
