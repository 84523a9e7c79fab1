import ArgumentParser
import Foundation
import Logging
import Metrics
import PostgresNIO
import Prometheus
import ServiceLifecycle
import UnderdogBlobs
import UnderdogServer
import UnderdogStore

/// The load settings every HTTP bench takes: wrk and pgbench alike run at the same concurrency and time.
struct BenchLoadOptions: ParsableArguments {
    @Option(help: "Concurrent connections, for wrk and pgbench alike.") var connections = 16
    @Option(help: "Seconds each measured run lasts.") var seconds = 10
    @Option(help: "Seconds of unmeasured warm-up before each run.") var warmup = 3
    @Option(help: "Scored sessions the bench rep has, three a day.") var sessions = 200

    func validate() throws {
        guard (1...256).contains(connections) else { throw ValidationError("--connections must be 1 to 256") }
        guard (1...600).contains(seconds), (0...60).contains(warmup) else { throw ValidationError("--seconds must be 1 to 600, --warmup 0 to 60") }
        guard (1...100_000).contains(sessions) else { throw ValidationError("--sessions must be 1 to 100000") }
    }
}

/// What an HTTP bench needs around it: wrk and pgbench located, a scratch database on the configured
/// server, and the real application started in this process on a free port.
enum BenchServer {
    struct Tools {
        let wrk: String
        let pgbench: String
    }

    static func tools(_ environment: CommandEnvironment) throws -> Tools {
        let wrk = try ExternalTool.locate("wrk", hint: "scripts/bench installs it (Debian package wrk)")
        let pgbench = try EmbeddedPostgres.locateBinaries(explicit: environment.pgBin, projectRoot: environment.root) + "/pgbench"
        guard FileManager.default.isExecutableFile(atPath: pgbench) else { throw CommandError("pgbench not found at \(pgbench)") }
        return Tools(wrk: wrk, pgbench: pgbench)
    }

    static var logger: Logger {
        var logger = Logger(label: "underdog.bench")
        logger.logLevel = .warning
        return logger
    }

    /// Runs `body` with the application listening on 127.0.0.1 (its base URL given), then shuts it down.
    static func running(
        url: DatabaseURL, poolSize: Int, content: ContentCatalog, logger: Logger, _ body: (_ site: String) async throws -> Void
    ) async throws {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let database = Database(client: .init(configuration: url.clientConfiguration(maximumConnections: poolSize), backgroundLogger: logger), logger: logger)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = try await buildApplication(
            configuration: ServerConfiguration(
                host: "127.0.0.1", port: 0, logLevel: .warning,
                auth: AuthSettings(jwtSecret: CommandEnvironment.randomToken(bytes: 32), bcryptCost: 4)),
            database: database,
            migrator: Migrator(migrations: try Migration.bundled(), logger: logger),
            content: content,
            blobs: LocalFolderStore(root: FileManager.default.temporaryDirectory.appendingPathComponent("underdog-bench-blobs")),
            logger: logger,
            metrics: registry,
            onServerRunning: { port in portSink.yield(port) })

        let services = ServiceGroup(configuration: .init(services: [app], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CommandError("the server did not start") }
            say("server listening on port \(port)")
            try await body("http://127.0.0.1:\(port)")
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }
}
