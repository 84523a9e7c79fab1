import Hummingbird

/// Hands the request context to the OpenAPI handlers, whose generated signatures take only the operation's
/// input. Last in the middleware chain, so the handlers see the context after authentication.
struct RequestContextMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    @TaskLocal static var current: AppRequestContext?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await Self.$current.withValue(context) {
            try await next(request, context)
        }
    }

    /// The current request's context; only absent if a handler is called outside a request.
    static func context() throws -> AppRequestContext {
        guard let current else { throw AppError.internalError }
        return current
    }
}
