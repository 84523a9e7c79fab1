import Hummingbird
import Logging
import ServiceLifecycle
import UnderdogStore

/// Builds the whole HTTP application; `underdog serve` and the tests call this same function.
/// The database client runs as a service beside the server and is shut down gracefully with it.
public func buildApplication(
    configuration: ServerConfiguration,
    database: Database,
    migrator: Migrator,
    logger: Logger,
    readinessTimeout: Duration = .seconds(3)
) -> some ApplicationProtocol {
    let router = buildRouter(checks: [DatabaseReadiness(database: database, migrator: migrator, timeout: readinessTimeout)])
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "underdog"),
        logger: logger
    )
    app.addServices(database.client)
    return app
}

/// The routes and middleware, without any server around them.
func buildRouter(checks: [any ReadinessCheck]) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: AccessLogMiddleware())
    router.add(middleware: ErrorMiddleware())
    HealthController(checks: checks).addRoutes(to: router)
    return router
}
