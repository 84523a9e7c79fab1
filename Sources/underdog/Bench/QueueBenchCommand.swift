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
        try await ScratchDatabase.using(named: "underdog_bench_queue", on: try environment.resolvedDatabaseURL(), logger: logger) { url in
            try await measure(url: url, logger: logger)
        }
    }

    private func measure(url: DatabaseURL, logger: Logger) async throws {
        try await Database.withConnected(to: url, logger: logger) { database in
            say("preparing: migrating a scratch database and queueing \(jobs) jobs")
            _ = try await Migrator(migrations: try Migration.bundled(), logger: logger).migrate(on: database.client)
            try await QueueThroughput.fill(database, jobs: jobs, logger: logger)

            try await ServiceDatabase.withConnected(to: url, logger: logger, maximumConnections: workers) { service in
                let figure = try await QueueThroughput.drain(service, jobs: jobs, workers: workers)
                say()
                say(figure.line)
                say("target on 2 cores with PostgreSQL on the same machine: ≥ 3000 jobs/s")
            }
        }
    }
}
