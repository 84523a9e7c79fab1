import ArgumentParser
import AsyncHTTPClient
import Foundation
import HummingbirdBcrypt
import Logging
import NIOCore
import NIOHTTP1
import UnderdogServer
import UnderdogStore

/// `underdog bench coach`: how soon the offline coach's answer starts. The shipped playbook is ingested into a
/// scratch database, a rep signs in, and each question is sent to `POST /api/v1/coach/messages` one at a time;
/// the time to the first byte of the event stream and to its end are printed.
struct CoachBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach", abstract: "Time to the coach's first byte and to the whole answer, offline, over the shipped playbook.",
        discussion: "Works in a scratch database, underdog_bench_coach, that it creates on the configured server and drops afterwards.")

    @Option(help: "Questions asked (cycling through the team's question set), after 5 unmeasured ones.") var questions = 100

    func validate() throws {
        guard (1...10_000).contains(questions) else { throw ValidationError("--questions 1…10000") }
    }

    func run() async throws {
        let environment = try CommandEnvironment()
        let logger = BenchServer.logger
        let server = try environment.resolvedDatabaseURL()
        let contentFolder = URL(fileURLWithPath: environment.contentDirectory).standardizedFileURL
        let asked = try Self.questionSet(contentFolder)
        try await ScratchDatabase.using(named: "underdog_bench_coach", on: server, logger: logger) { url in
            say("preparing: migrating a scratch database and ingesting the playbook (offline embedder)")
            let password = CommandEnvironment.randomToken(bytes: 12)
            let fixture = try await Database.withConnected(to: url, logger: logger) { database in
                _ = try await Migrator(migrations: try Migration.bundled(), logger: logger).migrate(on: database.client)
                _ = try await KnowledgeIngestion(database: database, logger: logger)
                    .run(roots: [contentFolder], base: contentFolder.deletingLastPathComponent(), embedder: .local(refit: false)) { _, _ in }
                return try await APIBenchFixture.write(sessions: 1, passwordHash: Bcrypt.hash(password, cost: 4), password: password, database: database)
            }
            let content = try ContentCatalog.load(directory: environment.contentDirectory)
            try await BenchServer.running(url: url, poolSize: environment.databasePoolSize, content: content, logger: logger) { site in
                let token = try await APIBenchCommand.signIn(base: site + "/api/v1", email: APIBenchFixture.email, password: fixture.password)
                var firstByte: [Double] = []
                var whole: [Double] = []
                for index in 0..<(questions + 5) {
                    let (first, total) = try await Self.ask(asked[index % asked.count], site: site, token: token)
                    guard index >= 5 else { continue }
                    firstByte.append(first)
                    whole.append(total)
                }
                firstByte.sort()
                whole.sort()
                say("\(questions) questions, one at a time, offline coach (extractive answers, offline embedder)")
                say(String(format: "first byte: p50 %.1f ms, p95 %.1f ms, max %.1f ms (target < 100 ms)",
                           LatencySummary.percentile(0.5, of: firstByte), LatencySummary.percentile(0.95, of: firstByte), firstByte.last ?? 0))
                say(String(format: "whole answer: p50 %.1f ms, p95 %.1f ms", LatencySummary.percentile(0.5, of: whole), LatencySummary.percentile(0.95, of: whole)))
            }
        }
    }

    /// The team's own questions, the ones the retriever is tuned on: a bench measures speed, not quality.
    static func questionSet(_ content: URL) throws -> [String] {
        let file = content.appendingPathComponent("evaluation/wiki-questions.json")
        let items = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]] ?? []
        let questions = items.compactMap { $0["question"] as? String }
        guard !questions.isEmpty else { throw CommandError("\(file.path) holds no questions") }
        return questions
    }

    /// One question, streamed: milliseconds to the first body byte and to the end of the answer.
    static func ask(_ question: String, site: String, token: String) async throws -> (Double, Double) {
        var request = HTTPClientRequest(url: site + "/api/v1/coach/messages")
        request.method = .POST
        request.headers.add(name: "authorization", value: "Bearer \(token)")
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "accept", value: "text/event-stream")
        request.body = .bytes(ByteBuffer(data: try JSONSerialization.data(withJSONObject: ["message": question, "mode": "techniques"])))
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        guard response.status == .ok else { throw CommandError("the coach answered \(response.status.code)") }
        var first: Duration?
        for try await _ in response.body where first == nil { first = clock.now - start }
        let end = clock.now - start
        func ms(_ duration: Duration) -> Double { Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15 }
        return (ms(first ?? end), ms(end))
    }
}
