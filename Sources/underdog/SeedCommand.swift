import ArgumentParser
import Foundation
import HummingbirdBcrypt
import Logging
import UnderdogServer
import UnderdogStore

/// `underdog seed`: the sample organisation, its manager and two reps, and six weeks of the reps' practice
/// (played through the real persona engine and scorer). Safe to run again.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Write the sample content (idempotent) and print the sample sign-ins."
    )

    @Flag(name: .customLong("no-history"), help: "Leave out the sample reps' practice history (for a production database).")
    var noHistory = false

    func run() async throws {
        let environment = try CommandEnvironment()
        environment.bootstrapLogging()
        let logger = Logger(label: "underdog.seed")
        let url = try environment.resolvedDatabaseURL()
        let content = try ContentCatalog.load(directory: environment.contentDirectory)
        let outcome = try await Database.withConnected(to: url, logger: logger) { database in
            let outcome = try await Seeder(
                database: database,
                hashPassword: { Bcrypt.hash($0, cost: 10) },
                makePassword: { CommandEnvironment.randomToken(bytes: 9) }
            ).run()
            try await Self.seedCurriculum(content, database: database, logger: logger)
            if !noHistory {
                let written = try await SampleHistory(database: database, personas: content.personas, rubric: content.rubric).seed(logger: logger)
                for (email, count) in written.sorted(by: { $0.key < $1.key }) where count > 0 {
                    logger.info("sample practice history written", metadata: ["rep": "\(email)", "sessions": "\(count)"])
                }
            }
            return outcome
        }
        let logins = SampleLogins(path: environment.home + "/sample-logins.txt")
        try logins.record(outcome.created)
        print(try logins.summary())
    }
}

/// The sample members' passwords, kept after the seed that made them so setup can print them every time.
struct SampleLogins {
    let path: String

    func record(_ created: [Seeder.Credential]) throws {
        guard !created.isEmpty else { return }
        var lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        let emails = Set(created.map(\.email))
        lines.removeAll { line in emails.contains(String(line.split(separator: " ").first ?? "")) }
        lines += created.map { "\($0.email) \($0.password)" }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8), attributes: [.posixPermissions: 0o600])
    }

    func summary() throws -> String {
        let known = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? []
        var text = "Sample sign-ins (\(SampleTeam.organisationName)):\n"
        for member in SampleTeam.members {
            let password = known.first { $0.hasPrefix(member.email + " ") }?.split(separator: " ").last.map(String.init)
            let role = member.role == "admin" ? "manager" : "rep"
            text += "  \(role.padding(toLength: 8, withPad: " ", startingAt: 0)) \(member.email)  password: \(password ?? "(set before; not recorded here)")\n"
        }
        return text
    }
}
