import Foundation
import Hummingbird

/// Reads a request body into memory up to a limit, so an oversized body is a 413 before any handler or
/// decoder sees it, whether or not it declared its length. A JSON body is also refused when it holds a
/// `null`: no request schema of the API takes one, and a decoder would quietly read it as "absent".
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let maxBytes: Int
    /// POST routes that read their body as a stream, under their own limit.
    var streamingPaths: Set<String> = []

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .post, streamingPaths.contains(request.uri.path) {
            return try await next(request, context)
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw AppError.payloadTooLarge(maxBytes: maxBytes)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw AppError.payloadTooLarge(maxBytes: maxBytes)
        }
        if body.readableBytes > 0, request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true,
           let json = try? JSONSerialization.jsonObject(with: Data(buffer: body), options: [.fragmentsAllowed]),
           Self.containsNull(json) {
            throw AppError.badRequest("Leave a field out instead of sending null.", code: "null_not_allowed")
        }
        return try await next(request, context)
    }

    static func containsNull(_ value: Any) -> Bool {
        switch value {
        case is NSNull: true
        case let object as [String: Any]: object.values.contains(where: containsNull)
        case let array as [Any]: array.contains(where: containsNull)
        default: false
        }
    }
}
