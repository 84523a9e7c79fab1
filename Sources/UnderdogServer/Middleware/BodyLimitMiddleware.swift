import Hummingbird

/// Reads a JSON request body into memory up to a limit, so an oversized body is a 413 before any handler
/// or decoder sees it, whether or not it declared its length.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let maxBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw AppError.payloadTooLarge(maxBytes: maxBytes)
        }
        var request = request
        do {
            _ = try await request.collectBody(upTo: maxBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw AppError.payloadTooLarge(maxBytes: maxBytes)
        }
        return try await next(request, context)
    }
}
