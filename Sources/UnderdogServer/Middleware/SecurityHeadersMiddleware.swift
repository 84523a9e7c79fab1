import HTTPTypes
import Hummingbird

/// Headers every response carries: no MIME sniffing, never framed, no referrer sent on, HSTS when the request
/// came over TLS (directly or, behind a trusted proxy, as it says), and `no-store` on the API's answers, which
/// carry tokens and personal data. A handler that set its own `Cache-Control` keeps it.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trustForwardedProto: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Outside the error middleware, so error answers get the same headers.
        var response = try await next(request, context)
        Self.apply(to: &response.headers, path: request.uri.path, secure: request.isSecure(trustingForwardedProto: trustForwardedProto))
        return response
    }

    static func apply(to headers: inout HTTPFields, path: String, secure: Bool) {
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        // same-origin, not no-referrer: with no-referrer a browser posts its forms with `Origin: null`, which the
        // CSRF check must refuse; same-origin still sends nothing to another site.
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if headers[.contentSecurityPolicy] == nil {
            headers[.contentSecurityPolicy] = "default-src 'none'; frame-ancestors 'none'"
        }
        if secure { headers[.strictTransportSecurity] = "max-age=31536000; includeSubDomains" }
        if path.hasPrefix("/api/"), headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}
