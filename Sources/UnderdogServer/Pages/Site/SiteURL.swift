import Foundation

/// Every page of the web app, as a value. Routes are registered from `template` and links are built from
/// `path`, so a link cannot point at a page that does not exist.
enum SiteURL: Hashable, Sendable {
    case home
    case signIn
    case signUp
    case signOut
    case invite(token: String)
    case practice
    case conversation(UUID)
    case conversationTurn(UUID)
    case conversationStream(UUID)
    case conversationEnd(UUID)
    case scoreCard(UUID)
    case history(page: String? = nil, scenario: String? = nil, persona: String? = nil)
    case settings(page: String? = nil, notice: String? = nil)
    case memberExport(UUID)
    case memberErase(UUID)

    /// The path a link uses.
    var path: String {
        switch self {
        case .home: "/"
        case .signIn: "/signin"
        case .signUp: "/signup"
        case .signOut: "/signout"
        case .invite(let token): "/invite/" + (token.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "")
        case .practice: "/practice"
        case .conversation(let id): "/practice/calls/\(id.uuidString.lowercased())"
        case .conversationTurn(let id): "/practice/calls/\(id.uuidString.lowercased())/turns"
        case .conversationStream(let id): "/practice/calls/\(id.uuidString.lowercased())/turns/stream"
        case .conversationEnd(let id): "/practice/calls/\(id.uuidString.lowercased())/end"
        case .scoreCard(let id): "/practice/sessions/\(id.uuidString.lowercased())"
        case .history(let page, let scenario, let persona):
            "/practice/history" + Self.query([("scenario", scenario), ("persona", persona), ("page", page)])
        case .settings(let page, let notice): "/settings" + Self.query([("page", page), ("notice", notice)])
        case .memberExport(let id): "/settings/members/\(id.uuidString.lowercased())/export"
        case .memberErase(let id): "/settings/members/\(id.uuidString.lowercased())/erase"
        }
    }

    /// The route pattern a page is registered under (Hummingbird's `:name` parameters).
    enum Template {
        static let home = "/"
        static let signIn = "/signin"
        static let signUp = "/signup"
        static let signOut = "/signout"
        static let invite = "/invite/:token"
        static let practice = "/practice"
        static let conversation = "/practice/calls/:id"
        static let conversationTurn = "/practice/calls/:id/turns"
        static let conversationEnd = "/practice/calls/:id/end"
        static let conversationStream = "/practice/calls/:id/turns/stream"
        static let scoreCard = "/practice/sessions/:id"
        static let history = "/practice/history"
        static let settings = "/settings"
        static let memberExport = "/settings/members/:id/export"
        static let memberErase = "/settings/members/:id/erase"
    }

    /// `?a=1&b=2` of the pairs that have a value, each value percent-encoded; empty when none has one.
    static func query(_ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { name, value in
            value.map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// Where a signed-in person may be sent back to after signing in: only a path of this site, never
    /// another origin (`//evil.example`, `https://…`) or a header-splitting string.
    static func safeReturnPath(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.hasPrefix("/\\"), text.count <= 512,
              !text.contains(where: { $0.isNewline || $0 == "\0" })
        else { return nil }
        return text
    }
}
