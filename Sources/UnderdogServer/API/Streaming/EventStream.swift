import Foundation
import Hummingbird
import NIOCore

/// Server-Sent Events responses: the headers that keep proxies from buffering, and frames whose `data` is one
/// line of JSON (JSON never holds a raw newline).
enum EventStream {
    static func response(_ write: @escaping @Sendable (inout any ResponseBodyWriter) async throws -> Void) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache", .init("X-Accel-Buffering")!: "no"],
            body: ResponseBody { writer in
                try await write(&writer)
                try await writer.finish(nil)
            })
    }

    static func frame(_ event: String, _ value: some Encodable) throws -> ByteBuffer {
        frame(event, json: try JSONEncoder().encode(value))
    }

    static func frame(_ event: String, json: Data) -> ByteBuffer {
        ByteBuffer(string: "event: \(event)\ndata: \(String(decoding: json, as: UTF8.self))\n\n")
    }
}
