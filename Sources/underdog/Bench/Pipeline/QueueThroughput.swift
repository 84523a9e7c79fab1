import Foundation
import Logging
import UnderdogStore

/// The queue alone: jobs that do nothing, claimed and completed by several workers until none is left.
enum QueueThroughput {
    struct Figure {
        let jobs: Int
        let workers: Int
        let seconds: Double
        var perSecond: Double { Double(jobs) / seconds }
        var line: String {
            String(format: "queue: %d jobs in %.2f s with %d workers: %.0f jobs/s (claim + complete, one statement each)",
                   jobs, seconds, workers, perSecond)
        }
    }

    static func fill(_ database: Database, jobs: Int, logger: Logger) async throws {
        try await database.ownerConnection { connection in
            try await connection.run("INSERT INTO app.jobs (kind) SELECT 'bench' FROM generate_series(1, \(Int32(jobs)))", logger: logger)
            try await connection.run("ANALYZE app.jobs", logger: logger)
        }
    }

    static func drain(_ database: ServiceDatabase, jobs: Int, workers: Int) async throws -> Figure {
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
        guard done == jobs else { throw CommandError("\(done) jobs completed, \(jobs) were queued") }
        return Figure(jobs: done, workers: workers, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
