import Foundation
import Hummingbird

/// `/health` says the process is alive; `/ready` says it can serve, checking what it depends on.
struct HealthController<Context: RequestContext> {
    let checks: [any ReadinessCheck]

    struct Report: Codable, Sendable {
        let status: String
        let checks: [String: String]
    }

    func addRoutes(to router: Router<Context>) {
        router.get("/health") { _, _ in
            try Self.json(Report(status: "ok", checks: [:]), status: .ok)
        }
        router.get("/ready") { _, _ in
            try await ready()
        }
    }

    func ready() async throws -> Response {
        var results: [String: String] = [:]
        var problems: [String] = []
        for check in checks {
            if let problem = await check.problem() {
                results[check.name] = problem
                problems.append("\(check.name): \(problem)")
            } else {
                results[check.name] = "ok"
            }
        }
        if problems.isEmpty {
            return try Self.json(Report(status: "ready", checks: results), status: .ok)
        }
        throw AppError.unavailable("Not ready: " + problems.joined(separator: "; "), code: "not_ready")
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
