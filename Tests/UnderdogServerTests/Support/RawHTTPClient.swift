import AsyncHTTPClient
import Foundation
import NIOCore

/// Plain HTTP requests to a live test server over their own connections: what the Hummingbird test client,
/// with its single connection, cannot do, such as fifty deliveries of one webhook arriving at once.
struct RawHTTPClient: Sendable {
    let port: Int

    struct Response: Sendable {
        let status: Int
        let body: Data

        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    }

    func post(_ path: String, body: Data, headers: [(String, String)] = []) async throws -> Response {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        // No kept-alive connections: the server's graceful shutdown at the end of a test would wait for them.
        request.headers.add(name: "Connection", value: "close")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(data: body))
        let response = try await HTTPClient.shared.execute(request, deadline: .now() + .seconds(120))
        let bytes = try await response.body.collect(upTo: 8 << 20)
        return Response(status: Int(response.status.code), body: Data(buffer: bytes))
    }
}
