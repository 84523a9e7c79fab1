import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import UnderdogServer
import UnderdogStore

/// `underdog worker`: call-analysis workers alone, without the HTTP server. Run as many as the recordings
/// need, on as many machines, against one database: the queue hands each job to one of them.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worker", abstract: "Run call-analysis workers until stopped.")

    @Option(help: "Jobs to run at once (default: UNDERDOG_WORKERS, or 1).") var concurrency: Int?

    func validate() throws {
        if let concurrency, !(1...64).contains(concurrency) { throw ValidationError("--concurrency must be 1 to 64") }
    }

    func run() async throws {
        let environment = try CommandEnvironment()
        environment.bootstrapLogging()
        let logger = Logger(label: "underdog.worker")
        // `serve` may be told to run no workers (UNDERDOG_WORKERS=0); a worker process always runs at least one.
        var settings = try environment.workerSettings(concurrency: concurrency)
        settings.concurrency = max(1, settings.concurrency)
        let url = try environment.resolvedDatabaseURL()
        let service = ServiceDatabase(
            client: .init(configuration: ServiceDatabase.clientConfiguration(for: url, maximumConnections: settings.concurrency + 3), backgroundLogger: logger),
            logger: logger)
        let content = try ContentCatalog.load(directory: environment.contentDirectory)
        let blobs = try environment.blobStore(logger: logger)
        let workers = try CallAnalysisWorkers(
            service: service, blobs: blobs, rubric: content.rubric, settings: settings,
                speechToText: try environment.speechToText(logger: logger), logger: logger)
        var services: [any Service] = [service.client, workers]
        if let retention = try environment.retentionSchedule(service: service, blobs: blobs, logger: logger) { services.append(retention) }
        let group = ServiceGroup(configuration: .init(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
