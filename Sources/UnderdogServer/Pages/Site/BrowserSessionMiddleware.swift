import Foundation
import HTTPTypes
import Hummingbird
import UnderdogStore

/// Signs a browser in from its cookies, for the page routes only. A valid access cookie signs the request
/// in; an expired one is renewed from the refresh cookie (rotating it, with the API's reuse detection), and
/// the new cookies ride on the response. Revocation is the database's business: before any page is served,
/// the session has been asked whether it is still live (the first statement every transaction runs) — by
/// the page's own reads when it has any (`LivenessProof`), or by a check of its own — so a page that reads
/// nothing from the database still refuses an ended session.
///
/// Every state-changing request must carry the CSRF token (the `_csrf` form field or `X-CSRF-Token`) equal
/// to the browser's CSRF cookie, and an `Origin`, when sent, of this very site; anything else is a 403 that
/// changes nothing.
struct BrowserSessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: AccessTokens
    let provider: any SignInProvider
    let database: Database
    let trustForwardedProto: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        let cookies = BrowserCookies.read(request.headers)
        let secure = request.isSecure(trustingForwardedProto: trustForwardedProto)
        context.secureCookies = secure
        var outgoing: [String] = []

        if let csrf = cookies[BrowserCookies.csrf], Self.isToken(csrf) {
            context.csrfToken = csrf
        } else {
            let fresh = Self.randomToken()
            context.csrfToken = fresh
            outgoing.append(BrowserCookies.setCookie(BrowserCookies.csrf, fresh, maxAge: nil, secure: secure))
        }

        if let access = cookies[BrowserCookies.access], let user = await tokens.verify(access) {
            context.user = user
        } else if let refresh = cookies[BrowserCookies.refresh], !refresh.isEmpty {
            let client = AuthService.Client(ip: context.clientIP, userAgent: context.userAgent)
            if let session = try? await provider.refresh(token: refresh, client: client), let user = await tokens.verify(session.accessToken) {
                context.user = user
                outgoing += BrowserCookies.signedIn(session, secure: secure)
            } else {
                outgoing += BrowserCookies.signedOut(secure: secure)
            }
        }

        // A page view's liveness check waits for the page: if the page reads as its viewer, that read was the
        // check (an ended session's read fails, and the error page signs the browser out). Anything that
        // changes state is checked first, before any of its work starts.
        let viewing = [.get, .head].contains(request.method)
        if context.user != nil {
            if viewing {
                context.liveness = LivenessProof()
            } else if try await !isLive(context) {
                context.user = nil
                outgoing += BrowserCookies.signedOut(secure: secure)
            }
        }

        if ![.get, .head, .options].contains(request.method) {
            let form = try await FormBody.read(&request)
            context.form = form
            let presented = form["_csrf"] ?? request.headers[HTTPField.Name("X-CSRF-Token")!]
            guard let expected = context.csrfToken, let presented, SecretComparison.matches(presented, expected), sameOrigin(request, secure: secure) else {
                throw AppError(.forbidden, code: "csrf", message: "This form has expired or came from another site. Go back, reload the page and try again.")
            }
        }

        var response = try await next(request, context)
        if let proof = context.liveness, !proof.isProven, try await !isLive(context) {
            // The page read nothing that proved the session, and it has ended: what it rendered is not shown;
            // the browser gets what a signed-out visitor gets (a GET is safe to serve again).
            context.user = nil
            context.liveness = nil
            outgoing += BrowserCookies.signedOut(secure: secure)
            response = try await next(request, context)
        }
        response.addCookies(outgoing)
        return response
    }

    /// Whether the signed-in session still stands: the first statement of every transaction, on its own.
    private func isLive(_ context: Context) async throws -> Bool {
        do {
            try await database.transaction(as: context.identity, logger: context.logger) { _ in }
            return true
        } catch StoreError.sessionEnded {
            return false
        }
    }

    /// An `Origin` header, when the browser sent one, must be this site.
    func sameOrigin(_ request: Request, secure: Bool) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == (secure ? "https://" : "http://") + host
    }

    /// Whether a cookie's value has the shape `randomToken()` gives: 43 base64url characters. Anything else
    /// (a cookie set by someone else, say from a sibling subdomain) is replaced by a fresh token, so the token
    /// a page carries can never hold a character that means something in HTML.
    static func isToken(_ value: String) -> Bool {
        value.utf8.count == 43 && value.utf8.allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
