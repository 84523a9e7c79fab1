import ArgumentParser
import AsyncHTTPClient
import Foundation
import HummingbirdBcrypt
import Logging
import Metrics
import NIOCore
import NIOHTTP1
import PostgresNIO
import Prometheus
import ServiceLifecycle
import UnderdogBlobs
import UnderdogDomain
import UnderdogServer
import UnderdogStore

/// `underdog bench pages`: the rep's home and a score card, signed in by cookie as a browser is, loaded by
/// wrk; beside each, pgbench running the very transaction that page runs (its first statement sets the
/// viewer's identity and is the session's liveness check, then the page's own reads under RLS), and the ratio
/// of the two.
struct PagesBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pages",
        abstract: "Pages/s and p50/p99 of the home page and a score card, beside pgbench running the same transaction.",
        discussion: "Works in a scratch database, underdog_bench_pages, that it creates on the configured server and drops afterwards.")

    @OptionGroup var options: BenchLoadOptions
    var connections: Int { options.connections }
    var seconds: Int { options.seconds }
    var warmup: Int { options.warmup }
    var sessions: Int { options.sessions }

    func run() async throws {
        let environment = try CommandEnvironment()
        let logger = BenchServer.logger
        let tools = try BenchServer.tools(environment)
        let (wrk, pgbench) = (tools.wrk, tools.pgbench)

        let server = try environment.resolvedDatabaseURL()
        try await ScratchDatabase.using(named: "underdog_bench_pages", on: server, logger: logger) { url in
            try await measure(url: url, wrk: wrk, pgbench: pgbench, environment: environment, logger: logger)
        }
    }

    private func measure(url: DatabaseURL, wrk: String, pgbench: String, environment: CommandEnvironment, logger: Logger) async throws {
        say("preparing: migrating a scratch database, writing \(sessions) scored sessions and one played, scored call")
        let content = try ContentCatalog.load(directory: environment.contentDirectory)
        let password = CommandEnvironment.randomToken(bytes: 12)
        let (fixture, scoreCardID) = try await Database.withConnected(to: url, logger: logger) { database in
            _ = try await Migrator(migrations: try Migration.bundled(), logger: logger).migrate(on: database.client)
            let fixture = try await APIBenchFixture.write(
                sessions: sessions, passwordHash: Bcrypt.hash(password, cost: 4), password: password, database: database)
            let history = SampleHistory(database: database, personas: content.personas, rubric: content.rubric)
            let id = try await database.transaction(as: .service) { connection in
                try await history.recordScriptedCall(userID: fixture.repID, at: Date(), on: connection, logger: logger)
            }
            return (fixture, id)
        }

        try await BenchServer.running(url: url, poolSize: environment.databasePoolSize, content: content, logger: logger) { site in
            let browser = try await BrowserSignIn.signIn(site: site, email: APIBenchFixture.email, password: fixture.password)
            let session = try APIBenchCommand.sessionID(of: browser.accessToken)
            let identity = SetIdentityStatement(
                .user(fixture.repID, email: APIBenchFixture.email, session: session, clientIP: "127.0.0.1", userAgent: nil))

            let since = ScoreTrend.start(ofWeeks: 12)
            let rep = fixture.repID.uuidString.lowercased()
            let card = "/practice/sessions/\(scoreCardID.uuidString.lowercased())"
            let pages: [(name: String, path: String, reads: [PgbenchRun.Statement])] = [
                ("home", "/", [
                    try PgbenchRun.Statement(identity, parameters: identity.parameters),
                    try PgbenchRun.Statement(
                        ScoredSessionsStatement(since: since, userID: fixture.repID, limit: ScoreHistoryQueries.maximumSessions),
                        parameters: [ISO8601DateFormatter().string(from: since), rep, "\(ScoreHistoryQueries.maximumSessions)"]),
                    try PgbenchRun.Statement(ListSessionsStatement(cursor: nil, limit: 5, userID: fixture.repID), parameters: [rep, nil, nil, "6", nil, nil]),
                ]),
                ("score card", card, [
                    try PgbenchRun.Statement(identity, parameters: identity.parameters),
                    try PgbenchRun.Statement(FindSessionStatement(id: scoreCardID), parameters: [scoreCardID.uuidString.lowercased()]),
                ]),
            ]

            var rows: [(name: String, page: LatencySummary, floor: LatencySummary, bytes: PageWeight)] = []
            for page in pages {
                let weight = try await PageWeight.measure(site: site, path: page.path, cookie: browser.cookieHeader)
                let load = WrkRun(executable: wrk, url: site + page.path, headers: ["Cookie: \(browser.cookieHeader)"],
                                  connections: connections, threads: min(2, connections))
                say("\(page.name): wrk, \(connections) signed-in clients, \(warmup) s warm-up then \(seconds) s")
                if warmup > 0 { _ = try await load.run(seconds: warmup) }
                let cpuBefore = ProcessCPU.seconds()
                var measured = try await load.run(seconds: seconds)
                measured.serverCPUMicroseconds = (ProcessCPU.seconds() - cpuBefore) * 1_000_000 / Double(max(measured.count, 1))
                let direct = PgbenchRun(executable: pgbench, url: url, transactions: [page.reads],
                                        clients: connections, threads: min(2, connections))
                say("\(page.name): pgbench, the same transaction, \(warmup) s warm-up then \(seconds) s")
                if warmup > 0 { _ = try await direct.run(seconds: warmup) }
                rows.append((page.name, measured, try await direct.run(seconds: seconds), weight))
            }
            // The same session through the JSON API, bearer-signed with the very token the cookie holds: what
            // the framework, the transactions and the decoding cost without a page to render.
            let api = WrkRun(executable: wrk, url: site + "/api/v1/sessions/\(scoreCardID.uuidString.lowercased())",
                             headers: ["Authorization: Bearer \(browser.accessToken)"], connections: connections, threads: min(2, connections))
            say("the score card's session as JSON: wrk, \(connections) clients, \(seconds) s")
            let json = try await api.run(seconds: seconds)
            Self.report(rows)
            say(String(format: "for reference, GET /api/v1/sessions/:id (the score card's session as JSON): %.0f/s, p50 %.2f ms, p99 %.2f ms; the page does %.2f× its rate",
                       json.requestsPerSecond, json.p50Milliseconds, json.p99Milliseconds, rows[1].page.requestsPerSecond / json.requestsPerSecond))
        }
    }

    static func report(_ rows: [(name: String, page: LatencySummary, floor: LatencySummary, bytes: PageWeight)]) {
        func row(_ cells: [String]) -> String {
            cells[0].padding(toLength: 30, withPad: " ", startingAt: 0)
                + cells.dropFirst().map { String(repeating: " ", count: max(0, 11 - $0.count)) + $0 }.joined()
        }
        func figures(_ name: String, _ summary: LatencySummary) -> String {
            row([name, String(format: "%.0f", summary.requestsPerSecond), String(format: "%.2f", summary.p50Milliseconds),
                 String(format: "%.2f", summary.p99Milliseconds), "\(summary.count)"])
        }
        say()
        say(row(["", "per s", "p50 ms", "p99 ms", "count"]))
        for entry in rows {
            say(figures("\(entry.name) page (wrk)", entry.page))
            say(figures("\(entry.name) SQL (pgbench)", entry.floor))
        }
        say()
        for entry in rows {
            let ratio = entry.page.requestsPerSecond / entry.floor.requestsPerSecond
            let met = ratio >= 0.5 && entry.page.p99Milliseconds <= 50 && entry.bytes.total <= 100_000 && entry.bytes.foreign.isEmpty
            say(String(format: "%@: pages/pgbench %.2f×, p99 %.1f ms, %@ — %@",
                       entry.name, ratio, entry.page.p99Milliseconds, entry.bytes.description, met ? "meets the goals" : "MISSES a goal"))
            if let cpu = entry.page.serverCPUMicroseconds {
                say(String(format: "%@: the server's CPU per page %.0f µs (user + system, this process only)", entry.name, cpu))
            }
            for note in [entry.page.note, entry.floor.note].compactMap({ $0 }) { say("note: \(note)") }
        }
        say("goals on 2 cores: p99 ≤ 50 ms, pages/s ≥ 0.5× pgbench's transactions/s, HTML + CSS + JS ≤ 100 KB, nothing from another origin")
    }
}

/// A browser's sign-in, by the sign-in form: the CSRF cookie and field from GET /signin, then the POST that
/// answers with the session cookies.
struct BrowserSignIn {
    let accessToken: String
    let cookieHeader: String

    static func signIn(site: String, email: String, password: String) async throws -> BrowserSignIn {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            let form = try await client.execute(HTTPClientRequest(url: site + "/signin"), timeout: .seconds(30))
            guard let csrf = cookies(form.headers)["ud_csrf"] else { throw CommandError("GET /signin set no CSRF cookie") }
            var post = HTTPClientRequest(url: site + "/signin")
            post.method = .POST
            post.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            post.headers.add(name: "Cookie", value: "ud_csrf=\(csrf)")
            post.body = .bytes(ByteBuffer(string: formEncoded(["email": email, "password": password, "_csrf": csrf])))
            let answer = try await client.execute(post, timeout: .seconds(30))
            guard answer.status == .seeOther || answer.status == .found, let access = cookies(answer.headers)["ud_access"] else {
                throw CommandError("the bench rep could not sign in through the form (HTTP \(answer.status.code))")
            }
            try await client.shutdown()
            return BrowserSignIn(accessToken: access, cookieHeader: "ud_csrf=\(csrf); ud_access=\(access)")
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    static func cookies(_ headers: HTTPHeaders) -> [String: String] {
        var found: [String: String] = [:]
        for value in headers["Set-Cookie"] {
            let pair = value.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { found[String(pair[0]).trimmingCharacters(in: .whitespaces)] = String(pair[1]) }
        }
        return found
    }

    static func formEncoded(_ fields: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }
}

/// What a page costs the browser: its HTML and every stylesheet and script it links, and any URL in it
/// that points at another origin.
struct PageWeight: CustomStringConvertible {
    var html = 0
    var assets = 0
    var foreign: [String] = []
    var total: Int { html + assets }

    var description: String {
        String(format: "%.1f KB (HTML %.1f + CSS/JS %.1f)", Double(total) / 1000, Double(html) / 1000, Double(assets) / 1000)
            + (foreign.isEmpty ? "" : ", from other origins: " + foreign.joined(separator: " "))
    }

    static func measure(site: String, path: String, cookie: String) async throws -> PageWeight {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        defer { _ = client.shutdown() as EventLoopFuture<Void> }
        func fetch(_ url: String) async throws -> String {
            var request = HTTPClientRequest(url: url)
            request.headers.add(name: "Cookie", value: cookie)
            let response = try await client.execute(request, timeout: .seconds(30))
            guard response.status == .ok else { throw CommandError("GET \(url) answered \(response.status.code)") }
            return String(buffer: try await response.body.collect(upTo: 10_000_000))
        }
        let html = try await fetch(site + path)
        var weight = PageWeight(html: html.utf8.count)
        for reference in references(in: html) {
            if reference.hasPrefix("http://") || reference.hasPrefix("https://") || reference.hasPrefix("//") {
                weight.foreign.append(reference)
            } else if reference.hasPrefix("/assets/") {
                weight.assets += try await fetch(site + reference).utf8.count
            }
        }
        return weight
    }

    /// The `href` or `src` of every tag the browser fetches by itself: `<link>`, `<script>`, `<img>`.
    static func references(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let tag = rest[open...].prefix { $0 != ">" }
            rest = rest[tag.endIndex...]
            guard ["<link ", "<script ", "<img "].contains(where: { tag.hasPrefix($0) }) else { continue }
            for attribute in [" href=\"", " src=\""] {
                if let start = tag.range(of: attribute), let end = tag[start.upperBound...].firstIndex(of: "\"") {
                    found.append(String(tag[start.upperBound..<end]))
                }
            }
        }
        return found
    }
}
