import ArgumentParser
import Foundation
import Logging
import UnderdogStore

/// `underdog db start|stop|status`: the embedded PostgreSQL server.
struct DBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Start, stop or inspect the embedded PostgreSQL server.",
        subcommands: [Start.self, Stop.self, Status.self]
    )

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the cluster if needed, start it and create the app's database.")

        func run() async throws {
            let environment = try CommandEnvironment()
            if let url = environment.databaseURL {
                print("DATABASE_URL is set (\((try? DatabaseURL(url))?.description ?? "unparsable")): nothing to start.")
                return
            }
            let server = try environment.embeddedServer()
            try server.start()
            let logger = Logger(label: "underdog.db")
            let admin = try environment.resolvedDatabaseURL().with(database: "postgres")
            let name = SQLIdentifier(CommandEnvironment.embeddedDatabaseName)!
            try await Database.withConnected(to: admin, logger: logger) { database in
                try await database.ownerConnection { connection in
                    if try await !DatabaseAdministration.exists(name, on: connection, logger: logger) {
                        try await DatabaseAdministration.create(name, on: connection, logger: logger)
                    }
                }
            }
            print("PostgreSQL is running on 127.0.0.1:\(environment.embeddedPort) (data: \(server.configuration.dataDirectory), log: \(server.logFile))")
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop the embedded server; data stays.")

        func run() async throws {
            let server = try CommandEnvironment().embeddedServer()
            try server.stop()
            print("PostgreSQL stopped.")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say whether the embedded server runs; exit 3 when it does not.")

        func run() async throws {
            let environment = try CommandEnvironment()
            let server = try environment.embeddedServer()
            if try server.isRunning() {
                print("running on 127.0.0.1:\(environment.embeddedPort) (data: \(server.configuration.dataDirectory))")
            } else {
                print(server.isInitialised ? "stopped (data: \(server.configuration.dataDirectory))" : "not created yet")
                throw ExitCode(3)
            }
        }
    }
}
