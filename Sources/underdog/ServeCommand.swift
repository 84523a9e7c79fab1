import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import UnderdogServer
import UnderdogStore

/// `underdog serve`: the HTTP server, until SIGTERM or SIGINT, then a graceful shutdown.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the HTTP server.")

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Flag(help: "Apply pending migrations before serving.")
    var migrate = false

    func run() async throws {
        let environment = try CommandEnvironment()
        environment.bootstrapLogging()
        let logger = Logger(label: "underdog")
        let url = try environment.resolvedDatabaseURL()
        let database = Database(
            client: .init(configuration: url.clientConfiguration(maximumConnections: environment.databasePoolSize), backgroundLogger: logger),
            logger: logger)
        let migrator = Migrator(migrations: try Migration.bundled(), logger: logger)
        if migrate {
            _ = try await Database.withConnected(to: url, logger: logger) { try await migrator.migrate(on: $0.client) }
        }
        logger.info("starting", metadata: ["database": "\(url)", "address": "\(host):\(port)"])
        let content = try ContentCatalog.load(directory: environment.contentDirectory)
        let blobs = try environment.blobStore(logger: logger)
        let settings = try environment.workerSettings()
        var workers: CallAnalysisWorkers?
        var retention: RetentionSchedule?
        if settings.concurrency > 0 {
            let service = ServiceDatabase(
                client: .init(configuration: ServiceDatabase.clientConfiguration(for: url, maximumConnections: settings.concurrency + 3), backgroundLogger: logger),
                logger: logger)
            workers = try CallAnalysisWorkers(service: service, blobs: blobs, rubric: content.rubric, settings: settings,
                speechToText: try environment.speechToText(logger: logger), logger: logger)
            retention = try environment.retentionSchedule(service: service, blobs: blobs, logger: logger)
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let app = try await buildApplication(
            configuration: ServerConfiguration(
                host: host, port: port, logLevel: environment.logLevel,
                auth: AuthSettings(jwtSecret: try environment.jwtSecret(), supabase: try environment.supabaseAuth()),
                trustForwardedFor: environment.trustForwardedFor,
                vapi: try environment.vapiSettings(),
                retellAPIKey: environment.retellAPIKey,
                retellWebCalls: environment.retellWebCalls,
                metricsToken: environment.metricsToken,
                personaModel: environment.personaConfiguration,
                coachModel: try environment.modelConfiguration("UNDERDOG_COACH_MODEL"),
                embeddingModel: try environment.modelConfiguration("UNDERDOG_EMBEDDING_MODEL"),
                storageObjectRows: try environment.storageObjectRows()),
            database: database,
            migrator: migrator,
            content: content,
            blobs: blobs,
            workers: workers,
            retention: retention,
            logger: logger,
            metrics: registry
        )
        try await app.runService()
    }
}
