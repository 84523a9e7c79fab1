import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogServer
import UnderdogTestSupport

/// The web app through its forms alone, as a browser without JavaScript uses it, against the real server
/// and database.
@Suite("Web app pages")
struct WebAppTests {
    static let password = "correct horse battery"

    /// Signs a new team up through the sign-up form; the browser ends on its home page.
    static func signUp(_ browser: PageClient, email: String, organization: String = "Harbour Sales") async throws {
        try await browser.ensureCSRF()
        let answer = try await browser.post("/signup", ["name": "Robin Rep", "email": email, "organization": organization, "password": password])
        #expect(answer.status == .seeOther && answer.location == "/", "\(answer.status) \(answer.html.prefix(300))")
    }

    /// Starts a call with Marcus, says `lines`, ends it; the score card's id.
    static func practise(_ browser: PageClient, lines: [String]) async throws -> String {
        let started = try await browser.post("/practice", ["persona_id": "marcus-oyelaran", "scenario_type": "cold_call"])
        let call = try #require(started.location, "\(started.status) \(started.html.prefix(300))")
        #expect(call.hasPrefix("/practice/calls/"))
        for line in lines {
            let sent = try await browser.post(call + "/turns", ["text": line])
            #expect(sent.status == .seeOther, "\(sent.status) \(sent.html.prefix(300))")
        }
        let page = try await browser.get(call)
        #expect(page.count(#"class="turn rep""#) == lines.count)
        let ended = try await browser.post(call + "/end")
        let card = try #require(ended.location, "\(ended.status)")
        return try #require(card.split(separator: "/").last.map(String.init))
    }

    /// Robin's team with one short scored call, and a browser signed in to another team: the score card's
    /// owner, its id, and the outsider who must never see it.
    static func cardAndOutsider(_ client: any TestClientProtocol) async throws -> (owner: PageClient, session: String, outsider: PageClient) {
        let owner = PageClient(client)
        try await signUp(owner, email: "robin@harbour.example")
        let session = try await practise(owner, lines: Array(lines.prefix(2)))
        let outsider = PageClient(client)
        try await signUp(outsider, email: "eve@elsewhere.example", organization: "Elsewhere")
        return (owner, session, outsider)
    }

    static let lines = [
        "Hi Marcus, this is Robin from Harbour. I know I'm calling out of the blue, have you got a minute?",
        "Thanks. We help clinic groups cut missed appointments. How are reminders handled across your clinics today?",
        "How many appointments go missed in a typical week?",
        "What does an empty hygiene slot cost you?",
        "Other groups your size cut no-shows by a third within two months of switching on automated reminders.",
        "Could we set up a short call on Thursday at 10am to walk through your numbers?",
    ]

    @Test("sign-up by form lands on an empty home that says what to do first; / sends a stranger to sign in")
    func signUpToEmptyHome() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let browser = PageClient(client)
                let stranger = try await browser.get("/")
                #expect(stranger.status == .seeOther && stranger.location == "/signin")
                try await Self.signUp(browser, email: "robin@harbour.example")
                let home = try await browser.get("/")
                #expect(home.status == .ok)
                #expect(home.html.contains("Start with one practice call"))
                #expect(home.html.contains(#"href="/practice""#))
            }
        }
    }

    @Test("a whole practice call by forms: six turns, ended, a score card with six scores, evidence linked to turns, listed in history and on home")
    func practiceCallWithoutScript() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let browser = PageClient(client)
                try await Self.signUp(browser, email: "robin@harbour.example")
                // Home is rendered (and kept) empty first: the call must still show on it afterwards.
                #expect(try await browser.get("/").html.contains("Start with one practice call"))
                let session = try await Self.practise(browser, lines: Self.lines)

                let card = try await browser.get("/practice/sessions/\(session)")
                #expect(card.status == .ok)
                #expect(card.count(#"<section class="card dimension""#) == 6)
                let anchors = Set(card.html.matches(#"data-turn="(turn-\d+)""#))
                #expect(!anchors.isEmpty, "no evidence chips")
                for anchor in anchors { #expect(card.html.contains(#"id="\#(anchor)""#), "\(anchor) points at no turn") }
                #expect(card.html.contains("Keep doing") && card.html.contains("Start doing") && card.html.contains("Stop doing"))
                #expect(card.html.contains("Practise again with Marcus Oyelaran"))

                let history = try await browser.get("/practice/history")
                #expect(history.html.contains("/practice/sessions/\(session)"))
                let matching = try await browser.get("/practice/history?scenario=cold_call&persona=marcus-oyelaran")
                #expect(matching.html.contains("/practice/sessions/\(session)"))
                let other = try await browser.get("/practice/history?scenario=gatekeeper")
                #expect(!other.html.contains("/practice/sessions/\(session)") && other.html.contains("No sessions match"))
                let unknown = try await browser.get("/practice/history?scenario=%3Cscript%3E&persona=nobody")
                #expect(unknown.status == .ok && unknown.html.contains("/practice/sessions/\(session)"))
                let home = try await browser.get("/")
                #expect(home.html.contains("Latest overall score") && home.html.contains("<svg"))
                #expect(home.html.contains("/practice/sessions/\(session)") && !home.html.contains("Start with one practice call"))

                // The session row keeps a real duration and the evidence behind the scores.
                let stored = try await test.database.client.query(
                    "SELECT duration_seconds, transcript ? 'analysis' FROM public.roleplay_sessions WHERE id = \(UUID(uuidString: session)!)").collect()
                let (duration, hasAnalysis) = try stored[0].decode((Int, Bool).self)
                #expect(duration > 0 && hasAnalysis)
            }
        }
    }

    @Test("a form post without the CSRF token, or from another origin, is a 403 page and writes nothing")
    func csrfRefused() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let browser = PageClient(client)
                try await browser.ensureCSRF()
                let form = ["name": "Mallory", "email": "mallory@evil.example", "organization": "Evil", "password": Self.password]
                let evil: HTTPFields = [.origin: "https://evil.example"]
                let probes: [(String, HTTPFields)] = [("", HTTPFields()), ("forged-token-forged-token-forged-token-abcd", HTTPFields()), (browser.csrf, evil)]
                for (token, headers) in probes {
                    var fields = form
                    fields["_csrf"] = token
                    let answer = try await browser.post("/signup", fields, headers: headers)
                    #expect(answer.status == .forbidden)
                    #expect(answer.headers[.contentType]?.hasPrefix("text/html") == true)
                    #expect(answer.html.contains("This form has expired"))
                }
                let users = try await test.database.client.query("SELECT count(*) FROM public.users").collect()[0].decode(Int.self)
                #expect(users == 0)
            }
        }
    }

    @Test("a score card rendered once is served again with each viewer's own CSRF token in its form, and its session read under RLS each time")
    func scoreCardCacheKeepsTokensPerViewer() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let (owner, session, outsider) = try await Self.cardAndOutsider(client)
                let first = try await owner.get("/practice/sessions/\(session)")
                #expect(first.status == .ok && first.html.contains("value=\"\(owner.csrf)\""))
                let oldToken = owner.csrf
                owner.setCookie("ud_csrf", nil)
                let second = try await owner.get("/practice/sessions/\(session)")
                #expect(second.status == .ok && owner.csrf != oldToken)
                #expect(second.html.contains("value=\"\(owner.csrf)\"") && !second.html.contains(oldToken))
                #expect(!second.html.contains("csrf-slot-"), "the slot never reaches a page")
                // A CSRF cookie of the right length that is not a token (set by someone else) never reaches the
                // page as it is: the browser is given a fresh token instead.
                let hostile = #""><script>alert(1)</script><b x="aaaaaaaaaa"#
                #expect(hostile.utf8.count == 43)
                owner.setCookie("ud_csrf", hostile)
                let third = try await owner.get("/practice/sessions/\(session)")
                #expect(third.status == .ok && !third.html.contains("<script>alert") && owner.csrf != hostile)
                #expect(third.html.contains("value=\"\(owner.csrf)\""))
                let again = try await owner.post("/practice", ["persona_id": "marcus-oyelaran", "scenario_type": "cold_call"])
                #expect(again.status == .seeOther, "the cached form's token is the viewer's")
                #expect(try await outsider.get("/practice/sessions/\(session)").status == .notFound, "a cached card is still read as the viewer")
            }
        }
    }

    @Test("another org's score card and a made-up one are the same 404 page")
    func crossTenantScoreCard() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let (owner, session, outsider) = try await Self.cardAndOutsider(client)
                let theirs = try await outsider.get("/practice/sessions/\(session)")
                let none = try await outsider.get("/practice/sessions/\(UUID().uuidString.lowercased())")
                let junk = try await outsider.get("/practice/sessions/not-a-uuid")
                for answer in [theirs, none, junk] {
                    #expect(answer.status == .notFound)
                    #expect(answer.html.contains("find that page"))
                    #expect(!answer.html.contains("Marcus"))
                }
                // Every page route that names a call: the owner's call in progress is no more the outsider's.
                let started = try await owner.post("/practice", ["persona_id": "marcus-oyelaran", "scenario_type": "cold_call"])
                let call = try #require(started.location)
                let attempts: [PageClient.Answer] = [
                    try await outsider.get(call),
                    try await outsider.post(call + "/turns", ["text": "hello"]),
                    try await outsider.post(call + "/end"),
                    try await outsider.postJSON(call + "/turns/stream", #"{"text":"hello"}"#),
                ]
                for answer in attempts { #expect(answer.status == .notFound, "\(answer.status)") }
                let untouched = try await owner.get(call)
                #expect(untouched.count(#"class="turn rep""#) == 0)
            }
        }
    }

    @Test("sign-out revokes: the old cookies no longer open a page, which sends the browser to sign in")
    func signOut() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let browser = PageClient(client)
                try await Self.signUp(browser, email: "robin@harbour.example")
                let kept = browser.cookies
                let out = try await browser.post("/signout")
                #expect(out.status == .seeOther && out.location == "/signin")
                #expect(browser.cookies["ud_access"] == nil)
                // A copy of the cookies taken before signing out: the session has ended in the database.
                let replay = PageClient(client)
                for (name, value) in kept { replay.setCookie(name, value) }
                // A page that reads nothing from the database (its own liveness check after the handler) and one
                // that does (its read is the check): both send the browser to sign in and clear its cookies.
                for path in ["/practice", "/", "/practice/history"] {
                    for (name, value) in kept { replay.setCookie(name, value) }
                    let page = try await replay.get(path)
                    #expect(page.status == .seeOther && page.location?.hasPrefix("/signin") == true, "\(path): \(page.status)")
                    #expect(replay.cookies["ud_access"] == nil, "\(path) left the ended session's cookie")
                }
            }
        }
    }

    @Test("an expired access cookie is renewed from the refresh cookie, rotating it")
    func transparentRefresh() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let browser = PageClient(client)
                try await Self.signUp(browser, email: "robin@harbour.example")
                let refresh = browser.cookies["ud_refresh"]
                browser.setCookie("ud_access", "expired.or.forged")
                let page = try await browser.get("/practice")
                #expect(page.status == .ok)
                #expect(browser.cookies["ud_refresh"] != refresh && browser.cookies["ud_access"] != "expired.or.forged")
            }
        }
    }

    @Test("pages carry a strict CSP without unsafe-inline, and the session cookies are HttpOnly and SameSite=Lax")
    func headersAndCookies() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let browser = PageClient(client)
                let signIn = try await browser.get("/signin")
                try await Self.signUp(browser, email: "robin@harbour.example")
                _ = try await browser.post("/signout")
                let again = try await browser.post("/signin", ["email": "robin@harbour.example", "password": Self.password])
                #expect(again.status == .seeOther)
                let cookies = again.setCookies.filter { $0.hasPrefix("ud_access=") || $0.hasPrefix("ud_refresh=") }
                #expect(cookies.count == 2 && cookies.allSatisfy { $0.contains("HttpOnly") && $0.contains("SameSite=Lax") && $0.contains("Path=/") })
                for page in [signIn, try await browser.get("/"), try await browser.get("/practice"), try await browser.get("/practice/history")] {
                    let policy = try #require(page.headers[.contentSecurityPolicy])
                    #expect(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"))
                    #expect(!page.html.contains("<script>") && !page.html.contains(" style=\"") && !page.html.contains("onclick"))
                    #expect(page.headers[.xContentTypeOptions] == "nosniff")
                }
                _ = try await browser.post("/signout")
                let refused = try await browser.post("/signin", ["email": "robin@harbour.example", "password": "not the password"])
                #expect(refused.status == .unauthorized)
                #expect(refused.html.contains("That email and password don&#39;t match"))
            }
        }
    }
}

extension String {
    /// The first capture group of every match of `pattern`.
    func matches(_ pattern: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: self, range: NSRange(startIndex..., in: self)).compactMap { match in
            Range(match.range(at: 1), in: self).map { String(self[$0]) }
        }
    }
}

extension WebAppTests {
    @Test("an unknown page and a form over the body limit are HTML error pages; the API's stay JSON")
    func errorsOutsideThePages() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let browser = PageClient(client)
                let unknown = try await browser.get("/no/such/page")
                #expect(unknown.status == .notFound && unknown.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(unknown.html.contains("find that page"))
                try await browser.ensureCSRF()
                let huge = try await browser.post("/signin", ["email": String(repeating: "a", count: 2 << 20)])
                #expect(huge.status == .contentTooLarge && huge.headers[.contentType]?.hasPrefix("text/html") == true)
                let api = try await browser.get("/api/v1/no/such/thing")
                #expect(api.status == .notFound && api.headers[.contentType]?.hasPrefix("application/json") == true)
            }
        }
    }
}
