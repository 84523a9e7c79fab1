import Foundation
import Logging
import ServiceLifecycle
import UnderdogStore

/// Runs the retention purge every `interval` through the job queue, as a service beside the call-analysis
/// workers (in `underdog serve` and `underdog worker`). Every process keeps one purge queued; the queue hands
/// it to one of them when it is due, and that one queues the next. A purge that fails is retried with the
/// queue's backoff; one whose process died is taken over when its lease runs out.
public struct RetentionSchedule: Service {
    public let purge: RetentionPurge
    let queue: JobQueue
    let interval: Duration
    let pollSeconds: Double
    let logger: Logger

    public init(purge: RetentionPurge, interval: Duration, pollSeconds: Double = 60, logger: Logger) {
        self.purge = purge
        let worker = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        self.queue = JobQueue(database: purge.service, worker: worker, leaseSeconds: 60)
        self.interval = interval
        self.pollSeconds = pollSeconds
        self.logger = logger
    }

    public func run() async throws {
        logger.info("retention schedule started", metadata: ["interval_h": "\(interval.components.seconds / 3600)"])
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await runDue()
                try? await Task.sleep(for: .seconds(pollSeconds))
            }
        }
    }

    /// Makes sure a purge is queued, then runs it if it is due. Public for tests and `underdog admin purge`.
    public func runDue(now: Date = Date()) async {
        do {
            try await RetentionQueries.schedule(at: now.addingTimeInterval(interval.seconds), on: purge.service.client, logger: logger)
            guard let job = try await queue.claim(kinds: [RetentionQueries.jobKind]) else { return }
            do {
                let report = try await withHeartbeat(job) { try await purge.run(dryRun: false) }
                _ = try await queue.succeed(job)
                logger.info("retention purge finished", metadata: ["job_id": "\(job.id)", "rows": "\(report.total)"])
            } catch {
                _ = try? await queue.fail(job, error: "\(error)")
                logger.warning("retention purge failed; it will be retried", metadata: ["job_id": "\(job.id)", "error": "\(error)"])
            }
            try await RetentionQueries.schedule(at: Date().addingTimeInterval(interval.seconds), on: purge.service.client, logger: logger)
        } catch {
            logger.warning("retention schedule could not reach the queue", metadata: ["error": "\(error)"])
        }
    }

    private func withHeartbeat<Result: Sendable>(_ job: ClaimedJob, _ body: @escaping @Sendable () async throws -> Result) async throws -> Result {
        try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: .seconds(20))
                    _ = try? await queue.heartbeat(job)
                }
                return nil
            }
            defer { group.cancelAll() }
            while let result = try await group.next() {
                if let result { return result }
            }
            throw CancellationError()
        }
    }
}
