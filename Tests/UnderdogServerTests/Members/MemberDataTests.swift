import Foundation
import NIOCore
import PostgresNIO
import Testing
import UnderdogBlobs
import UnderdogProcess
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// Export and erasure of one member (rep A of org A) on a database with two organisations and a colleague in
/// rep A's own organisation: nothing of anyone else is read into the export or touched by the erasure.
@Suite("A member's data: export and erasure")
struct MemberDataTests {
    static let colleague = UUID(uuidString: "7e000000-0000-4000-8000-0000000000a2")!
    /// Words only rep A's rows contain.
    static let markers = ["secret words", "old-secret", "young words", "young-recording", "secret question", "secret thread", "hash-secret"]

    static func fill(_ database: Database, blobs: LocalFolderStore) async throws -> RetentionPurgeTests.Fixture {
        let fixture = try await RetentionPurgeTests.fill(database, blobs: blobs)
        try await database.ownerConnection { c in
            func run(_ q: PostgresQuery) async throws { _ = try await c.query(q, logger: TestPostgres.logger).collect() }
            let meta = #"{"org_id": "\#(RetentionPurgeTests.orgA.uuidString.lowercased())", "role": "user"}"#
            try await run("INSERT INTO auth.users (id, email, raw_app_meta_data, raw_user_meta_data) VALUES (\(colleague), 'colleague@x.test', \(meta)::jsonb, '{\"name\": \"Colleague\"}'::jsonb)")
            try await run("INSERT INTO public.roleplay_sessions (user_id, persona_id, scenario_type, transcript) VALUES (\(colleague), 'marcus', 'closing', '[{\"text\": \"colleague words\"}]')")
            let thread = UUID()
            try await run("INSERT INTO app.coach_threads (id, user_id, mode, title) VALUES (\(thread), \(RetentionPurgeTests.repA), 'free', 'secret thread')")
            try await run("INSERT INTO app.coach_messages (thread_id, role, content) VALUES (\(thread), 'rep', 'a secret question')")
            try await run("INSERT INTO app.invites (org_id, email, token_hash, expires_at, accepted_by, accepted_at) VALUES (\(RetentionPurgeTests.orgA), \(RetentionPurgeTests.repA.uuidString.lowercased() + "@x.test"), 'hash-secret', now(), \(RetentionPurgeTests.repA), now())")
        }
        return fixture
    }

    @Test("export: a ZIP with a JSON file per table of rep A's rows and rep A's recordings, no secret hashes, nothing of anyone else")
    func export() async throws {
        try await withTestDatabase { test in
            let blobs = LocalFolderStore(root: TestBlobFolder.make())
            _ = try await Self.fill(test.database, blobs: blobs)
            let folder = TestBlobFolder.make()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("export.zip").path
            let summary = try await ServiceDatabase.withConnected(to: test.url, logger: TestPostgres.logger) { service in
                try await MemberExport(service: service, blobs: blobs, logger: TestPostgres.logger).export(member: RetentionPurgeTests.repA, to: file)
            }
            #expect(summary.recordings == 2)
            #expect(summary.missingRecordings.count == 1, "the orphan upload's recording was never stored")
            #expect(summary.rows["roleplay_sessions"] == 2 && summary.rows["call_uploads"] == 3 && summary.rows["coach_messages"] == 1)
            #expect(summary.rows["users"] == 1 && summary.rows["auth_users"] == 1 && summary.rows["invites"] == 1)

            // an independent reader: Python's zipfile checks every CRC and extracts
            let extracted = folder.appendingPathComponent("x").path
            let check = try CommandRunner.run("/usr/bin/python3", ["-m", "zipfile", "-t", file])
            #expect(check.status == 0, "\(check.output)")
            #expect(try CommandRunner.run("/usr/bin/python3", ["-m", "zipfile", "-e", file, extracted]).status == 0)
            let names = try FileManager.default.subpathsOfDirectory(atPath: extracted).sorted()
            #expect(names.contains("manifest.json") && names.contains("tables/session_scores.json"))
            #expect(names.filter { $0.hasPrefix("recordings/") && $0.hasSuffix(".mp3") }.count == 2)
            var everything = ""
            for name in names where name.hasSuffix(".json") {
                everything += try String(contentsOfFile: extracted + "/" + name, encoding: .utf8)
            }
            #expect(everything.contains("secret words") && everything.contains("a secret question"))
            for other in [RetentionPurgeTests.repB, Self.colleague] {
                #expect(!everything.contains(other.uuidString.lowercased()), "nothing of \(other)")
            }
            #expect(!everything.contains("colleague words") && !everything.contains("live words"))
            #expect(!everything.contains("encrypted_password") && !everything.contains("hash-secret") && !everything.contains("token_hash"))
        }
    }

    @Test("erasure: no row anywhere keeps rep A's text, their recordings are gone, the account is a tombstone that cannot sign in, the trail records it with counts; every row of anyone else is unchanged; a second erasure is harmless")
    func erase() async throws {
        try await withTestDatabase { test in
            let blobs = LocalFolderStore(root: TestBlobFolder.make())
            let fixture = try await Self.fill(test.database, blobs: blobs)
            let repA = RetentionPurgeTests.repA.uuidString.lowercased()
            let relatedIDs = try await Self.strings(test.database, "SELECT id::text FROM public.roleplay_sessions WHERE user_id = '\(repA)' UNION SELECT id::text FROM public.call_uploads WHERE user_id = '\(repA)' UNION SELECT id::text FROM app.coach_threads WHERE user_id = '\(repA)'")
            let aboutA = [repA] + relatedIDs + Self.markers
            let others = try await Self.allRows(test.database).filter { row in !aboutA.contains { row.contains($0) } }

            // act
            let summary = try await ServiceDatabase.withConnected(to: test.url, logger: TestPostgres.logger) { service in
                try await MemberErasure(service: service, blobs: blobs, logger: TestPostgres.logger).erase(member: RetentionPurgeTests.repA)
            }

            // assert: nothing of A's text or recordings
            #expect(summary.recordingsDeleted == 3)
            let after = try await Self.allRows(test.database)
            for marker in Self.markers + [repA + "@x.test"] {
                #expect(!after.contains { $0.contains(marker) }, "'\(marker)' survives in: \(after.filter { $0.contains(marker) }.prefix(2))")
            }
            #expect(try await blobs.size(bucket: UploadQueries.bucket, key: BlobKey(fixture.path(fixture.oldUpload, user: RetentionPurgeTests.repA))) == nil)
            #expect(try await blobs.size(bucket: UploadQueries.bucket, key: BlobKey(fixture.path(fixture.liveUpload, user: RetentionPurgeTests.repB))) != nil)
            // everyone else's rows exactly as they were
            let missing = Set(others).subtracting(after)
            #expect(missing.isEmpty, "changed or gone: \(missing.sorted().prefix(3))")
            // the tombstone and the trail
            #expect(try await Self.strings(test.database, "SELECT name || ' ' || (a.encrypted_password IS NULL)::text || ' ' || (m.id IS NOT NULL)::text FROM public.users u JOIN auth.users a USING (id) LEFT JOIN app.member_removals m USING (id) WHERE u.id = '\(repA)'") == ["Erased member true true"])
            let entry = try await Self.strings(test.database, "SELECT new_data::text FROM public.audit_log WHERE record_id = '\(repA)' AND new_data ? 'erasure'")
            #expect(entry.count == 1 && entry[0].contains("\"sessions\": 2") && entry[0].contains("\"uploads\": 3"), "\(entry)")

            // again
            let again = try await ServiceDatabase.withConnected(to: test.url, logger: TestPostgres.logger) { service in
                try await MemberErasure(service: service, blobs: blobs, logger: TestPostgres.logger).erase(member: RetentionPurgeTests.repA)
            }
            #expect(again.recordingsDeleted == 0 && again.database.contains("\"sessions\": 0"))
        }
    }

    /// Every row of every table in the schemas the app uses, as text, read by the owner.
    static func allRows(_ database: Database) async throws -> [String] {
        let tables = try await strings(database, """
            SELECT table_schema || '.' || table_name FROM information_schema.tables
             WHERE table_schema IN ('public', 'app', 'auth', 'storage') AND table_type = 'BASE TABLE'
               AND table_name NOT IN ('schema_migrations', 'knowledge_base', 'objection_library', 'objection_entries', 'embedding_vocabularies')
            """)
        var rows: [String] = []
        for table in tables {
            rows += try await strings(database, "SELECT '\(table) ' || to_jsonb(t)::text FROM \(table) t")
        }
        return rows
    }

    static func strings(_ database: Database, _ sql: String) async throws -> [String] {
        try await database.ownerConnection { c in
            try await c.query(PostgresQuery(unsafeSQL: sql), logger: TestPostgres.logger).collect().map { try $0.decode(String.self) }
        }
    }
}
