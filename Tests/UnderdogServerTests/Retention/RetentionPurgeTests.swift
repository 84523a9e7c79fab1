import Foundation
import NIOCore
import PostgresNIO
import Testing
import UnderdogBlobs
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// The retention purge on a database with two organisations, where each kind of data has an old row (past its
/// period), a young one and a live one.
@Suite("Retention purge")
struct RetentionPurgeTests {
    static let orgA = UUID(uuidString: "7e000000-0000-4000-8000-0000000000a0")!
    static let orgB = UUID(uuidString: "7e000000-0000-4000-8000-0000000000b0")!
    static let repA = UUID(uuidString: "7e000000-0000-4000-8000-0000000000a1")!
    static let repB = UUID(uuidString: "7e000000-0000-4000-8000-0000000000b1")!

    /// Rows made by `fill`, by what should become of them.
    struct Fixture {
        var oldUpload = UUID(), youngUpload = UUID(), liveUpload = UUID()
        var oldSession = UUID(), youngSession = UUID(), liveSession = UUID()
        var oldScoreOnLiveSession = UUID()
        func path(_ upload: UUID, user: UUID) -> String { "\(user.uuidString.lowercased())/\(upload.uuidString.lowercased()).mp3" }
    }

    @Test("dry run counts what is past its period; the purge removes exactly that, recordings included, leaves everything younger, writes counts without personal data, and a second run finds nothing")
    func purgeRemovesOnlyExpired() async throws {
        try await withTestDatabase { test in
            let blobs = LocalFolderStore(root: TestBlobFolder.make())
            let fixture = try await Self.fill(test.database, blobs: blobs)
            try await ServiceDatabase.withConnected(to: test.url, logger: TestPostgres.logger) { service in
                let purge = RetentionPurge(service: service, blobs: blobs, policy: .standard, logger: TestPostgres.logger)

                // dry run
                let counted = try await purge.run(dryRun: true)
                let expected: [RetentionCategory: Int] = [
                    .deletedUploads: 2, .deletedSessions: 1, .deletedScores: 1, .deletedProgress: 1,
                    .sessionEvents: 1, .auditLog: 1, .finishedJobs: 1, .deadRefreshTokens: 0,
                ]
                #expect(counted.rows == expected)
                #expect(try await Self.snapshot(test.database) == Self.snapshot(test.database), "a dry run changes nothing")

                // purge
                let purged = try await purge.run(dryRun: false)
                #expect(purged.rows == expected)
                #expect(purged.recordingsDeleted == 2)
                #expect(try await blobs.size(bucket: UploadQueries.bucket, key: BlobKey(fixture.path(fixture.oldUpload, user: Self.repA))) == nil)
                #expect(try await blobs.size(bucket: UploadQueries.bucket, key: BlobKey(fixture.path(fixture.youngUpload, user: Self.repA))) != nil)
                #expect(try await blobs.size(bucket: UploadQueries.bucket, key: BlobKey(fixture.path(fixture.liveUpload, user: Self.repB))) != nil)

                let left = try await Self.snapshot(test.database)
                #expect(left["uploads"] == "\(fixture.liveUpload) \(fixture.youngUpload)".lowercasedSortedWords)
                #expect(left["objects"] == "2")
                #expect(left["sessions"] == "\(fixture.liveSession) \(fixture.youngSession)".lowercasedSortedWords)
                #expect(left["scores"] == "2", "the live and young sessions' scores stay; the old session's and the long-deleted one go")
                #expect(left["events"] == "1", "the young event stays")
                #expect(left["conversations"] == "1", "the old session's conversation goes with it")
                #expect(left["progress"] == "1")
                #expect(left["jobs"] == "2", "the two uploads' analysis jobs stay; the old finished job goes")

                // the trail: counts only, and nothing of the purged rows' text anywhere in it
                let trail = try await Self.strings(test.database, "SELECT new_data::text FROM public.audit_log WHERE new_data ? 'retention_purge' ORDER BY table_name")
                #expect(trail.count == 7, "one summary per table that lost rows: \(trail)")
                #expect(trail.allSatisfy { !$0.contains("secret") })
                let leaks = try await Self.strings(test.database, "SELECT id::text FROM public.audit_log WHERE old_data::text LIKE '%secret%' OR new_data::text LIKE '%secret%'")
                #expect(leaks.isEmpty, "the audit copies of purged rows are redacted")
                let kept = try await Self.strings(test.database, "SELECT id::text FROM public.audit_log WHERE new_data::text LIKE '%young-recording%'")
                #expect(!kept.isEmpty, "the young upload's audit copy is untouched")

                // idempotent
                let again = try await purge.run(dryRun: false)
                #expect(again.total == 0)
            }
        }
    }

    @Test("two purges at once share the work: every expired row is removed once, and the counts add up")
    func concurrentPurges() async throws {
        try await withTestDatabase { test in
            let blobs = LocalFolderStore(root: TestBlobFolder.make())
            _ = try await Self.fill(test.database, blobs: blobs, extraOldEvents: 1200)
            try await ServiceDatabase.withConnected(to: test.url, logger: TestPostgres.logger) { service in
                var policy = RetentionPolicy.standard
                policy.batchSize = 50
                let purge = RetentionPurge(service: service, blobs: blobs, policy: policy, logger: TestPostgres.logger)
                async let first = purge.run(dryRun: false)
                async let second = purge.run(dryRun: false)
                let (a, b) = try await (first, second)
                #expect(a.rows[.sessionEvents]! + b.rows[.sessionEvents]! == 1201)
                #expect(a.rows[.deletedUploads]! + b.rows[.deletedUploads]! == 2)
            }
        }
    }

    @Test("the schedule keeps one purge queued however many processes ask, runs it when due, and queues the next")
    func scheduleKeepsOnePurgeQueued() async throws {
        try await withTestDatabase { test in
            let blobs = LocalFolderStore(root: TestBlobFolder.make())
            _ = try await Self.fill(test.database, blobs: blobs)
            try await ServiceDatabase.withConnected(to: test.url, logger: TestPostgres.logger) { service in
                let purge = RetentionPurge(service: service, blobs: blobs, policy: .standard, logger: TestPostgres.logger)
                let schedules = (0..<3).map { _ in RetentionSchedule(purge: purge, interval: .seconds(3600), logger: TestPostgres.logger) }
                try await RetentionQueries.schedule(at: Date(), on: service.client, logger: TestPostgres.logger)
                // act: three processes look at once; the due purge runs in one of them
                await withTaskGroup(of: Void.self) { group in
                    for schedule in schedules { group.addTask { await schedule.runDue() } }
                }
                // assert
                let jobs = try await Self.strings(test.database, "SELECT state || ' ' || (run_at > now() + interval '50 minutes')::text FROM app.jobs WHERE kind = 'retention_purge' ORDER BY id")
                #expect(jobs == ["succeeded false", "queued true"])
                #expect(try await Self.strings(test.database, "SELECT count(*)::text FROM public.call_uploads") == ["2"])
            }
        }
    }

    // MARK: - fixture

    /// Two orgs; for rep A an old (40 days) and a young (5 days) deleted upload with recordings, for rep B a live
    /// one; sessions likewise, with scores, events and a conversation; old progress, events, audit and a job.
    static func fill(_ database: Database, blobs: LocalFolderStore, extraOldEvents: Int = 0) async throws -> Fixture {
        let f = Fixture()
        try await database.ownerConnection { c in
            func run(_ q: PostgresQuery) async throws { _ = try await c.query(q, logger: TestPostgres.logger).collect() }
            try await run("INSERT INTO public.organizations (id, name, plan) VALUES (\(orgA), 'A', 'pro'), (\(orgB), 'B', 'pro')")
            for (user, org) in [(repA, orgA), (repB, orgB)] {
                let meta = #"{"org_id": "\#(org.uuidString.lowercased())", "role": "user"}"#
                try await run("INSERT INTO auth.users (id, email, raw_app_meta_data, raw_user_meta_data) VALUES (\(user), \(user.uuidString.lowercased() + "@x.test"), \(meta)::jsonb, '{}'::jsonb)")
            }
            for (upload, user, name, age) in [(f.oldUpload, repA, "old-secret", 40), (f.youngUpload, repA, "young-recording", 5), (f.liveUpload, repB, "live", -1)] {
                let path = f.path(upload, user: user)
                try await run("INSERT INTO storage.objects (bucket_id, name, owner, metadata) VALUES ('call-recordings', \(path), \(user), '{\"size\": 3, \"mimetype\": \"audio/mpeg\"}')")
                try await run("INSERT INTO public.call_uploads (id, user_id, file_path, original_filename, transcript) VALUES (\(upload), \(user), \(path), \(name + ".mp3"), \("[{\"text\": \"" + name + "\"}]")::jsonb)")
                if age >= 0 { try await run("UPDATE public.call_uploads SET deleted_at = now() - make_interval(days => \(Int32(age))) WHERE id = \(upload)") }
                let writer = try await blobs.makeWriter(bucket: UploadQueries.bucket, key: BlobKey(path))
                try await writer.write(ByteBuffer(string: "mp3"))
                _ = try await writer.commit()
            }
            // one more old upload whose recording is already gone (a crash after the blob, before the row)
            let orphan = UUID()
            try await run("INSERT INTO public.call_uploads (id, user_id, file_path, deleted_at) VALUES (\(orphan), \(repA), \(f.path(orphan, user: repA)), now() - interval '90 days')")
            // Only what is to be purged says "secret": the trail must not keep it.
            for (session, user, age, words) in [(f.oldSession, repA, 40, "secret words"), (f.youngSession, repA, 5, "young words"), (f.liveSession, repB, -1, "live words")] {
                try await run("INSERT INTO public.roleplay_sessions (id, user_id, persona_id, scenario_type, transcript) VALUES (\(session), \(user), 'jasmine', 'cold_call', \("[{\"text\": \"" + words + "\"}]")::jsonb)")
                try await run("INSERT INTO public.session_scores (session_id, dimension, score, feedback) VALUES (\(session), 'opener', 6, \(words + " feedback"))")
                try await run("INSERT INTO public.session_events (session_id, event_type, data) VALUES (\(session), 'transcript', \("{\"said\": \"" + words + "\"}")::jsonb)")
                if age >= 0 { try await run("UPDATE public.roleplay_sessions SET deleted_at = now() - make_interval(days => \(Int32(age))) WHERE id = \(session)") }
            }
            try await run("INSERT INTO app.roleplay_conversations (user_id, persona_id, scenario_type, session_id, turns) VALUES (\(repA), 'jasmine', 'cold_call', \(f.oldSession), '[{\"text\": \"secret\"}]')")
            try await run("INSERT INTO app.roleplay_conversations (user_id, persona_id, scenario_type, session_id) VALUES (\(repB), 'jasmine', 'cold_call', \(f.liveSession))")
            // a score deleted long ago on the live session, with its own text
            try await run("INSERT INTO public.session_scores (id, session_id, dimension, score, feedback, deleted_at) VALUES (\(f.oldScoreOnLiveSession), \(f.liveSession), 'pitch', 3, 'secret', now() - interval '40 days')")
            try await run("INSERT INTO public.curriculum_modules (id, name, order_index) VALUES (1, 'M1', 1), (2, 'M2', 2)")
            try await run("INSERT INTO public.curriculum_progress (user_id, module_id, completed, deleted_at) VALUES (\(repA), 1, true, now() - interval '40 days'), (\(repB), 2, true, NULL)")
            // events: the live session's is 200 days old (past 180); extra ones for the concurrency test
            try await run("UPDATE public.session_events SET created_at = now() - interval '200 days' WHERE session_id = \(f.liveSession)")
            if extraOldEvents > 0 {
                try await run("INSERT INTO public.session_events (session_id, event_type, data, created_at) SELECT gen_random_uuid(), 'x', '{}', now() - interval '200 days' FROM generate_series(1, \(Int32(extraOldEvents)))")
            }
            try await run("INSERT INTO public.audit_log (table_name, operation, created_at) VALUES ('users', 'UPDATE', now() - interval '500 days')")
            try await run("INSERT INTO app.jobs (kind, state, finished_at) VALUES ('analyse_call', 'succeeded', now() - interval '40 days')")
        }
        return f
    }

    static func snapshot(_ database: Database) async throws -> [String: String] {
        let queries: [(String, String)] = [
            ("uploads", "SELECT coalesce(string_agg(id::text, ' ' ORDER BY id::text), '') FROM public.call_uploads"),
            ("objects", "SELECT count(*)::text FROM storage.objects"),
            ("sessions", "SELECT coalesce(string_agg(id::text, ' ' ORDER BY id::text), '') FROM public.roleplay_sessions"),
            ("scores", "SELECT count(*)::text FROM public.session_scores"),
            ("events", "SELECT count(*)::text FROM public.session_events"),
            ("conversations", "SELECT count(*)::text FROM app.roleplay_conversations"),
            ("progress", "SELECT count(*)::text FROM public.curriculum_progress"),
            ("jobs", "SELECT count(*)::text FROM app.jobs WHERE kind <> 'retention_purge'"),
            ("audit", "SELECT count(*)::text FROM public.audit_log"),
        ]
        var result: [String: String] = [:]
        for (name, sql) in queries { result[name] = try await strings(database, sql).first ?? "" }
        return result
    }

    static func strings(_ database: Database, _ sql: String) async throws -> [String] {
        try await database.ownerConnection { c in
            try await c.query(PostgresQuery(unsafeSQL: sql), logger: TestPostgres.logger).collect().map { try $0.decode(String.self) }
        }
    }
}

extension String {
    /// The words lower-cased and sorted, joined by spaces: how the snapshot lists ids.
    fileprivate var lowercasedSortedWords: String {
        lowercased().split(separator: " ").sorted().joined(separator: " ")
    }
}
