import HTTPTypes
import Hummingbird

extension Request {
    /// Whether the request came over TLS: directly, or (only when the server trusts its proxy) as the proxy's
    /// `X-Forwarded-Proto` says. Decides HSTS and the cookies' `Secure` flag.
    func isSecure(trustingForwardedProto trust: Bool) -> Bool {
        if uri.scheme == .https { return true }
        return trust && headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }
}
