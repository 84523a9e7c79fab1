import ArgumentParser
import Foundation
import Logging
import PostgresNIO
import UnderdogStore

/// `underdog bench queue`: the job queue alone. Workers claim and complete jobs that do nothing, so the
/// figure is what PostgreSQL and the queue's statements can move, the ceiling for the pipeline's scheduling.
struct QueueBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Jobs/s of the PostgreSQL job queue alone: claim + complete, several workers at once.",
        discussion: "Works in a scratch database, underdog_bench_queue, that it creates on the configured server and drops afterwards.")

    @Option(help: "Jobs queued before the measured run.") var jobs = 30_000
    @Option(help: "Workers claiming at once, each with its own connection.") var workers = 8

    func validate() throws {
        guard (100...1_000_000).contains(jobs) else { throw ValidationError("--jobs must be 100 to 1000000") }
        guard (1...64).contains(workers) else { throw ValidationError("--workers must be 1 to 64") }
    }

    func run() async throws {
        let environment = try CommandEnvironment()
        var logger = Logger(label: "underdog.bench")
        logger.logLevel = .warning
        let scratch = try await ScratchDatabase.create(on: try environment.resolvedDatabaseURL(), named: "underdog_bench_queue", logger: logger)
        do {
            try await measure(url: scratch.url, logger: logger)
        } catch {
            try? await scratch.drop(logger: logger)
            if let error = error as? PSQLError { throw CommandError("PostgreSQL: \(String(reflecting: error))") }
            throw error
        }
        try await scratch.drop(logger: logger)
    }

    private func measure(url: DatabaseURL, logger: Logger) async throws {
        try await Database.withConnected(to: url, logger: logger) { database in
            say("preparing: migrating a scratch database and queueing \(jobs) jobs")
            _ = try await Migrator(migrations: try Migration.bundled(), logger: logger).migrate(on: database.client)
            try await database.ownerConnection { connection in
                try await connection.run(
                    "INSERT INTO app.jobs (kind) SELECT 'bench' FROM generate_series(1, \(Int32(jobs)))", logger: logger)
                try await connection.run("ANALYZE app.jobs", logger: logger)
            }

            try await ServiceDatabase.withConnected(to: url, logger: logger, maximumConnections: workers) { service in
                try await drain(service)
            }
        }
    }

    private func drain(_ database: ServiceDatabase) async throws {
        say("measuring: \(workers) workers claim and complete until the queue is empty")
        let started = ContinuousClock.now
        let done = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<workers {
                group.addTask {
                    let queue = JobQueue(database: database, worker: "bench-\(index)")
                    var count = 0
                    while let job = try await queue.claim(kinds: ["bench"]) {
                        guard try await queue.succeed(job) else { throw CommandError("job \(job.id) lost its lease") }
                        count += 1
                    }
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        guard done == jobs else { throw CommandError("\(done) jobs completed, \(jobs) were queued") }
        say()
        say(String(format: "queue: %d jobs in %.2f s with %d workers: %.0f jobs/s (claim + complete, one statement each)",
                   done, seconds, workers, Double(done) / seconds))
        say("target on 2 cores with PostgreSQL on the same machine: ≥ 3000 jobs/s")
    }
}
