import Logging
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
