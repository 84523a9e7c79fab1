import Foundation
import PostgresNIO
import Testing
import UnderdogProcess
import UnderdogStore
import UnderdogTestSupport

@Suite("Migrations rolled back")
struct RollbackTests {
    static let all: [Migration] = (try? Migration.bundled()) ?? []

    @Test("every migration from 011 on has a down file")
    func downFilesFromElevenOn() throws {
        let missing = Self.all.filter { (Int($0.number) ?? 0) >= 11 && $0.down == nil }.map(\.name)
        #expect(missing.isEmpty, "no down file: \(missing)")
    }

    @Test("each down file restores the schema before its migration, and its loses line names every table and column it drops")
    func eachDownRestoresTheSchemaBefore() async throws {
        try await withTestDatabase(migrated: false) { test in
            for (index, migration) in Self.all.enumerated() {
                let before = try await Self.schema(test)
                let upToHere = Migrator(migrations: Array(Self.all[...index]), logger: TestPostgres.logger)
                try await upToHere.migrate(on: test.database.client)
                guard let down = migration.down, index > 0 else { continue }
                let columnsUp = try await Self.columns(test.database)
                // act
                let undone = try await upToHere.rollback(to: String(Self.all[index - 1].number), force: true, on: test.database.client)
                // assert
                #expect(undone == [migration.name])
                #expect(try await Self.schema(test) == before, "down/\(migration.name) does not restore the schema")
                let dropped = columnsUp.subtracting(try await Self.columns(test.database))
                let declared = Set(down.losses.map(\.description))
                let undeclared = dropped.filter { column in
                    let table = column.split(separator: ".").prefix(2).joined(separator: ".")
                    return !declared.contains(column) && !declared.contains(table)
                }
                #expect(undeclared.isEmpty, "down/\(migration.name) drops \(undeclared.sorted()) without naming it in '-- loses:'")
                // up again, for the next step
                try await upToHere.migrate(on: test.database.client)
            }
        }
    }

    @Test("down to the seed's schema (010), or as far as down goes, and up again on a database with two organisations keeps every surviving row and ends with the same schema",
          arguments: Set(["010", lowestTarget ?? "010"]).sorted())
    func downAndUpKeepsSurvivingData(lowest: String) async throws {
        try await withTestDatabase { test in
            try await Tenants.build(test.database)
            let migrator = Migrator(migrations: Self.all, logger: TestPostgres.logger)
            let schemaBefore = try await Self.schema(test)
            let rowsBefore = try await Self.rows(test.database)
            // act
            let undone = try await migrator.rollback(to: lowest, force: true, on: test.database.client)
            let rowsDown = try await Self.rows(test.database)
            try await migrator.migrate(on: test.database.client)
            // assert
            #expect(undone.count == Self.all.filter { (Int($0.number) ?? 0) > Int(lowest)! }.count)
            #expect(!rowsDown.isEmpty)
            for (table, rows) in rowsDown {
                let kept = Set(rows.first.map { Array($0.keys) } ?? [])
                let projected = (rowsBefore[table] ?? []).map { $0.filter { kept.contains($0.key) } }
                #expect(Self.canonical(projected) == Self.canonical(rows), "\(table) changed on the way down")
            }
            #expect(try await Self.schema(test) == schemaBefore)
            let rowsAfter = try await Self.rows(test.database)
            for (table, rows) in rowsDown {
                let kept = Set(rows.first.map { Array($0.keys) } ?? [])
                let projected = (rowsAfter[table] ?? []).map { $0.filter { kept.contains($0.key) } }
                #expect(Self.canonical(projected) == Self.canonical(rows), "\(table) changed on the way up")
            }
        }
    }

    @Test("a rollback that would drop a table holding rows is refused, naming it, and changes nothing")
    func refusesDataLossWithoutForce() async throws {
        try await withTenantDatabase { test in
            let migrator = Migrator(migrations: Self.all, logger: TestPostgres.logger)
            try await test.database.ownerConnection { connection in
                try await connection.run("""
                    INSERT INTO app.roleplay_conversations (user_id, persona_id, scenario_type)
                    VALUES (\(Tenants.repA), 'jasmine', 'cold_call')
                    """)
            }
            let before = try await Self.schema(test)
            // act + assert
            await #expect {
                try await migrator.rollback(to: "012", force: false, on: test.database.client)
            } throws: { error in
                guard case .wouldLoseData(let holding) = error as? MigrationError else { return false }
                return holding.contains("app.roleplay_conversations") && "\(error)".contains("--force")
            }
            #expect(try await Self.schema(test) == before)
            #expect(try await migrator.status(on: test.database.client).isCurrent)
        }
    }

    @Test("a rollback past a migration without a down file is refused before anything is undone")
    func refusesIrreversible() async throws {
        let directory = try MigratorTests.folder([
            "001_a.sql": "CREATE TABLE app.a (id int);",
            "002_b.sql": "CREATE TABLE app.b (id int);",
            "003_c.sql": "CREATE TABLE app.c (id int);",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("down"), withIntermediateDirectories: true)
        try Data("-- loses: app.b\nDROP TABLE app.b;".utf8).write(to: directory.appendingPathComponent("down/002_b.sql"))
        try await withTestDatabase(migrated: false) { test in
            let migrator = Migrator(migrations: try Migration.load(from: directory), logger: TestPostgres.logger)
            try await migrator.migrate(on: test.database.client)
            // act + assert
            await #expect(throws: MigrationError.irreversible(name: "003_c.sql")) {
                try await migrator.rollback(to: "001", force: true, on: test.database.client)
            }
            let status = try await migrator.status(on: test.database.client)
            #expect(status.isCurrent, "nothing was undone")
            // the reversible part alone goes
            try await test.database.client.query("DROP TABLE app.c").collect()
            try await test.database.client.query("DELETE FROM app.schema_migrations WHERE name = '003_c.sql'").collect()
            #expect(try await migrator.rollback(to: "001", force: false, on: test.database.client) == ["002_b.sql"])
        }
    }

    @Test("a target no migration has is refused")
    func refusesUnknownTarget() async throws {
        try await withTestDatabase { test in
            let migrator = Migrator(migrations: Self.all, logger: TestPostgres.logger)
            await #expect(throws: MigrationError.unknownTarget("999")) {
                try await migrator.rollback(to: "999", force: false, on: test.database.client)
            }
        }
    }

    @Test("a database that applied 016 before its amendment reads as up to date")
    func amendedChecksumIsAccepted() async throws {
        try await withTestDatabase { test in
            try await test.database.ownerConnection { connection in
                try await connection.run("""
                    UPDATE app.schema_migrations SET checksum = 'c8a2db6f4458716ff91596c3fbc81ed46506569f6b6e24ca8f54a23637a87f45'
                    WHERE name = '016_vector_search_at_scale.sql'
                    """)
            }
            let migrator = Migrator(migrations: Self.all, logger: TestPostgres.logger)
            #expect(try await migrator.status(on: test.database.client).isCurrent)
            #expect(try await migrator.migrate(on: test.database.client).isEmpty)
        }
    }

    @Test("a down file without its loses line is refused when loaded")
    func downHeaderIsRequired() throws {
        #expect(throws: MigrationError.downHeaderMissing(name: "down/x.sql")) {
            try DownMigration.parse(name: "down/x.sql", sql: "DROP TABLE app.x;")
        }
        #expect(throws: MigrationError.downHeaderInvalid(name: "down/x.sql", item: "app.X; DROP")) {
            try DownMigration.parse(name: "down/x.sql", sql: "-- loses: app.X; DROP\nDROP TABLE app.x;")
        }
        #expect(try DownMigration.parse(name: "d", sql: "-- loses: app.a, public.b.c\n").losses.map(\.description) == ["app.a", "public.b.c"])
    }

    // MARK: - helpers

    /// The highest-numbered migration below a run of reversible ones reaching the newest: how far down can go.
    static var lowestTarget: String? {
        guard let firstIrreversibleFromTop = all.lastIndex(where: { $0.down == nil }) else {
            return nil
        }
        return String(all[firstIrreversibleFromTop].number)
    }

    /// The schema as pg_dump prints it (or the catalog fingerprint when there is no pg_dump).
    static func schema(_ test: TestDatabase) async throws -> [String] {
        guard let bin = test.binDirectory else { return try await MigratorTests.schemaFingerprint(test.database) }
        return try PsqlEquivalenceTests.dump(test, bin: bin).split(separator: "\n").map(String.init)
    }

    /// Every column of the schemas the migrations own, as schema.table.column.
    static func columns(_ database: Database) async throws -> Set<String> {
        let rows = try await database.client.query("""
            SELECT c.table_schema || '.' || c.table_name || '.' || c.column_name
              FROM information_schema.columns c
              JOIN information_schema.tables t USING (table_schema, table_name)
             WHERE c.table_schema IN ('public', 'app', 'auth', 'storage') AND t.table_type = 'BASE TABLE'
               AND NOT (c.table_schema = 'app' AND c.table_name = 'schema_migrations')
            """).collect()
        return Set(try rows.map { try $0.decode(String.self) })
    }

    /// Every row of every table of those schemas, as JSON objects, read by the owner (RLS does not hide any).
    static func rows(_ database: Database) async throws -> [String: [[String: String]]] {
        let tables = try await database.client.query("""
            SELECT table_schema || '.' || table_name FROM information_schema.tables
             WHERE table_schema IN ('public', 'app', 'auth', 'storage') AND table_type = 'BASE TABLE'
               AND NOT (table_schema = 'app' AND table_name = 'schema_migrations')
            """).collect().map { try $0.decode(String.self) }
        var result: [String: [[String: String]]] = [:]
        for table in tables {
            let parts = table.split(separator: ".").map(String.init)
            guard let schema = SQLIdentifier(parts[0]), let name = SQLIdentifier(parts[1]) else { continue }
            let query = PostgresQuery(unsafeSQL: "SELECT to_jsonb(t)::text FROM \(schema).\(name) t")
            let texts = try await database.client.query(query).collect().map { try $0.decode(String.self) }
            result[table] = try texts.map { text in
                let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
                return object.mapValues { value in
                    let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys, .fragmentsAllowed])
                    return data.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
                }
            }
        }
        return result
    }

    static func canonical(_ rows: [[String: String]]) -> [String] {
        rows.map { row in row.keys.sorted().map { "\($0)=\(row[$0]!)" }.joined(separator: "|") }.sorted()
    }
}
