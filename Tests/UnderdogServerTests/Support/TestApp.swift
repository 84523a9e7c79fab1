import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// Builds the real application against `url`, with its own database client run by the app's services,
/// exactly as `underdog serve` does.
func makeApp(url: DatabaseURL, logger: Logger = TestPostgres.logger, readinessTimeout: Duration = .seconds(3)) throws -> some ApplicationProtocol {
    let database = Database(client: PostgresClient(configuration: url.clientConfiguration, backgroundLogger: logger), logger: logger)
    return buildApplication(
        configuration: ServerConfiguration(host: "127.0.0.1", port: 0),
        database: database,
        migrator: Migrator(migrations: try Migration.bundled(), logger: logger),
        logger: logger,
        readinessTimeout: readinessTimeout
    )
}

/// A JSON error body as every error response carries it.
struct ErrorResponse: Decodable {
    struct Detail: Decodable {
        let code: String
        let message: String
    }
    let error: Detail
}
