import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("Migrator")
struct MigratorTests {
    /// A folder of migrations made for one test.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("migrations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, sql) in files {
            try Data(sql.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    @Test("applies files in name order and records each with its checksum")
    func appliesInOrder() async throws {
        // setup
        let directory = try Self.folder([
            "002_add_column.sql": "ALTER TABLE app.widgets ADD COLUMN colour text;",
            "001_create.sql": "CREATE TABLE app.widgets (id int PRIMARY KEY);",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withTestDatabase(migrated: false) { test in
            let migrator = Migrator(migrations: try Migration.load(from: directory), logger: TestPostgres.logger)
            // act
            let applied = try await migrator.migrate(on: test.database.client)
            // assert
            #expect(applied == ["001_create.sql", "002_add_column.sql"])
            let rows = try await test.database.client.query(
                "SELECT name, checksum FROM app.schema_migrations ORDER BY name").collect()
            let ledger = try rows.map { try $0.decode((String, String).self) }
            #expect(ledger.map(\.0) == ["001_create.sql", "002_add_column.sql"])
            #expect(ledger.map(\.1) == migrator.migrations.map(\.checksum))
            let column = try await test.database.client.query(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'app' AND table_name = 'widgets' AND column_name = 'colour'"
            ).collect().first?.decode(Int.self)
            #expect(column == 1)
        }
    }

    @Test("running the shipped migrations a second time is a no-op")
    func secondRunIsNoOp() async throws {
        try await withTestDatabase(migrated: true) { test in
            let migrator = Migrator(migrations: try Migration.bundled(), logger: TestPostgres.logger)
            let before = try await Self.schemaFingerprint(test.database)
            let applied = try await migrator.migrate(on: test.database.client)
            #expect(applied.isEmpty)
            #expect(try await Self.schemaFingerprint(test.database) == before)
            #expect(try await migrator.status(on: test.database.client).isCurrent)
        }
    }

    @Test("an applied file that was edited makes migrate refuse, naming the file, and changes nothing")
    func editedFileIsRefused() async throws {
        let directory = try Self.folder([
            "001_create.sql": "CREATE TABLE app.widgets (id int PRIMARY KEY);",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withTestDatabase(migrated: false) { test in
            try await Migrator(migrations: try Migration.load(from: directory), logger: TestPostgres.logger)
                .migrate(on: test.database.client)
            // act: the applied file is edited and a new one added
            try Data("CREATE TABLE app.widgets (id bigint PRIMARY KEY);".utf8)
                .write(to: directory.appendingPathComponent("001_create.sql"))
            try Data("CREATE TABLE app.gadgets (id int);".utf8).write(to: directory.appendingPathComponent("002_more.sql"))
            let migrator = Migrator(migrations: try Migration.load(from: directory), logger: TestPostgres.logger)
            // assert
            await #expect {
                try await migrator.migrate(on: test.database.client)
            } throws: { error in
                guard case .checksumMismatch(let name, _, _) = error as? MigrationError else { return false }
                return name == "001_create.sql" && "\(error)".contains("must not be edited")
            }
            let gadgets = try await test.database.client.query("SELECT to_regclass('app.gadgets') IS NULL").collect()
            #expect(try gadgets.first?.decode(Bool.self) == true, "nothing after the refusal may be applied")
            let status = try await migrator.status(on: test.database.client)
            #expect(status.blockingError != nil)
            #expect(status.pending == ["002_more.sql"])
        }
    }

    @Test("a failing migration is rolled back whole and not recorded")
    func failureRollsBack() async throws {
        let directory = try Self.folder([
            "001_ok.sql": "CREATE TABLE app.first (id int);",
            "002_broken.sql": "CREATE TABLE app.second (id int); SELECT no_such_function();",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withTestDatabase(migrated: false) { test in
            let migrator = Migrator(migrations: try Migration.load(from: directory), logger: TestPostgres.logger)
            await #expect {
                try await migrator.migrate(on: test.database.client)
            } throws: { error in
                guard case .failed(let name, let reason) = error as? MigrationError else { return false }
                return name == "002_broken.sql" && reason.contains("no_such_function")
            }
            let tables = try await test.database.client.query(
                "SELECT to_regclass('app.first') IS NOT NULL, to_regclass('app.second') IS NULL").collect()
            let (firstKept, secondGone) = try tables[0].decode((Bool, Bool).self)
            #expect(firstKept && secondGone)
            #expect(try await migrator.status(on: test.database.client).pending == ["002_broken.sql"])
        }
    }

    @Test("a migration in the database that this build does not ship blocks migrate")
    func unknownAppliedBlocks() async throws {
        try await withTestDatabase(migrated: true) { test in
            try await test.database.client.query(
                "INSERT INTO app.schema_migrations (name, checksum, execution_ms) VALUES ('999_from_the_future.sql', 'abc', 1)")
            let migrator = Migrator(migrations: try Migration.bundled(), logger: TestPostgres.logger)
            await #expect(throws: MigrationError.unknownApplied(name: "999_from_the_future.sql")) {
                try await migrator.migrate(on: test.database.client)
            }
        }
    }

    @Test("the shipped files are numbered from 000 without gaps, the seed's 001 to 010 among them")
    func shippedFiles() throws {
        let names = try Migration.bundled().map(\.name)
        let numbers = names.map { String($0.prefix(3)) }
        #expect(names.count > 10)
        #expect(numbers == (0..<names.count).map { String(format: "%03d", $0) })
        #expect(names.allSatisfy { $0.range(of: #"^\d{3}_[a-z0-9_]+\.sql$"#, options: .regularExpression) != nil })
    }

    /// Every object's definition in the schemas the migrations own, in one comparable value.
    static func schemaFingerprint(_ database: Database) async throws -> [String] {
        let rows = try await database.client.query(
            """
            SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname IN ('public', 'auth', 'storage', 'app')
            UNION ALL
            SELECT 'policy ' || schemaname || '.' || tablename || ':' || policyname || ':' || coalesce(qual, '') || ':' || coalesce(with_check, '')
              FROM pg_policies
            UNION ALL
            SELECT 'function ' || p.oid::regprocedure::text || ':' || md5(p.prosrc)
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname IN ('public', 'auth', 'storage', 'app')
            ORDER BY 1
            """
        ).collect()
        return try rows.map { try $0.decode(String.self) }
    }
}
