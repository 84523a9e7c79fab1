import ArgumentParser
import Foundation
import PostgresNIO
import HummingbirdBcrypt
import Logging
import UnderdogServer
import UnderdogStore

/// `underdog admin …`: operator tasks, run as service_role against the configured database.
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Operator tasks: organisations, users and roles; purge expired data; export or erase a member's data.",
        subcommands: [CreateOrg.self, CreateUser.self, SetRole.self, Purge.self, Export.self, Erase.self]
    )

    struct Purge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove what the retention policy no longer keeps (the scheduled purge, run now); prints rows per table.")

        @Flag(help: "Only count what would be removed.") var dryRun = false

        func run() async throws {
            let environment = try CommandEnvironment()
            environment.bootstrapLogging()
            let logger = Logger(label: "underdog.admin")
            let url = try environment.resolvedDatabaseURL()
            let policy = try environment.retentionPolicy()
            let blobs = try environment.blobStore(logger: logger)
            let objectRows = try environment.storageObjectRows()
            let report = try await ServiceDatabase.withConnected(to: url, logger: logger) { service in
                try await RetentionPurge(service: service, blobs: blobs, policy: policy, objectRows: objectRows, logger: logger)
                    .run(dryRun: dryRun)
            }
            print(dryRun ? "Would remove:" : "Removed:")
            for category in RetentionCategory.allCases {
                print("  \(String(report.rows[category] ?? 0).leftPadded(to: 7))  \(category.rawValue)")
            }
            if !dryRun { print("  \(String(report.recordingsDeleted).leftPadded(to: 7))  recordings deleted from the blob store") }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything about one member to a ZIP (a JSON file per table, their recordings); prints its path.")

        @Option(help: "The member's sign-in email.") var email: String
        @Option(help: "The file to write; default: <UNDERDOG_HOME>/exports/<member id>.zip.") var to: String?

        func run() async throws {
            let environment = try CommandEnvironment()
            environment.bootstrapLogging()
            let logger = Logger(label: "underdog.admin")
            let blobs = try environment.blobStore(logger: logger)
            let (file, summary) = try await ServiceDatabase.withConnected(to: try environment.resolvedDatabaseURL(), logger: logger) { service in
                let member = try await AdminCommand.member(email: email, service: service, logger: logger)
                let file = try to ?? AdminCommand.file(in: environment.home + "/exports", named: member.uuidString.lowercased() + ".zip")
                return (file, try await MemberExport(service: service, blobs: blobs, logger: logger).export(member: member, to: file))
            }
            print(file)
            let rows = summary.rows.values.reduce(0, +)
            print("\(rows) rows in \(summary.rows.count) tables, \(summary.recordings) recordings"
                  + (summary.missingRecordings.isEmpty ? "" : "; missing from the blob store: \(summary.missingRecordings.joined(separator: ", "))"))
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase one member: recordings, sessions, uploads, conversations, coach threads; the account kept as an anonymous tombstone.",
            discussion: "Cannot be undone. Export first if the member asked for their data (underdog admin export).")

        @Option(help: "The member's sign-in email.") var email: String
        @Flag(help: "Confirm the erasure.") var confirm = false

        func run() async throws {
            guard confirm else { throw CommandError("erasure cannot be undone: run again with --confirm") }
            let environment = try CommandEnvironment()
            environment.bootstrapLogging()
            let logger = Logger(label: "underdog.admin")
            let blobs = try environment.blobStore(logger: logger)
            let objectRows = try environment.storageObjectRows()
            let supabase = try environment.supabaseAuth()
            let summary = try await ServiceDatabase.withConnected(to: try environment.resolvedDatabaseURL(), logger: logger) { service in
                let member = try await AdminCommand.member(email: email, service: service, logger: logger)
                return try await MemberErasure(service: service, blobs: blobs, objectRows: objectRows, supabase: supabase, logger: logger)
                    .erase(member: member)
            }
            print("Erased: \(summary.database); \(summary.recordingsDeleted) recordings deleted from the blob store.")
        }
    }

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

extension AdminCommand {
    static func member(email: String, service: ServiceDatabase, logger: Logger) async throws -> UUID {
        let found = try await service.transaction { connection in
            try await MemberDataQueries.member(email: email.trimmingCharacters(in: .whitespacesAndNewlines), on: connection, logger: logger)
        }
        guard let found else { throw CommandError("no member has the email \(email)") }
        return found
    }

    static func file(in folder: String, named name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/" + name
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
