import Hummingbird

/// Reads `Authorization: Bearer <access token>`. A valid token signs the request in; a present but invalid
/// or expired one is a 401 at once, so a client never mistakes a failed sign-in for anonymous access.
///
/// Only the API's requests are read: a webhook's `Authorization` header is the provider's credential and a
/// metrics scraper's is the scrape token, which those routes check themselves; neither signs a user in.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: AccessTokens

    static let apiPrefix = "/api/"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], request.uri.path.hasPrefix(Self.apiPrefix) else {
            return try await next(request, context)
        }
        guard header.count > 7, header.prefix(7).lowercased() == "bearer ",
              let user = await tokens.verify(String(header.dropFirst(7)))
        else {
            throw AppError.unauthorized("The access token is invalid or has expired.")
        }
        var context = context
        context.user = user
        return try await next(request, context)
    }
}
