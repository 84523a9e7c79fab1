import ArgumentParser
import Foundation
import PostgresNIO
import HummingbirdBcrypt
import Logging
import UnderdogStore

/// `underdog admin …`: operator tasks, run as service_role against the configured database.
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Operator tasks: create organisations and users, change roles.",
        subcommands: [CreateOrg.self, CreateUser.self, SetRole.self]
    )

    struct CreateOrg: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create-org", abstract: "Create an organisation; prints its id.")

        @Option(help: "The organisation's name.") var name: String
        @Option(help: "free, pro or enterprise.") var plan: String = "free"

        func run() async throws {
            guard ["free", "pro", "enterprise"].contains(plan) else { throw ValidationError("--plan must be free, pro or enterprise") }
            let name = self.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard (1...120).contains(name.count) else { throw ValidationError("--name must be 1 to 120 characters") }
            let id = try await AdminCommand.withService { connection, logger in
                try await OrganizationQueries.create(name: name, plan: plan, on: connection, logger: logger)
            }
            print(id.uuidString.lowercased())
        }
    }

    struct CreateUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-user", abstract: "Create an account in an organisation; prints the password when one is generated.")

        @Option(help: "The sign-in email.") var email: String
        @Option(help: "The display name.") var name: String
        @Option(help: "The organisation's id.") var org: String
        @Option(help: "admin or user.") var role: String = "user"
        @Option(help: "The password (10 to 72 bytes); generated when left out.") var password: String?

        func run() async throws {
            guard let orgID = UUID(uuidString: org) else { throw ValidationError("--org must be an organisation id (a UUID)") }
            guard ["admin", "user"].contains(role) else { throw ValidationError("--role must be admin or user") }
            let email = self.email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard email.contains("@"), (3...320).contains(email.count) else { throw ValidationError("--email is not an email address") }
            let password = self.password ?? CommandEnvironment.randomToken(bytes: 12)
            guard (10...72).contains(password.utf8.count) else { throw ValidationError("--password must be 10 to 72 bytes") }
            let hash = Bcrypt.hash(password, cost: 11)
            let id = UUID()
            try await AdminCommand.withService { connection, logger in
                guard try await !AccountQueries.emailExists(email, on: connection, logger: logger) else {
                    throw CommandError("an account with the email \(email) already exists")
                }
                try await StoreError.classifying {
                    try await AccountQueries.createAccount(
                        id: id, email: email, passwordHash: hash, name: name, orgID: orgID, role: role, on: connection, logger: logger)
                }
            }
            print("created \(role) \(email) (\(id.uuidString.lowercased()))")
            if self.password == nil { print("password: \(password)") }
        }
    }

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Make an account an admin or a user.")

        @Option(help: "The account's email.") var email: String
        @Option(help: "admin or user.") var role: String

        func run() async throws {
            guard ["admin", "user"].contains(role) else { throw ValidationError("--role must be admin or user") }
            let user = try await AdminCommand.withService { connection, logger in
                try await OperatorQueries.setRole(role, email: email, on: connection, logger: logger)
            }
            print("\(user.email) is now \(user.role)")
        }
    }

    /// One service_role transaction on the configured database; store errors become one-line messages.
    static func withService<Result: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> Result
    ) async throws -> Result {
        let environment = try CommandEnvironment()
        let logger = Logger(label: "underdog.admin")
        do {
            return try await Database.withConnected(to: try environment.resolvedDatabaseURL(), logger: logger) { database in
                try await database.transaction(as: .service) { connection in try await body(connection, logger) }
            }
        } catch let error as StoreError {
            switch error {
            case .notFound(let message), .forbidden(let message), .conflict(let message), .planLimit(let message), .invalid(let message):
                throw CommandError(message)
            case .sessionEnded:
                throw CommandError("the session has ended")
            }
        }
    }
}
