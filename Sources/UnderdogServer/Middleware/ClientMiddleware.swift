import Foundation
import Hummingbird
import NIOCore

/// Records the client's address and user agent on the context, for the audit log and rate limits.
/// `X-Forwarded-For` is believed only when the server is configured to sit behind a proxy.
struct ClientMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trustForwardedFor: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var address = context.remoteAddress?.ipAddress
        if trustForwardedFor, let forwarded = request.headers[.init("X-Forwarded-For")!]?.split(separator: ",").first {
            let candidate = forwarded.trimmingCharacters(in: .whitespaces)
            if IPAddress.isValid(candidate) { address = candidate }
        }
        context.clientIP = address
        context.userAgent = request.headers[.userAgent].map { String($0.prefix(512)) }
        return try await next(request, context)
    }
}

/// Checks an address the way PostgreSQL's `inet` will read it, so an audit write never fails on one.
enum IPAddress {
    static func isValid(_ text: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }
}
