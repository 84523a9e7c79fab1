import Foundation
import Logging
import PostgresNIO
import UnderdogProcess
import UnderdogStore

/// Two workers wait; a recording is uploaded; the worker that takes its job is SIGKILLed at once, mid-job.
/// The figure is the time until the other worker runs the job: the lease (UNDERDOG_WORKER_LEASE, 30 s by
/// default) plus at most one poll.
enum TakeoverBench {
    static func run(database: Database, environment: [String: String], folder: URL, enqueue: () async throws -> Void) async throws -> Double {
        let workers = try (1...2).map { index in
            try ServerProcess.start(["worker"], environment: environment, log: folder.appendingPathComponent("worker-\(index).log").path)
        }
        defer {
            for worker in workers {
                worker.signal(SIGKILL)
                worker.wait()
            }
        }
        try await Task.sleep(for: .seconds(3))  // both are up, idle and polling
        try await enqueue()
        guard let (job, holder) = try await waitForJob(database: database, seconds: 60, excluding: nil) else {
            throw CommandError("no worker took the job:\n\(workers[0].output.suffix(1500))")
        }
        workers.first { $0.pid == holder }?.signal(SIGKILL)
        let killed = ContinuousClock.now
        say("killed worker \(holder) during job \(job); waiting for the other worker to take it over")
        guard let (again, _) = try await waitForJob(database: database, seconds: 300, excluding: holder), again == job else {
            throw CommandError("the job was not taken over within 300 s")
        }
        return TranscriptionBench.seconds(ContinuousClock.now - killed)
    }

    /// The running job and the pid of the worker holding it, once some worker other than `excluding` holds one.
    static func waitForJob(database: Database, seconds: Double, excluding: pid_t?) async throws -> (Int64, pid_t)? {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            let rows = try await database.client.query(
                "SELECT id, split_part(leased_by, ':', 2)::int FROM app.jobs WHERE state = 'running'", logger: database.logger).collect()
            for row in rows {
                let (id, pid) = try row.decode((Int64, Int32).self)
                if pid != excluding { return (id, pid) }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }
}
