import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

/// Reads of pg_catalog / information_schema that the contract tests compare with the seed.
enum Catalog {
    struct Column: Equatable, CustomStringConvertible {
        var type: String
        var nullable: Bool
        var defaultValue: String?
        var description: String { "\(type)\(nullable ? "" : " NOT NULL")\(defaultValue.map { " DEFAULT \($0)" } ?? "")" }
    }

    struct ForeignKey: Hashable, CustomStringConvertible {
        var columns: [String]
        var references: String
        var onDelete: String
        var description: String { "(\(columns.joined(separator: ", "))) → \(references) ON DELETE \(onDelete)" }
    }

    struct Policy: Hashable, CustomStringConvertible {
        var name: String
        var command: String
        var roles: [String]
        var permissive: Bool
        var description: String { "\"\(name)\" \(permissive ? "PERMISSIVE" : "RESTRICTIVE") FOR \(command) TO \(roles.joined(separator: ","))" }
    }

    static func columns(_ table: String, on c: PostgresConnection) async throws -> [String: Column] {
        let rows = try await c.query("""
            SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
            FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = \(table)::regclass AND a.attnum > 0 AND NOT a.attisdropped
            """, logger: TestPostgres.logger).collect()
        var result: [String: Column] = [:]
        for row in rows {
            let (name, type, nullable, defaultValue) = try row.decode((String, String, Bool, String?).self)
            result[name] = Column(type: type, nullable: nullable, defaultValue: defaultValue)
        }
        return result
    }

    /// The same columns as information_schema reports them (data_type, is_nullable), as a cross-check.
    static func informationSchemaColumns(_ schema: String, _ table: String, on c: PostgresConnection) async throws -> [String: String] {
        let rows = try await c.query("""
            SELECT column_name::text, data_type::text || CASE WHEN data_type = 'ARRAY' THEN ':' || udt_name::text
                                                          WHEN data_type = 'USER-DEFINED' THEN ':' || udt_name::text ELSE '' END
                   || ' ' || is_nullable::text
            FROM information_schema.columns WHERE table_schema = \(schema) AND table_name = \(table)
            """, logger: TestPostgres.logger).collect()
        var result: [String: String] = [:]
        for row in rows {
            let (name, text) = try row.decode((String, String).self)
            result[name] = text
        }
        return result
    }

    static func primaryKey(_ table: String, on c: PostgresConnection) async throws -> [String] {
        try await c.strings("""
            SELECT a.attname::text FROM pg_constraint k
            CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key(attnum, position)
            JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum
            WHERE k.conrelid = \(table)::regclass AND k.contype = 'p' ORDER BY key.position
            """)
    }

    static func foreignKeys(_ table: String, on c: PostgresConnection) async throws -> Set<ForeignKey> {
        let rows = try await c.query("""
            SELECT (SELECT array_agg(a.attname::text ORDER BY key.position) FROM unnest(k.conkey) WITH ORDINALITY AS key(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum),
                   n.nspname || '.' || r.relname || '(' ||
                   (SELECT string_agg(a.attname::text, ', ' ORDER BY key.position) FROM unnest(k.confkey) WITH ORDINALITY AS key(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = key.attnum) || ')',
                   CASE k.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                                      WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END
            FROM pg_constraint k JOIN pg_class r ON r.oid = k.confrelid JOIN pg_namespace n ON n.oid = r.relnamespace
            WHERE k.conrelid = \(table)::regclass AND k.contype = 'f'
            """, logger: TestPostgres.logger).collect()
        return Set(try rows.map { row in
            let (columns, references, onDelete) = try row.decode(([String], String, String).self)
            return ForeignKey(columns: columns, references: references, onDelete: onDelete)
        })
    }

    /// CHECK constraints of one column: their definitions.
    static func checks(_ table: String, column: String, on c: PostgresConnection) async throws -> [String] {
        try await c.strings("""
            SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k
            WHERE k.conrelid = \(table)::regclass AND k.contype = 'c'
              AND k.conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = \(table)::regclass AND attname = \(column))]::int2[]
            """)
    }

    /// Unique constraints and unique indexes other than the primary key, as column lists.
    static func uniques(_ table: String, on c: PostgresConnection) async throws -> Set<[String]> {
        let rows = try await c.query("""
            SELECT (SELECT array_agg(a.attname::text ORDER BY key.position)
                    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS key(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = key.attnum)
            FROM pg_index i WHERE i.indrelid = \(table)::regclass AND i.indisunique AND NOT i.indisprimary
            """, logger: TestPostgres.logger).collect()
        return Set(try rows.map { try $0.decode([String].self) })
    }

    static func rowSecurity(_ table: String, on c: PostgresConnection) async throws -> Bool {
        try await c.bool("SELECT relrowsecurity FROM pg_class WHERE oid = \(table)::regclass") ?? false
    }

    static func policies(_ schema: String, _ table: String, on c: PostgresConnection) async throws -> Set<Policy> {
        let rows = try await c.query("""
            SELECT policyname::text, cmd, roles::text[], permissive = 'PERMISSIVE'
            FROM pg_policies WHERE schemaname = \(schema) AND tablename = \(table)
            """, logger: TestPostgres.logger).collect()
        return Set(try rows.map { row in
            let (name, command, roles, permissive) = try row.decode((String, String, [String], Bool).self)
            return Policy(name: name, command: command, roles: roles.sorted(), permissive: permissive)
        })
    }

    /// The table privileges `role` holds (SELECT, INSERT, UPDATE, DELETE, TRUNCATE), column privileges apart.
    static func privileges(_ table: String, role: String, on c: PostgresConnection) async throws -> Set<String> {
        Set(try await c.strings("""
            SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p
            WHERE has_table_privilege(\(role), \(table)::regclass, p)
            """))
    }

    /// Definitions of the table's indexes by name.
    static func indexes(_ table: String, on c: PostgresConnection) async throws -> [String: String] {
        let rows = try await c.query("""
            SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = \(table)::regclass
            """, logger: TestPostgres.logger).collect()
        var result: [String: String] = [:]
        for row in rows {
            let (name, definition) = try row.decode((String, String).self)
            result[name.replacingOccurrences(of: "public.", with: "")] = definition
        }
        return result
    }

    /// The quoted literals of a CHECK definition: `status = ANY (ARRAY['a'::text, 'b'::text])` → [a, b].
    static func literals(_ definition: String) -> [String] {
        var result: [String] = []
        var rest = Substring(definition)
        while let open = rest.firstIndex(of: "'") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "'") else { break }
            result.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return result
    }
}
