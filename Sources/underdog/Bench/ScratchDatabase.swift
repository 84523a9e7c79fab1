import Logging
import PostgresNIO
import UnderdogStore

/// A database of the bench's own beside the application's, on the same server; dropped when done.
struct ScratchDatabase {
    let server: DatabaseURL
    let name: SQLIdentifier
    var url: DatabaseURL { server.with(database: name.name) }

    static func create(on server: DatabaseURL, named text: String, logger: Logger) async throws -> ScratchDatabase {
        guard let name = SQLIdentifier(text) else { throw CommandError("\(text) is not a plain database name") }
        try await Database.withConnected(to: server, logger: logger) { database in
            try await database.ownerConnection { connection in
                try await DatabaseAdministration.drop(name, on: connection, logger: logger)
                try await DatabaseAdministration.create(name, on: connection, logger: logger)
            }
        }
        return ScratchDatabase(server: server, name: name)
    }

    func drop(logger: Logger) async throws {
        try await Database.withConnected(to: server, logger: logger) { database in
            try await database.ownerConnection { connection in
                try await DatabaseAdministration.drop(name, on: connection, logger: logger)
            }
        }
    }
}

extension ScratchDatabase {
    /// Creates the scratch database, runs `body` on it and drops it, also when `body` fails; PostgreSQL's own
    /// message is what an operator running a bench needs, so it is shown instead of the driver's summary.
    static func using<Result>(named text: String, on server: DatabaseURL, logger: Logger, _ body: (DatabaseURL) async throws -> Result) async throws -> Result {
        let scratch = try await create(on: server, named: text, logger: logger)
        do {
            let result = try await body(scratch.url)
            try await scratch.drop(logger: logger)
            return result
        } catch {
            try? await scratch.drop(logger: logger)
            if let error = error as? PSQLError { throw CommandError("PostgreSQL: \(String(reflecting: error))") }
            throw error
        }
    }
}
