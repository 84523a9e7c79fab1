import Foundation
import Hummingbird
import Logging
import NIOCore
import UnderdogTestSupport

/// A local server that speaks Retell's `POST /v2/create-web-call` as Retell documents it: Bearer API key,
/// `agent_id`, `metadata`, `retell_llm_dynamic_variables`; answers 201 with the call's id and access token.
actor LocalRetellServer {
    let apiKey: String
    let agentID: String
    /// Status to answer with instead of creating calls, to test refusals.
    let failWith: Int?
    /// The bodies of the calls created, as sent.
    private(set) var created: [Data] = []

    init(apiKey: String, agentID: String, failWith: Int? = nil) {
        self.apiKey = apiKey
        self.agentID = agentID
        self.failWith = failWith
    }

    func run<Result: Sendable>(_ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let router = Router()
        router.post("/v2/create-web-call") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            return await self.createWebCall(authorization: request.headers[.authorization], body: Data(buffer: bytes))
        }
        let (ports, sink) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "local-retell")
        logger.logLevel = .critical
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in sink.yield(channel.localAddress?.port ?? 0) }, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw TestSupportError("the local Retell server did not start") }
            return try await body("http://127.0.0.1:\(port)")
        }
    }

    private func createWebCall(authorization: String?, body: Data) -> Response {
        guard authorization == "Bearer \(apiKey)" else { return Self.json(401, ["error_message": "Invalid API key"]) }
        if let failWith { return Self.json(failWith, ["error_message": "Internal error"]) }
        guard let request = try? JSONSerialization.jsonObject(with: body) as? [String: Any], request["agent_id"] as? String == agentID else {
            return Self.json(400, ["error_message": "agent_id is required"])
        }
        created.append(body)
        let id = "call_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())"
        return Self.json(201, [
            "call_type": "web_call", "call_id": id, "agent_id": agentID, "call_status": "registered",
            "access_token": "eyJ-local-\(id)", "metadata": request["metadata"] ?? [:],
        ])
    }

    static func json(_ status: Int, _ object: [String: Any]) -> Response {
        Response(status: .init(code: status), headers: [.contentType: "application/json"],
                 body: .init(byteBuffer: ByteBuffer(data: try! JSONSerialization.data(withJSONObject: object))))
    }
}
