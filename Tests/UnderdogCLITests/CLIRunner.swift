import Foundation
import UnderdogStore
import UnderdogTestSupport
import UnderdogProcess

/// Runs the built `underdog` executable, which sits beside the test bundle.
enum CLI {
    static let executable: String = {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("underdog").path
    }()

    static func run(_ arguments: [String], environment: [String: String]) throws -> CommandRunner.Result {
        try CommandRunner.run(executable, arguments, environment: Self.environment(environment))
    }

    /// What a CLI under test sees: the basics, where the embedded PostgreSQL's binaries are, and the test's own
    /// settings. Nothing else of the caller's: a set `OPENAI_BASE_URL` or `UNDERDOG_*_MODEL` would otherwise
    /// send the test to the network.
    static func environment(_ settings: [String: String]) -> ChildEnvironment {
        .clean(settings.merging(["LOG_FORMAT": "text"]) { old, _ in old }, passing: ["UNDERDOG_PG_BIN", "UNDERDOG_TEST_TMP"])
    }
}

/// A state folder and port of its own for one test of the embedded server.
struct ScratchHome {
    let path: String
    let port: Int

    init() throws {
        let parent = ProcessInfo.processInfo.environment["UNDERDOG_TEST_TMP"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.temporaryDirectory.path
        path = parent + "/cli-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        port = try FreePort.find()
    }

    var environment: [String: String] {
        ["UNDERDOG_HOME": path, "UNDERDOG_DB_PORT": "\(port)", "UNDERDOG_ROOT": TestPostgres.repositoryRoot, "DATABASE_URL": ""]
    }

    /// Stops the server if a test left it running, then removes the folder.
    func remove() {
        _ = try? CLI.run(["db", "stop"], environment: environment)
        try? FileManager.default.removeItem(atPath: path)
    }
}
