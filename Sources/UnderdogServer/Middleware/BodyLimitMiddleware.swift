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
        var request = request
        let body = try await request.collectBody(limit: maxBytes)
        // Later readers get the bytes already read.
        request.body = .init(buffer: body)
        // The API reads JSON and nothing else: a body sent as anything else (or as nothing) is refused, not guessed at.
        if body.readableBytes > 0, request.uri.path.hasPrefix("/api/"), !Self.isJSON(request.headers[.contentType]) {
            throw AppError(.unsupportedMediaType, code: "unsupported_media_type", message: "Send the body as application/json.")
        }
        if body.readableBytes > 0, request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true,
           let json = try? JSONSerialization.jsonObject(with: Data(buffer: body), options: [.fragmentsAllowed]),
           Self.containsNull(json) {
            throw AppError.badRequest("Leave a field out instead of sending null.", code: "null_not_allowed")
        }
        return try await next(request, context)
    }

    /// `application/json`, with or without parameters (`; charset=utf-8`).
    static func isJSON(_ contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return type == "application/json"
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
