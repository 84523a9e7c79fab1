import Foundation
import Logging
import UnderdogAI
import UnderdogServer
import UnderdogStore

/// Everything the commands take from the environment, read once.
///
/// - `DATABASE_URL`: use that PostgreSQL; unset, the embedded server under `UNDERDOG_HOME`.
/// - `UNDERDOG_HOME` (default `./.underdog`): the embedded cluster, its password, sample sign-ins.
/// - `UNDERDOG_ROOT` (default the working directory): where `.venv` holds the PostgreSQL binaries.
/// - `UNDERDOG_PG_BIN`, `UNDERDOG_DB_PORT` (default 54329), `LOG_LEVEL` (default info), `LOG_FORMAT` (json|text).
/// - `JWT_SECRET` (default: made once in UNDERDOG_HOME), `TRUST_FORWARDED_FOR` (true behind a proxy).
/// - `UNDERDOG_CONTENT` (default `UNDERDOG_ROOT/content`): the rubric and the other shipped content.
/// - `OPENAI_BASE_URL`, `OPENAI_API_KEY`, `UNDERDOG_JUDGE_MODEL`: an OpenAI-compatible chat model that judges
///   calls beside the offline analyser; without a base URL and a model the offline analyser alone scores.
/// - `UNDERDOG_PERSONA_MODEL` with `OPENAI_BASE_URL` and `OPENAI_API_KEY`: the chat model that plays buyer
///   personas in text roleplay (streamed); unset, the offline persona engine answers.
struct CommandEnvironment {
    let databaseURL: String?
    let home: String
    let root: String
    let pgBin: String?
    let embeddedPort: Int
    let logLevel: Logger.Level
    let jsonLogs: Bool
    let configuredJWTSecret: String?
    let trustForwardedFor: Bool
    /// The bearer token `/metrics` asks for (`UNDERDOG_METRICS_TOKEN`); nil: loopback scrapers only.
    let metricsToken: String?
    /// The most connections the server's pool opens (`DATABASE_POOL_SIZE`).
    let databasePoolSize: Int
    let contentDirectory: String
    let judgeConfiguration: OpenAIConfiguration?
    let personaConfiguration: OpenAIConfiguration?

    static let embeddedDatabaseName = "underdog"

    init(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let cwd = FileManager.default.currentDirectoryPath
        self.databaseURL = environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        self.root = environment["UNDERDOG_ROOT"] ?? cwd
        self.home = environment["UNDERDOG_HOME"] ?? (root + "/.underdog")
        self.pgBin = environment["UNDERDOG_PG_BIN"]
        let portText = environment["UNDERDOG_DB_PORT"] ?? "54329"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw CommandError("UNDERDOG_DB_PORT must be a port number, not \(portText)")
        }
        self.embeddedPort = port
        let poolText = environment["DATABASE_POOL_SIZE"].flatMap { $0.isEmpty ? nil : $0 }
        guard let poolSize = poolText.map({ Int($0) }) ?? DatabaseURL.defaultPoolSize, (1...1000).contains(poolSize) else {
            throw CommandError("DATABASE_POOL_SIZE must be a number of connections from 1 to 1000, not \(poolText ?? "")")
        }
        self.databasePoolSize = poolSize
        let levelText = environment["LOG_LEVEL"] ?? "info"
        guard let level = Logger.Level(rawValue: levelText) else {
            throw CommandError("LOG_LEVEL must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.logLevel = level
        self.jsonLogs = (environment["LOG_FORMAT"] ?? "json") == "json"
        self.configuredJWTSecret = environment["JWT_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
        self.trustForwardedFor = environment["TRUST_FORWARDED_FOR"] == "true"
        self.metricsToken = environment["UNDERDOG_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        self.contentDirectory = environment["UNDERDOG_CONTENT"].flatMap { $0.isEmpty ? nil : $0 } ?? (root + "/content")
        if let base = environment["OPENAI_BASE_URL"], !base.isEmpty, let model = environment["UNDERDOG_JUDGE_MODEL"], !model.isEmpty {
            guard let url = URL(string: base), ["http", "https"].contains(url.scheme ?? "") else {
                throw CommandError("OPENAI_BASE_URL must be an http(s) URL, not \(base)")
            }
            self.judgeConfiguration = OpenAIConfiguration(baseURL: base, apiKey: environment["OPENAI_API_KEY"], chatModel: model)
        } else {
            self.judgeConfiguration = nil
        }
        if let model = environment["UNDERDOG_PERSONA_MODEL"], !model.isEmpty {
            guard let base = environment["OPENAI_BASE_URL"], let url = URL(string: base), ["http", "https"].contains(url.scheme ?? "") else {
                throw CommandError("UNDERDOG_PERSONA_MODEL needs OPENAI_BASE_URL, an http(s) URL such as https://api.openai.com/v1")
            }
            self.personaConfiguration = OpenAIConfiguration(baseURL: base, apiKey: environment["OPENAI_API_KEY"], chatModel: model)
        } else {
            self.personaConfiguration = nil
        }
    }

    /// Routes every logger of the process to JSON lines (or plain text for a terminal, on request).
    func bootstrapLogging() {
        let level = logLevel
        if jsonLogs {
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        } else {
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardOutput(label: label)
                handler.logLevel = level
                return handler
            }
        }
    }

    func embeddedServer() throws -> EmbeddedPostgres {
        let binaries = try EmbeddedPostgres.locateBinaries(explicit: pgBin, projectRoot: root)
        return EmbeddedPostgres(configuration: .init(
            binDirectory: binaries,
            dataDirectory: home + "/pgdata",
            port: embeddedPort,
            password: try embeddedPassword()
        ))
    }

    /// The database every command but `db` works on.
    func resolvedDatabaseURL() throws -> DatabaseURL {
        if let databaseURL { return try DatabaseURL(databaseURL) }
        return DatabaseURL(
            host: "127.0.0.1", port: embeddedPort, username: "postgres",
            password: try embeddedPassword(), database: Self.embeddedDatabaseName)
    }

    /// Made on first use and kept beside the cluster, readable by this account only.
    func embeddedPassword() throws -> String {
        let path = home + "/db.password"
        if let existing = try? String(contentsOfFile: path, encoding: .utf8) {
            return existing.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let password = Self.randomToken(bytes: 24)
        _ = FileManager.default.createFile(atPath: path, contents: Data((password + "\n").utf8), attributes: [.posixPermissions: 0o600])
        return password
    }

    /// `JWT_SECRET`, or for a single development server a secret made once and kept in UNDERDOG_HOME.
    /// Several servers behind a load balancer must share one `JWT_SECRET`.
    func jwtSecret() throws -> String {
        if let configuredJWTSecret {
            guard configuredJWTSecret.utf8.count >= 32 else { throw CommandError("JWT_SECRET must be at least 32 bytes long") }
            return configuredJWTSecret
        }
        let path = home + "/jwt.secret"
        if let existing = try? String(contentsOfFile: path, encoding: .utf8) {
            return existing.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let secret = Self.randomToken(bytes: 32)
        _ = FileManager.default.createFile(atPath: path, contents: Data((secret + "\n").utf8), attributes: [.posixPermissions: 0o600])
        return secret
    }

    static func randomToken(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

/// A command's failure, told to the operator in one line.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
