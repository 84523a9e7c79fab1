import Logging
import PostgresNIO

/// Creating and dropping whole databases, for `underdog db start` and the tests' template clones.
/// These statements take identifiers, not parameters; `SQLIdentifier` guarantees they are plain names.
public enum DatabaseAdministration {
    public static func exists(_ name: SQLIdentifier, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query("SELECT 1 FROM pg_database WHERE datname = \(name.name)", logger: logger)
        return try await rows.collect().isEmpty == false
    }

    public static func create(_ name: SQLIdentifier, template: SQLIdentifier? = nil, on connection: PostgresConnection, logger: Logger) async throws {
        var statement = "CREATE DATABASE \(name.name)"
        if let template { statement += " TEMPLATE \(template.name)" }
        try await connection.run(PostgresQuery(unsafeSQL: statement), logger: logger)
    }

    /// Drops the database even while clients are still connected to it.
    public static func drop(_ name: SQLIdentifier, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name.name) WITH (FORCE)"), logger: logger)
    }
}
