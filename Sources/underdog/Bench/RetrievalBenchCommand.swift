import ArgumentParser
import Foundation
import Logging
import PostgresNIO
import UnderdogStore

/// `underdog bench retrieval`: `match_knowledge` on a large generated knowledge base with its IVFFlat index:
/// latency (p50/p95), recall@10 of the index against an exact scan, and queries/s from concurrent clients.
///
/// The vectors are clustered (each chunk near one of a few hundred topics, as real sections are), because
/// uniformly random vectors have no near neighbours and would make any index look bad.
struct RetrievalBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrieval",
        abstract: "match_knowledge latency, recall@10 against an exact scan, and queries/s on generated chunks.",
        discussion: "Works in a scratch database, underdog_bench_retrieval, that it creates on the configured server and drops afterwards.")

    @Option(help: "Chunks generated.") var chunks = 100_000
    @Option(help: "Topics the chunks cluster around.") var topics = 300
    @Option(help: "Queries timed for each probes value (recall is measured on the first 100).") var queries = 200
    @Option(help: "Concurrent clients for the throughput run.") var clients = 8
    @Option(help: "Seconds the throughput run lasts.") var seconds = 10
    @Option(help: "ivfflat probes values to compare (comma-separated); the first is used for throughput.") var probes = "10,20,40"
    @Option(help: "Noise around each topic centre, as a share of the centres' own spread (1 = a chunk shares about half its direction with its topic).") var noise = 1.0
    @Option(help: "ivfflat lists the index is rebuilt with (migration 010 ships 100; pgvector suggests rows/1000 up to 1M rows).") var lists = 100

    func validate() throws {
        guard (1_000...2_000_000).contains(chunks), (10...10_000).contains(topics), (10...10_000).contains(queries),
              (1...64).contains(clients), (1...600).contains(seconds), !probeValues.isEmpty, (1...32_768).contains(lists), (0.01...10).contains(noise)
        else { throw ValidationError("--chunks 1000…2000000, --topics 10…10000, --queries 10…10000, --clients 1…64, --seconds 1…600, --probes n,n,…, --lists 1…32768, --noise 0.01…10") }
    }

    var probeValues: [Int] { probes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { (1...1000).contains($0) } }

    func run() async throws {
        let environment = try CommandEnvironment()
        var logger = Logger(label: "underdog.bench")
        logger.logLevel = .warning
        try await ScratchDatabase.using(named: "underdog_bench_retrieval", on: try environment.resolvedDatabaseURL(), logger: logger) { url in
            try await measure(url: url, logger: logger)
        }
    }

    private func measure(url: DatabaseURL, logger: Logger) async throws {
        try await Database.withConnected(to: url, logger: logger) { database in
            _ = try await Migrator(migrations: try Migration.bundled(), logger: logger).migrate(on: database.client)
            let started = ContinuousClock.now
            try await database.ownerConnection { connection in
                try await generate(on: connection, logger: logger)
            }
            say("prepared \(chunks) chunks around \(topics) topics (noise \(noise)), IVFFlat index rebuilt (lists = \(lists)) in \(Int((ContinuousClock.now - started).components.seconds)) s")

            let exact = try await database.ownerConnection { connection in
                try await exactNeighbours(on: connection, logger: logger)
            }
            for value in probeValues {
                let (latencies, found) = try await database.ownerConnection { connection in
                    try await timedQueries(probes: value, exact: exact, on: connection, logger: logger)
                }
                let recall = Double(found) / Double(exact.count * 10)
                say(String(format: "probes %3d: p50 %.2f ms, p95 %.2f ms, recall@10 %.3f (targets: p95 < 10 ms, recall ≥ 0.95)",
                           value, LatencySummary.percentile(0.5, of: latencies), LatencySummary.percentile(0.95, of: latencies), recall))
            }
            let perSecond = try await throughput(probes: probeValues[0], client: database.client, logger: logger)
            say(String(format: "throughput at probes %d: %.0f queries/s from %d clients over %d s (target ≥ 300)", probeValues[0], perSecond, clients, seconds))
        }
    }

    /// Topic centres, chunks scattered around them, query vectors drawn the same way; then ANALYZE (the
    /// function reads the row estimate) and a rebuild of the index so its lists fit the data.
    private func generate(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            CREATE TABLE bench_topics AS
            SELECT t AS id, ARRAY(SELECT (random() * 2 - 1)::float4 FROM generate_series(1, 1536) WHERE t > 0) AS centre
              FROM generate_series(1, \(Int32(topics))) t
            """, logger: logger)
        let batch = 10_000
        for start in stride(from: 0, to: chunks, by: batch) {
            let count = min(batch, chunks - start)
            try await connection.run("""
                INSERT INTO public.knowledge_base (source, source_file, section_title, content, embedding)
                SELECT 'wiki', 'bench/' || (n % 97) || '.md', 'Generated section ' || n, 'Generated text ' || n,
                       ARRAY(SELECT c.centre[d] + (random() * 2 - 1)::float4 * \(Float(noise)) FROM generate_series(1, 1536) d)::vector
                  FROM generate_series(\(Int32(start + 1)), \(Int32(start + count))) n
                  JOIN bench_topics c ON c.id = 1 + (n % \(Int32(topics)))
                """, logger: logger)
            FileHandle.standardError.write(Data("\r  generated \(start + count)/\(chunks)".utf8))
        }
        FileHandle.standardError.write(Data("\n".utf8))
        try await connection.run("""
            CREATE TABLE bench_queries AS
            SELECT q AS id, ARRAY(SELECT c.centre[d] + (random() * 2 - 1)::float4 * \(Float(noise)) FROM generate_series(1, 1536) d)::vector AS v
              FROM generate_series(1, \(Int32(queries))) q JOIN bench_topics c ON c.id = 1 + ((q * 7919) % \(Int32(topics)))
            """, logger: logger)
        try await connection.run("ANALYZE public.knowledge_base", logger: logger)
        // IVFFlat's build keeps every sampled vector in memory: 100,000 of 1536 dimensions need more than the default 64 MB.
        try await connection.run("SET maintenance_work_mem = '512MB'", logger: logger)
        try await connection.run("DROP INDEX public.idx_knowledge_base_embedding", logger: logger)
        try await connection.run("""
            CREATE INDEX idx_knowledge_base_embedding ON public.knowledge_base
                USING ivfflat (embedding vector_cosine_ops) WITH (lists = \(unescaped: String(lists)))
            """, logger: logger)
    }

    /// The true 10 nearest chunks of the first 100 queries, by a sequential scan.
    private func exactNeighbours(on connection: PostgresConnection, logger: Logger) async throws -> [Int: Set<UUID>] {
        try await connection.run("SET enable_indexscan = off", logger: logger)
        var exact: [Int: Set<UUID>] = [:]
        for id in 1...min(100, queries) {
            let rows = try await connection.query("""
                SELECT k.id FROM public.knowledge_base k, bench_queries q WHERE q.id = \(id)
                 ORDER BY k.embedding <=> q.v LIMIT 10
                """, logger: logger).collect()
            exact[id] = Set(try rows.map { try $0.decode(UUID.self) })
        }
        try await connection.run("RESET enable_indexscan", logger: logger)
        return exact
    }

    private func timedQueries(probes: Int, exact: [Int: Set<UUID>], on connection: PostgresConnection, logger: Logger) async throws -> ([Double], Int) {
        try await connection.run("SELECT set_config('underdog.ivfflat_probes', \(String(probes)), false)", logger: logger)
        var latencies: [Double] = []
        var found = 0
        let clock = ContinuousClock()
        for id in 1...queries {
            let started = clock.now
            let rows = try await connection.query("""
                SELECT m.id FROM public.match_knowledge((SELECT v FROM bench_queries WHERE id = \(id)), -1, 10) m
                """, logger: logger).collect()
            let elapsed = clock.now - started
            latencies.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            if let truth = exact[id] { found += try rows.map { try $0.decode(UUID.self) }.filter(truth.contains).count }
        }
        return (latencies.sorted(), found)
    }

    private func throughput(probes: Int, client: PostgresClient, logger: Logger) async throws -> Double {
        let deadline = ContinuousClock.now + .seconds(seconds)
        let queries = self.queries
        let total = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<clients {
                group.addTask {
                    try await client.withConnection { connection in
                        try await connection.run("SELECT set_config('underdog.ivfflat_probes', \(String(probes)), false)", logger: logger)
                        var done = 0
                        while ContinuousClock.now < deadline {
                            let id = 1 + (worker * 31 + done) % queries
                            _ = try await connection.query("""
                                SELECT m.id FROM public.match_knowledge((SELECT v FROM bench_queries WHERE id = \(id)), -1, 10) m
                                """, logger: logger).collect()
                            done += 1
                        }
                        return done
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        return Double(total) / Double(seconds)
    }
}
