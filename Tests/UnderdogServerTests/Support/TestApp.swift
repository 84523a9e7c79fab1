import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Metrics
import PostgresNIO
import Prometheus
import UnderdogAI
import UnderdogBlobs
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// Builds the real application against `url`, with its own database client run by the app's services,
/// exactly as `underdog serve` does.
func makeApp(
    url: DatabaseURL,
    logger: Logger = TestPostgres.logger,
    // Long enough that only a database that never answers misses it, however loaded the machine.
    readinessTimeout: Duration = .seconds(60),
    auth: AuthSettings = testAuthSettings,
    trustForwardedFor: Bool = false,
    blobs: (any BlobStore)? = nil,
    workers: CallAnalysisWorkers? = nil,
    vapi: VapiSettings = VapiSettings(),
    retellAPIKey: String? = nil,
    retellWebCalls: RetellWebCalls? = nil,
    personaModel: OpenAIConfiguration? = nil,
    coachModel: OpenAIConfiguration? = nil,
    metricsToken: String? = testMetricsToken
) async throws -> some ApplicationProtocol {
    // Dozens of apps run at once in one test process against one PostgreSQL: a small pool each keeps them all
    // under the server's connection limit.
    var configuration = url.clientConfiguration
    configuration.options.maximumConnections = 4
    let database = Database(client: PostgresClient(configuration: configuration, backgroundLogger: logger), logger: logger)
    return try await buildApplication(
        configuration: ServerConfiguration(host: "127.0.0.1", port: 0, auth: auth, trustForwardedFor: trustForwardedFor, vapi: vapi, retellAPIKey: retellAPIKey, retellWebCalls: retellWebCalls,
                                           metricsToken: metricsToken, personaModel: personaModel, coachModel: coachModel),
        database: database,
        migrator: Migrator(migrations: try Migration.bundled(), logger: logger),
        content: try ContentCatalog.load(directory: TestPostgres.repositoryRoot + "/content"),
        blobs: blobs ?? LocalFolderStore(root: TestBlobFolder.make()),
        workers: workers,
        logger: logger,
        metrics: testMetrics,
        readinessTimeout: readinessTimeout
    )
}

/// The process's one metrics registry: swift-metrics can be bootstrapped once per process.
let testMetrics: PrometheusCollectorRegistry = {
    let registry = PrometheusCollectorRegistry()
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    return registry
}()

/// The scrape token `/metrics` asks for in tests.
let testMetricsToken = "test-metrics-scrape-token"

/// Cheap bcrypt and generous rate limits: tests that are about limits set their own.
let testAuthSettings = AuthSettings(
    jwtSecret: "test-secret-test-secret-test-secret-0123",
    bcryptCost: 4,
    signInPerIP: RateLimit(limit: 1000, window: .seconds(60)),
    signInFailuresPerPair: [RateLimit(limit: 1000, window: .seconds(60))],
    signInPerEmail: RateLimit(limit: 1000, window: .seconds(60)),
    signUpPerIP: RateLimit(limit: 1000, window: .seconds(60)))

/// A JSON error body as every error response carries it.
struct ErrorResponse: Decodable {
    struct Detail: Decodable {
        let code: String
        let message: String
    }
    let error: Detail
}

/// A blob folder of its own for one app, under the run's temporary directory (removed with it).
enum TestBlobFolder {
    static func make() -> URL {
        let base = ProcessInfo.processInfo.environment["UNDERDOG_TEST_TMP"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory
        return base.appendingPathComponent("blobs-\(UUID().uuidString)", isDirectory: true)
    }
}
