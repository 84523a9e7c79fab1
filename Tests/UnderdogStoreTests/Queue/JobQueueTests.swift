import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("job queue")
struct JobQueueTests {
    static func queue(_ database: ServiceDatabase, worker: String = "w1", lease: Double = 30) -> JobQueue {
        JobQueue(database: database, worker: worker, leaseSeconds: lease, backoff: RetryBackoff(base: 0.05, cap: 0.2))
    }

    static func state(of id: Int64, in database: ServiceDatabase) async throws -> (String, Int, String?) {
        let rows = try await database.client.query("SELECT state, attempts, last_error FROM app.jobs WHERE id = \(id)", logger: database.logger)
        for try await (state, attempts, error) in rows.decode((String, Int32, String?).self) { return (state, Int(attempts), error) }
        throw TestSupportError("job \(id) is gone")
    }

    /// The test's clock: moves every lease and every retry's backoff into the past, as if that much time had
    /// gone by, so a test proves what happens after a lease or a backoff without waiting for one.
    static func timePasses(in database: ServiceDatabase) async throws {
        try await database.client.query("UPDATE app.jobs SET run_at = now() - interval '1 second' WHERE state IN ('queued', 'running')", logger: database.logger)
    }

    /// How far ahead of the job's last write its `run_at` stands: the lease (or backoff) the queue granted.
    static func grantedSeconds(of id: Int64, in database: ServiceDatabase) async throws -> Double {
        let rows = try await database.client.query(
            "SELECT extract(epoch FROM run_at - updated_at)::float8 FROM app.jobs WHERE id = \(id)", logger: database.logger)
        for try await seconds in rows.decode(Double.self) { return seconds }
        throw TestSupportError("job \(id) is gone")
    }

    /// A fresh migrated database and a service pool on it.
    static func withQueueDatabase(_ body: (TestDatabase, ServiceDatabase) async throws -> Void) async throws {
        try await withTestDatabase { db in
            try await ServiceDatabase.withConnected(to: db.url, logger: TestPostgres.logger) { service in
                try await body(db, service)
            }
        }
    }

    @Test("a job is claimed once, by one worker, and finished with its lease token")
    func claimAndSucceed() async throws {
        try await Self.withQueueDatabase { db, service in
            let a = Self.queue(service, worker: "a"), b = Self.queue(service, worker: "b")
            let id = try await a.enqueue(kind: "bench")
            let claimed = try #require(try await a.claim(kinds: ["bench"]))
            #expect(claimed.id == id && claimed.attempt == 1 && claimed.kind == "bench")
            #expect(try await b.claim(kinds: ["bench"]) == nil, "a leased job is not claimable")
            #expect(try await a.claim(kinds: ["other"]) == nil, "kinds filter")
            #expect(try await a.succeed(claimed))
            #expect(try await a.succeed(claimed) == false, "finishing twice is refused")
            #expect(try await Self.state(of: id, in: service).0 == "succeeded")
        }
    }

    @Test("concurrent workers never claim the same job: 200 jobs, 8 workers, each claimed exactly once")
    func skipLockedUnderContention() async throws {
        try await Self.withQueueDatabase { db, service in
            for _ in 0..<200 { try await Self.queue(service).enqueue(kind: "bench") }
            let claimed = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        let queue = Self.queue(service, worker: "w\(worker)")
                        var mine: [Int64] = []
                        while let job = try await queue.claim(kinds: ["bench"]) {
                            mine.append(job.id)
                            _ = try await queue.succeed(job)
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(claimed.count == 200)
            #expect(Set(claimed).count == 200)
        }
    }

    @Test("a dead worker's job is claimed again once its lease runs out, and the dead lease can no longer finish it")
    func expiredLeaseIsReclaimed() async throws {
        try await Self.withQueueDatabase { db, service in
            let dying = Self.queue(service, worker: "dying", lease: 300)
            let id = try await dying.enqueue(kind: "bench")
            let lost = try #require(try await dying.claim(kinds: ["bench"]))
            #expect(try await Self.grantedSeconds(of: id, in: service) == 300, "the claim leases the job for the queue's lease")
            let survivor = Self.queue(service, worker: "survivor")
            #expect(try await survivor.claim(kinds: ["bench"]) == nil, "claimed again while the lease still runs")
            try await Self.timePasses(in: service)
            let reclaimed = try #require(try await survivor.claim(kinds: ["bench"]), "not claimable once the lease ran out")
            #expect(reclaimed.id == id && reclaimed.attempt == 2 && reclaimed.leaseToken != lost.leaseToken)
            #expect(try await dying.heartbeat(lost) == false)
            #expect(try await dying.succeed(lost) == false)
            #expect(try await survivor.heartbeat(reclaimed))
            #expect(try await survivor.succeed(reclaimed))
        }
    }

    @Test("heartbeats keep a lease alive past its length")
    func heartbeatExtendsLease() async throws {
        try await Self.withQueueDatabase { db, service in
            let holder = Self.queue(service, worker: "holder", lease: 300)
            let id = try await holder.enqueue(kind: "bench")
            let job = try #require(try await holder.claim(kinds: ["bench"]))
            // Nearly run out: one second of the lease left.
            try await service.client.query("UPDATE app.jobs SET run_at = now() + interval '1 second' WHERE id = \(id)", logger: service.logger)
            #expect(try await holder.heartbeat(job))
            #expect(try await Self.grantedSeconds(of: id, in: service) == 300, "a heartbeat grants a whole lease again from now")
            #expect(try await Self.queue(service, worker: "thief").claim(kinds: ["bench"]) == nil)
        }
    }

    @Test("failures are retried after a backoff until max_attempts, then the job fails with the last error")
    func retriesThenFails() async throws {
        try await Self.withQueueDatabase { db, service in
            let queue = Self.queue(service)
            let id = try await queue.enqueue(kind: "bench", maxAttempts: 3)
            var outcomes: [FinishJobStatement.Outcome?] = []
            for attempt in 1...3 {
                let claimed = try #require(try await queue.claim(kinds: ["bench"]), "attempt \(attempt) was not due")
                #expect(claimed.attempt == attempt)
                let outcome = try await queue.fail(claimed, error: "boom \(attempt)")
                outcomes.append(outcome)
                if outcome == .retry {
                    #expect(try await Self.grantedSeconds(of: id, in: service) > 0, "a retry waits out a backoff first")
                    try await Self.timePasses(in: service)
                }
            }
            #expect(outcomes == [.retry, .retry, .failed])
            let (state, attempts, error) = try await Self.state(of: id, in: service)
            #expect(state == "failed" && attempts == 3 && error == "boom 3")
            try await Self.timePasses(in: service)
            #expect(try await queue.claim(kinds: ["bench"]) == nil, "a failed job stays failed")
        }
    }

    @Test("a job whose workers all died is handed out once more, marked beyond its last attempt")
    func beyondLastAttempt() async throws {
        try await Self.withQueueDatabase { db, service in
            let queue = Self.queue(service)
            try await queue.enqueue(kind: "bench", maxAttempts: 1)
            let first = try #require(try await queue.claim(kinds: ["bench"]))
            #expect(!first.isBeyondLastAttempt)
            try await Self.timePasses(in: service)
            let second = try #require(try await queue.claim(kinds: ["bench"]))
            #expect(second.isBeyondLastAttempt)
        }
    }

    @Test("an upload row queues its analysis job in the same transaction, once; a signed-in user cannot touch the queue")
    func uploadsEnqueueThemselves() async throws {
        try await Self.withQueueDatabase { db, service in
            let user = UUID()
            let count = try await db.database.transaction(as: .service) { c in
                try await c.run("INSERT INTO auth.users (id, email) VALUES (\(user), 'q@example.com')", logger: db.database.logger)
                try await c.run("""
                    INSERT INTO public.call_uploads (user_id, file_path, status) VALUES (\(user), \(user.uuidString.lowercased() + "/1_a.mp3"), 'pending')
                    """, logger: db.database.logger)
                let rows = try await c.query("SELECT count(*) FROM app.jobs WHERE kind = 'analyse_call'", logger: db.database.logger)
                for try await n in rows.decode(Int.self) { return n }
                return -1
            }
            #expect(count == 1)
            await #expect(throws: (any Error).self) {
                try await db.database.transaction(as: .user(user)) { c in
                    try await c.run("SELECT count(*) FROM app.jobs", logger: db.database.logger)
                }
            }
        }
    }

    @Test("the service pool's connections act as service_role from their first statement, never as the owner")
    func servicePoolRole() async throws {
        try await Self.withQueueDatabase { _, service in
            let rows = try await service.client.query("SELECT current_user::text, auth.role(), auth.uid()::text", logger: service.logger)
            for try await (user, role, uid) in rows.decode((String, String?, String?).self) {
                #expect(user == "service_role" && role == "service_role" && uid == nil)
            }
        }
    }

    @Test("backoff grows exponentially within its cap and never returns instantly")
    func backoffShape() {
        let backoff = RetryBackoff(base: 2, cap: 60)
        let seed = TestSeed()
        var generator = seed.generator()
        for attempt in 1...10 {
            let ceiling = min(60, 2 * pow(2, Double(attempt - 1)))
            for _ in 0..<50 {
                let delay = backoff.delay(afterAttempt: attempt, using: &generator)
                #expect(delay >= ceiling / 2 && delay <= ceiling, "attempt \(attempt): \(delay), \(seed)")
            }
        }
    }
}
