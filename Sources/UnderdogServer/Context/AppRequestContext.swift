import Hummingbird
import NIOCore
import UnderdogStore

/// The context every route receives: who is signed in (if anyone) and where the request came from.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// Set by `AuthenticationMiddleware` from a valid access token.
    public var user: SignedInUser?
    /// The client's address as the audit log records it.
    public var clientIP: String?
    public var userAgent: String?
    /// The browser's CSRF token, on page routes (`BrowserSessionMiddleware`).
    var csrfToken: String?
    /// The fields of a form a page posted, read by `BrowserSessionMiddleware`.
    var form: [String: String] = [:]
    /// Whether the page was served over TLS, so cookies set now are `Secure`.
    var secureCookies = false
    /// Set by `BrowserSessionMiddleware` on a signed-in page view, and marked by every transaction the page
    /// runs as its viewer, so the session's liveness is checked once, not before and again inside the page.
    var liveness: LivenessProof?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// The database identity of this request: the signed-in user, or anonymous.
    public var identity: DatabaseIdentity {
        guard let user else { return DatabaseIdentity(role: .anon, clientIP: clientIP, userAgent: userAgent) }
        return .user(user.id, email: user.email, session: user.sessionID, clientIP: clientIP, userAgent: userAgent)
    }

    /// The signed-in user, or a 401 for routes that need one.
    public func requireUser() throws -> SignedInUser {
        guard let user else { throw AppError.unauthorized() }
        return user
    }
}
