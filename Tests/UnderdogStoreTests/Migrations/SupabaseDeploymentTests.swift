import Foundation
import PostgresNIO
import Testing
import UnderdogProcess
import UnderdogStore
import UnderdogTestSupport

/// The migrations applied the way a Supabase project gets them: on a database shaped like a new project's
/// (Fixtures/Supabase/platform.sql, restated from Supabase's own schema sources), by the project's `postgres`
/// role, which is not a superuser, one psql session per file. A cluster of its own, because on Supabase the
/// bootstrap superuser is `supabase_admin` and `postgres` is an ordinary role.
@Suite("Supabase as a deployment target", .serialized)
struct SupabaseDeploymentTests {
    static let fixture = TestPostgres.repositoryRoot + "/Tests/UnderdogStoreTests/Fixtures/Supabase/platform.sql"
    static let orgA = UUID(uuidString: "5a000000-0000-4000-8000-0000000000a1")!
    static let orgB = UUID(uuidString: "5a000000-0000-4000-8000-0000000000b1")!
    static let repA = UUID(uuidString: "5a000000-0000-4000-8000-0000000000a2")!
    static let repB = UUID(uuidString: "5a000000-0000-4000-8000-0000000000b2")!

    @Test("every migration applies as Supabase's non-superuser postgres, one session per file; Supabase's auth.uid() stays; Storage's uploads pass the bucket trigger; vector search and tenant isolation work")
    func appliesLikeSupabase() async throws {
        try await Self.withSupabaseCluster { cluster in
            let owner = DatabaseURL(host: "127.0.0.1", port: cluster.configuration.port, username: "postgres", password: "postgres", database: "project")
            let uidBefore = try await Self.value(owner, "SELECT md5(pg_get_functiondef('auth.uid()'::regprocedure))")

            // act: each file in its own session, as the Supabase CLI applies a project's migrations
            for migration in try Migration.bundled() {
                let result = try Self.psql(cluster, user: "postgres", password: "postgres", ["-1", "-f", Migration.bundledDirectory.appendingPathComponent(migration.name).path])
                #expect(result.status == 0, "\(migration.name): \(result.output)")
            }

            // assert: Supabase's own auth.uid() was kept
            #expect(try await Self.value(owner, "SELECT md5(pg_get_functiondef('auth.uid()'::regprocedure))") == uidBefore)
            // the bucket trigger is installed there, and judges Storage's own first insert by contentLength
            #expect(try await Self.value(owner, "SELECT count(*)::text FROM pg_trigger WHERE tgname = 'enforce_bucket_limits'") == "1")
            #expect(try await Self.storageUpload(owner, contentLength: 48213) == nil)
            #expect(try await Self.storageUpload(owner, contentLength: 104_857_601) == "23514")

            // two organisations, members made by Supabase Auth's insert and the seed's sync trigger
            try await Database.withConnected(to: owner, logger: TestPostgres.logger) { database in
                try await database.ownerConnection { c in
                    try await c.run("INSERT INTO public.organizations (id, name) VALUES (\(Self.orgA), 'A'), (\(Self.orgB), 'B')")
                    for (user, org) in [(Self.repA, Self.orgA), (Self.repB, Self.orgB)] {
                        let meta = #"{"org_id": "\#(org.uuidString.lowercased())", "role": "user"}"#
                        try await c.run("""
                            INSERT INTO auth.users (instance_id, id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
                            VALUES ('00000000-0000-0000-0000-000000000000', \(user), 'authenticated', 'authenticated',
                                    \(user.uuidString.lowercased() + "@example.test"), \(meta)::jsonb, '{}'::jsonb, now(), now())
                            """)
                        try await c.run("INSERT INTO public.roleplay_sessions (user_id, persona_id, scenario_type) VALUES (\(user), 'jasmine', 'cold_call')")
                    }
                }
            }
            let seen = try await Self.asUser(owner, Self.repA, """
                SELECT (SELECT count(*) FROM public.users) || '/' || (SELECT count(*) FROM public.roleplay_sessions)
                    || '/' || (SELECT count(*) FROM public.match_knowledge(array_fill(0.1, ARRAY[1536])::vector, 0.0, 5, NULL))
                """)
            #expect(seen == "1/1/0", "rep A sees only their own org's member and session, and vector search runs for them")
        }
    }

    // MARK: - helpers

    /// A fresh cluster whose superuser is `supabase_admin`, with database `project` shaped by the fixture.
    static func withSupabaseCluster(_ body: (EmbeddedPostgres) async throws -> Void) async throws {
        let environment = ProcessInfo.processInfo.environment
        let parent = environment["UNDERDOG_TEST_TMP"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.temporaryDirectory.path
        let folder = parent + "/supabase-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        let cluster = EmbeddedPostgres(configuration: .init(
            binDirectory: try EmbeddedPostgres.locateBinaries(explicit: environment["UNDERDOG_PG_BIN"], projectRoot: TestPostgres.repositoryRoot),
            dataDirectory: folder + "/pgdata", port: try FreePort.find(), superuser: "supabase_admin",
            password: UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")))
        try cluster.stopWhenProcessEnds(getpid(), thenRemove: folder)
        try cluster.start()
        defer {
            try? cluster.stop()
            try? FileManager.default.removeItem(atPath: folder)
        }
        let admin = cluster.configuration
        let created = try psql(cluster, user: admin.superuser, password: admin.password, database: "postgres", ["-c", "CREATE DATABASE project"])
        try #require(created.status == 0, "\(created.output)")
        let platform = try psql(cluster, user: admin.superuser, password: admin.password, ["-1", "-f", fixture])
        try #require(platform.status == 0, "platform.sql: \(platform.output)")
        try await body(cluster)
    }

    static func psql(_ cluster: EmbeddedPostgres, user: String, password: String, database: String = "project", _ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(cluster.configuration.binDirectory + "/psql", [
            "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "\(cluster.configuration.port)", "-U", user, "-d", database,
        ] + arguments, environment: .clean(["PGPASSWORD": password]))
    }

    static func value(_ url: DatabaseURL, _ sql: String) async throws -> String? {
        try await Database.withConnected(to: url, logger: TestPostgres.logger) { database in
            try await database.client.query(PostgresQuery(unsafeSQL: sql)).collect().first?.decode(String?.self)
        }
    }

    /// One value read as `user`, signed in the way Supabase's API passes a user to PostgreSQL.
    static func asUser(_ url: DatabaseURL, _ user: UUID, _ sql: String) async throws -> String? {
        try await Database.withConnected(to: url, logger: TestPostgres.logger) { database in
            try await database.client.withConnection { c in
                try await c.run("BEGIN")
                try await c.run("SET LOCAL ROLE authenticated")
                let claims = #"{"sub": "\#(user.uuidString.lowercased())", "role": "authenticated"}"#
                try await c.run("SELECT set_config('request.jwt.claims', \(claims), true)")
                let value = try await c.query(PostgresQuery(unsafeSQL: sql), logger: TestPostgres.logger).collect().first?.decode(String?.self)
                try await c.run("ROLLBACK")
                return value
            }
        }
    }

    /// The row Storage's upload permission check inserts (then rolls back), as the uploading user: its SQLSTATE
    /// when refused, nil when accepted.
    static func storageUpload(_ url: DatabaseURL, contentLength: Int) async throws -> String? {
        let user = UUID()
        let id = user.uuidString.lowercased()
        let metadata = #"{"mimetype": "audio/mpeg", "contentLength": \#(contentLength)}"#
        do {
            _ = try await asUser(url, user, """
                INSERT INTO storage.objects (bucket_id, name, owner, owner_id, version, metadata)
                VALUES ('call-recordings', '\(id)/a.mp3', '\(id)', '\(id)', '1', '\(metadata)'::jsonb) RETURNING 'ok'
                """)
            return nil
        } catch {
            return sqlState(of: error)
        }
    }
}
