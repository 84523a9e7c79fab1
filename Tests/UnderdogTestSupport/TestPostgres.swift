import Foundation
import UnderdogProcess
import Logging
import PostgresNIO
import UnderdogStore

/// One embedded PostgreSQL for the whole test process: a fresh data folder and a free port, the schema
/// migrated once into a template database, and stopped and deleted when the process exits.
///
/// `UNDERDOG_TEST_DATABASE_URL` points the tests at an existing server instead (its user must be able to
/// create databases).
public actor TestPostgres {
    public static let shared = TestPostgres()

    public struct Server: Sendable {
        /// The maintenance database, from which test databases are created and dropped.
        public let adminURL: DatabaseURL
        /// PostgreSQL's client tools (psql, pg_dump), when the server is the embedded one.
        public let binDirectory: String?
    }

    static let templateName = SQLIdentifier("underdog_template")!
    private var server: Server?
    private var adminDatabase: Database?

    /// The repository's root, found from this file's place in it.
    public static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static let logger: Logger = {
        var logger = Logger(label: "underdog.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// Starts the server and builds the template on first call; later calls return at once.
    public func prepared() async throws -> Server {
        if let server { return server }
        let environment = ProcessInfo.processInfo.environment
        let server: Server
        if let external = environment["UNDERDOG_TEST_DATABASE_URL"], !external.isEmpty {
            server = Server(adminURL: try DatabaseURL(external), binDirectory: environment["UNDERDOG_PG_BIN"])
        } else {
            server = try startEmbedded(environment: environment)
        }
        let admin = Database(
            client: PostgresClient(configuration: server.adminURL.clientConfiguration, backgroundLogger: Self.logger),
            logger: Self.logger)
        Task { await admin.client.run() }
        try await buildTemplate(admin: admin, server: server)
        self.adminDatabase = admin
        self.server = server
        return server
    }

    /// A new database: a clone of the migrated template, or empty.
    func createDatabase(migrated: Bool) async throws -> (SQLIdentifier, DatabaseURL) {
        let server = try await prepared()
        guard let admin = adminDatabase else { throw TestSupportError("test server not prepared") }
        let name = SQLIdentifier("test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))!
        // Clones of one template made at the same moment can see each other as "using" the template
        // (55006); the clone is retried after a short, growing pause rather than failing the test.
        var attempt = 0
        while true {
            do {
                try await admin.ownerConnection { connection in
                    try await DatabaseAdministration.create(
                        name, template: migrated ? Self.templateName : nil, on: connection, logger: Self.logger)
                }
                return (name, server.adminURL.with(database: name.name))
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "55006" && attempt < 40 {
                attempt += 1
                try await Task.sleep(for: .milliseconds(25 * min(attempt, 8) + Int.random(in: 0...25)))
            }
        }
    }

    func dropDatabase(_ name: SQLIdentifier) async throws {
        guard let admin = adminDatabase else { return }
        try await admin.ownerConnection { connection in
            try await DatabaseAdministration.drop(name, on: connection, logger: Self.logger)
        }
    }

    private func buildTemplate(admin: Database, server: Server) async throws {
        try await admin.ownerConnection { connection in
            try await DatabaseAdministration.drop(Self.templateName, on: connection, logger: Self.logger)
            try await DatabaseAdministration.create(Self.templateName, on: connection, logger: Self.logger)
        }
        // The template's own connections are closed before anything is cloned from it.
        try await Database.withConnected(to: server.adminURL.with(database: Self.templateName.name), logger: Self.logger) { database in
            try await Migrator(migrations: try Migration.bundled(), logger: Self.logger).migrate(on: database.client)
        }
        // Cloning fails while anyone is connected to the template; nothing needs to once it is built, so it
        // refuses connections (autovacuum's included).
        try await admin.ownerConnection { connection in
            try await connection.run(
                PostgresQuery(unsafeSQL: "ALTER DATABASE \(Self.templateName.name) WITH ALLOW_CONNECTIONS false"), logger: Self.logger)
        }
    }

    private func startEmbedded(environment: [String: String]) throws -> Server {
        let binaries = try EmbeddedPostgres.locateBinaries(explicit: environment["UNDERDOG_PG_BIN"], projectRoot: Self.repositoryRoot)
        let parent = environment["UNDERDOG_TEST_TMP"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.temporaryDirectory.path
        let folder = parent + "/underdog-test-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The server may run as another account (when tests run as root): it must reach its folder.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        let embedded = EmbeddedPostgres(configuration: .init(
            binDirectory: binaries,
            dataDirectory: folder + "/pgdata",
            port: try FreePort.find(),
            password: UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        ))
        // However the test process ends, the watchdog stops the server and removes the folder.
        try embedded.stopWhenProcessEnds(getpid(), thenRemove: folder)
        try embedded.start()
        let url = DatabaseURL(host: "127.0.0.1", port: embedded.configuration.port, username: embedded.configuration.superuser,
                              password: embedded.configuration.password, database: "postgres")
        return Server(adminURL: url, binDirectory: binaries)
    }
}
