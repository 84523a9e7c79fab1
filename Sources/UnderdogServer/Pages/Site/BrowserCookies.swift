import Foundation
import HTTPTypes
import Hummingbird

/// The cookies the web app keeps: the API's own access and refresh tokens, and the CSRF token. All are
/// `HttpOnly` and `SameSite=Lax`, and `Secure` when the page was served over TLS.
enum BrowserCookies {
    static let access = "ud_access"
    static let refresh = "ud_refresh"
    static let csrf = "ud_csrf"

    /// The request's cookies by name (the first of each name wins).
    static func read(_ headers: HTTPFields) -> [String: String] {
        var cookies: [String: String] = [:]
        for header in headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let name = String(trimmed(parts[0]))
                if cookies[name] == nil { cookies[name] = String(trimmed(parts[1])) }
            }
        }
        return cookies
    }

    /// Without the spaces and tabs around it; in Swift, because Foundation's `trimmingCharacters` goes through
    /// NSString on Linux and showed in every page's profile.
    private static func trimmed(_ text: Substring) -> Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !blank($0) }), let last = text.lastIndex(where: { !blank($0) }) else { return "" }
        return text[first...last]
    }

    /// A `Set-Cookie` value; `maxAge` nil makes it last the browser session, 0 deletes it.
    static func setCookie(_ name: String, _ value: String, maxAge: Int?, secure: Bool) -> String {
        var parts = ["\(name)=\(value)", "Path=/", "HttpOnly", "SameSite=Lax"]
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        if secure { parts.append("Secure") }
        return parts.joined(separator: "; ")
    }

    /// The cookies of a fresh sign-in: the access token for its lifetime, the refresh token for its own.
    static func signedIn(_ session: BrowserSession, secure: Bool) -> [String] {
        [setCookie(access, session.accessToken, maxAge: session.accessLifetime, secure: secure),
         setCookie(refresh, session.refreshToken, maxAge: session.refreshLifetime, secure: secure)]
    }

    static func signedOut(secure: Bool) -> [String] {
        [setCookie(access, "", maxAge: 0, secure: secure), setCookie(refresh, "", maxAge: 0, secure: secure)]
    }
}

extension Response {
    /// Adds `Set-Cookie` headers, one per cookie.
    mutating func addCookies(_ cookies: [String]) {
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
    }

    /// A 303 to another page: after a form post, the browser loads the result with GET.
    static func seeOther(_ url: SiteURL, cookies: [String] = []) -> Response {
        seeOther(path: url.path, cookies: cookies)
    }

    static func seeOther(path: String, cookies: [String] = []) -> Response {
        var response = Response(status: .seeOther, headers: [.location: path, .cacheControl: "no-store"])
        response.addCookies(cookies)
        return response
    }
}
