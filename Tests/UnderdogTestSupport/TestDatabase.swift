import Foundation
import Logging
import PostgresNIO
import UnderdogStore

/// A database of its own for one test, dropped when the test ends.
public struct TestDatabase: Sendable {
    public let name: String
    public let url: DatabaseURL
    /// Connected as the owner (superuser); use `database.transaction(as:)` to act as a user.
    public let database: Database
    /// psql and pg_dump, when the server is the embedded one.
    public let binDirectory: String?
}

/// Runs `body` with a fresh database cloned from the migrated template (or an empty one).
public func withTestDatabase<Result: Sendable>(
    migrated: Bool = true,
    _ body: (TestDatabase) async throws -> Result
) async throws -> Result {
    let postgres = TestPostgres.shared
    let server = try await postgres.prepared()
    let (name, url): (SQLIdentifier, DatabaseURL)
    do {
        (name, url) = try await postgres.createDatabase(migrated: migrated)
    } catch let error as PSQLError {
        throw TestSupportError("PostgreSQL: \(String(reflecting: error))")
    }
    do {
        let result = try await Database.withConnected(to: url, logger: TestPostgres.logger) { database in
            try await body(TestDatabase(name: name.name, url: url, database: database, binDirectory: server.binDirectory))
        }
        try await postgres.dropDatabase(name)
        return result
    } catch {
        try? await postgres.dropDatabase(name)
        // The driver's own description hides the server's message, which is what a failing test needs to show.
        if let error = error as? PSQLError { throw TestSupportError("PostgreSQL: \(String(reflecting: error))") }
        throw error
    }
}
