import AsyncHTTPClient
import Foundation
import NIOCore

/// Reads a Server-Sent Events response to its end over a real socket.
///
/// The Hummingbird test client gives every request 20 seconds in all, which a stream that lasts as long as a
/// transcription outgrows on a loaded two-core machine; this client waits as long as the caller allows.
enum EventStreamClient {
    struct Response {
        let status: Int
        let contentType: String?
        let text: String
    }

    static func read(port: Int, path: String, token: String, within seconds: Int64 = 600) async throws -> Response {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1\(path)")
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Accept", value: "text/event-stream")
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            let response = try await client.execute(request, deadline: .now() + .seconds(seconds))
            let body = try await response.body.collect(upTo: 16 << 20)
            try await client.shutdown()
            return Response(status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"),
                            text: String(buffer: body))
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}
