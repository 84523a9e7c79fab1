import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A browser as far as the server can tell: it keeps the cookies it is given, and posts forms with the CSRF
/// token it was handed. It follows no redirects, so tests see each answer.
final class PageClient: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]

    struct Answer {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let html: String
        var location: String? { headers[.location] }
        var setCookies: [String] { headers[values: .setCookie] }
    }

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    var csrf: String { cookies["ud_csrf"] ?? "" }

    func get(_ path: String) async throws -> Answer {
        try await send(.get, path, body: nil, headers: [:])
    }

    /// A form post; `_csrf` is added unless the test gives its own.
    func post(_ path: String, _ fields: [String: String] = [:], headers: HTTPFields = [:]) async throws -> Answer {
        var fields = fields
        if fields["_csrf"] == nil { fields["_csrf"] = csrf }
        let body = fields.map { key, value in
            "\(Self.encode(key))=\(Self.encode(value))"
        }.joined(separator: "&")
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(.post, path, body: body, headers: headers)
    }

    /// A page script's JSON post, with the CSRF token in its header as the script sends it.
    func postJSON(_ path: String, _ json: String) async throws -> Answer {
        try await send(.post, path, body: json, headers: [.contentType: "application/json", HTTPField.Name("X-CSRF-Token")!: csrf])
    }

    /// Loads a page first when the browser has no CSRF cookie yet, as a person would.
    func ensureCSRF() async throws {
        if cookies["ud_csrf"] == nil { _ = try await get("/signin") }
    }

    private func send(_ method: HTTPRequest.Method, _ path: String, body: String?, headers extra: HTTPFields) async throws -> Answer {
        var headers = extra
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let answer = try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            Answer(status: response.status, headers: response.headers, html: String(buffer: response.body))
        }
        for cookie in answer.setCookies {
            let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || cookie.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return answer
    }

    /// Forgets one cookie, or sets it to a value of the test's choosing.
    func setCookie(_ name: String, _ value: String?) { cookies[name] = value }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

extension PageClient.Answer {
    /// The ids in `href="/practice/sessions/<id>"` links and the like: the first capture of `pattern`.
    func first(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)), match.numberOfRanges > 1,
              let range = Range(match.range(at: 1), in: html)
        else { return nil }
        return String(html[range])
    }

    func count(_ pattern: String) -> Int {
        (try? NSRegularExpression(pattern: pattern))?.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html)) ?? 0
    }
}

/// A team grown through the pages: the admin's browser asks the API for an invite with its own access token (so
/// this works with whichever tokens the sign-in provider issued), and a new browser joins through the form.
extension PageClient {
    /// The invite token for `email`, asked for by this browser's signed-in admin.
    func invite(_ email: String) async throws -> String {
        let invited = try await APIClient(client: client).call(.post, "/invites", token: cookies["ud_access"], json: ["email": email])
        return try #require(invited.json["token"] as? String, "\(invited.status) \(invited.text)")
    }

    /// A new browser that joined with `token` through the sign-up form, and the form's answer.
    static func join(_ client: any TestClientProtocol, token: String, name: String, email: String, password: String) async throws
        -> (browser: PageClient, answer: Answer)
    {
        let browser = PageClient(client)
        try await browser.ensureCSRF()
        let answer = try await browser.post("/signup", ["name": name, "email": email, "invite_token": token, "password": password])
        return (browser, answer)
    }

    /// The signed-in member's id, as the API tells it.
    func memberID() async throws -> UUID {
        let me = try await APIClient(client: client).call(.get, "/me", token: cookies["ud_access"])
        return try #require((me.json["id"] as? String).flatMap(UUID.init(uuidString:)), "\(me.status) \(me.text)")
    }
}
