import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HummingbirdBcrypt
import Logging
import Metrics
import PostgresNIO
import Prometheus
import ServiceLifecycle
import UnderdogBlobs
import UnderdogServer
import UnderdogStore

/// `underdog bench api`: an authenticated list endpoint under RLS, loaded by wrk at a fixed concurrency,
/// beside the very same transactions run by pgbench on the same PostgreSQL, and the ratio of the two.
struct APIBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api",
        abstract: "Requests/s and p50/p99 of GET /api/v1/sessions, beside pgbench running the same SQL.",
        discussion: "Works in a scratch database, underdog_bench, that it creates on the configured server and drops afterwards.")

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
        try await ScratchDatabase.using(named: "underdog_bench", on: server, logger: logger) { url in
            try await measure(url: url, wrk: wrk, pgbench: pgbench, environment: environment, logger: logger)
        }
    }

    private func measure(url: DatabaseURL, wrk: String, pgbench: String, environment: CommandEnvironment, logger: Logger) async throws {
        say("preparing: migrating a scratch database and writing \(sessions) scored sessions")
        let password = CommandEnvironment.randomToken(bytes: 12)
        let fixture = try await Database.withConnected(to: url, logger: logger) { database in
            _ = try await Migrator(migrations: try Migration.bundled(), logger: logger).migrate(on: database.client)
            return try await APIBenchFixture.write(
                sessions: sessions, passwordHash: Bcrypt.hash(password, cost: 4), password: password, database: database)
        }

        try await BenchServer.running(url: url, poolSize: environment.databasePoolSize, content: try ContentCatalog.load(directory: environment.contentDirectory), logger: logger) { site in
            let base = site + "/api/v1"
            let token = try await Self.signIn(base: base, email: APIBenchFixture.email, password: fixture.password)

            let load = WrkRun(
                executable: wrk, url: base + "/sessions", headers: ["Authorization: Bearer \(token)"],
                connections: connections, threads: min(2, connections))
            say("API: wrk, \(connections) connections, \(warmup) s warm-up then \(seconds) s")
            if warmup > 0 { _ = try await load.run(seconds: warmup) }
            let api = try await load.run(seconds: seconds)

            // The request's own first statement, with the session the token names: the live-session check runs.
            let session = try Self.sessionID(of: token)
            func direct(session: UUID?) throws -> PgbenchRun {
                let identity = SetIdentityStatement(
                    .user(fixture.repID, email: APIBenchFixture.email, session: session, clientIP: "127.0.0.1", userAgent: nil))
                let statements = [
                    try PgbenchRun.Statement(identity, parameters: identity.parameters),
                    // The handler's first page: no member filter, no cursor, 25 rows and one to look ahead.
                    try PgbenchRun.Statement(ListSessionsStatement(cursor: nil, limit: 25, userID: nil), parameters: [nil, nil, nil, "26", nil, nil]),
                ]
                return PgbenchRun(executable: pgbench, url: url, statements: statements, clients: connections, threads: min(2, connections))
            }
            say("PostgreSQL: pgbench, \(connections) clients, \(warmup) s warm-up then \(seconds) s, with the session check")
            if warmup > 0 { _ = try await direct(session: session).run(seconds: warmup) }
            let floor = try await direct(session: session).run(seconds: seconds)
            say("PostgreSQL: pgbench, the same without a session to check, \(seconds) s")
            let unchecked = try await direct(session: nil).run(seconds: seconds)

            Self.report(api: api, floor: floor)
            say(String(format: "the session check in the database: %.0f/s with it, %.0f/s without (%.1f%% of throughput)",
                       floor.requestsPerSecond, unchecked.requestsPerSecond,
                       100 * (1 - floor.requestsPerSecond / unchecked.requestsPerSecond)))
        }
    }

    /// The `session_id` claim of an access token (read, not verified: the bench issued it to itself).
    static func sessionID(of token: String) throws -> UUID {
        let parts = token.split(separator: ".")
        guard parts.count == 3 else { throw CommandError("the access token is not a JWT") }
        var payload = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        payload += String(repeating: "=", count: (4 - payload.count % 4) % 4)
        guard let data = Data(base64Encoded: payload),
              let claims = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let session = (claims["session_id"] as? String).flatMap(UUID.init(uuidString:))
        else { throw CommandError("the access token names no session") }
        return session
    }

    static func signIn(base: String, email: String, password: String) async throws -> String {
        var request = URLRequest(url: URL(string: base + "/auth/signin")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["email": email, "password": password])
        let (body, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200,
              let object = try JSONSerialization.jsonObject(with: body) as? [String: Any],
              let token = object["access_token"] as? String
        else { throw CommandError("the bench rep could not sign in: \(String(decoding: body, as: UTF8.self))") }
        return token
    }

    static func report(api: LatencySummary, floor: LatencySummary) {
        func row(_ cells: [String]) -> String {
            cells[0].padding(toLength: 34, withPad: " ", startingAt: 0)
                + cells.dropFirst().map { String(repeating: " ", count: max(0, 11 - $0.count)) + $0 }.joined()
        }
        func figures(_ name: String, _ summary: LatencySummary) -> String {
            row([name, String(format: "%.0f", summary.requestsPerSecond), String(format: "%.2f", summary.p50Milliseconds),
                 String(format: "%.2f", summary.p99Milliseconds), "\(summary.count)"])
        }
        say()
        say(row(["", "per s", "p50 ms", "p99 ms", "count"]))
        say(figures("GET /api/v1/sessions (wrk)", api))
        say(figures("same SQL, same RLS (pgbench)", floor))
        for note in [api.note, floor.note].compactMap({ $0 }) { say("note: \(note)") }
        say(String(format: "API / pgbench: throughput %.2f×, p50 %.2f×, p99 %.2f×",
                   api.requestsPerSecond / floor.requestsPerSecond,
                   api.p50Milliseconds / floor.p50Milliseconds,
                   api.p99Milliseconds / floor.p99Milliseconds))
        say("targets on 2 cores: ≥ 2500 requests/s, p50 within 1.5× of pgbench's")
    }
}
