import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import Prometheus
import ServiceLifecycle
import UnderdogAI
import UnderdogAPI
import UnderdogBlobs
import UnderdogStore

/// Builds the whole HTTP application; `underdog serve` and the tests call this same function.
/// The database client runs as a service beside the server and is shut down gracefully with it.
public func buildApplication(
    configuration: ServerConfiguration,
    database: Database,
    migrator: Migrator,
    content: ContentCatalog,
    blobs: any BlobStore,
    workers: CallAnalysisWorkers? = nil,
    retention: RetentionSchedule? = nil,
    logger: Logger,
    metrics: PrometheusCollectorRegistry,
    readinessTimeout: Duration = .seconds(3),
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    // Progress notifications are read again from the row, so one missed while nobody watched is not kept.
    let progress = WakeUps<UUID>(keepsUnheard: false)
    var supabase: SupabaseTokens?
    if let settings = configuration.auth.supabase { supabase = await SupabaseTokens(settings: settings, logger: logger) }
    let tokens = await AccessTokens(secret: configuration.auth.jwtSecret, lifetime: configuration.auth.accessTokenLifetime, supabase: supabase)
    let auth = AuthService(
        database: database, tokens: tokens, hasher: PasswordHasher(cost: configuration.auth.bcryptCost),
        settings: configuration.auth, rateLimiter: RateLimiter(database: database))
    let retriever = KnowledgeRetriever(embedders: QueryEmbedders(remote: configuration.embeddingModel.map {
        OpenAIEmbedder(client: OpenAICompatibleClient(configuration: $0, logger: logger), model: $0.chatModel)
    }))
    let api = APIHandlers(
            database: database, auth: auth, settings: configuration.auth,
            rubric: try JSONDecoder().decode(Components.Schemas.Rubric.self, from: content.rubricJSON),
            personas: content.personas,
            scoringRubric: content.rubric,
            vapi: configuration.vapi,
            retell: configuration.retellWebCalls,
            curriculum: content.curriculum,
            retriever: retriever,
            personaChat: PersonaChatModel(configuration.personaModel, logger: logger))
    let renderer = try await PageRenderer.load()
    let pageServices = PageServices(
        database: database, personas: content.personas, curriculum: content.curriculum, rubric: content.rubric,
        roleplay: api.roleplayCalls, turns: api.roleplayTurns, renderer: renderer)
    let webApp = WebApp(
        services: pageServices,
        settingsPages: SettingsPages(services: pageServices, blobs: blobs, objectRows: configuration.storageObjectRows,
                                     supabase: configuration.auth.supabase),
        signIn: SignInPages(provider: signInProvider(configuration.auth, auth: auth, database: database, logger: logger), renderer: renderer),
        tokens: tokens, trustForwardedProto: configuration.trustForwardedFor)
    let router = try buildRouter(
        configuration: configuration,
        checks: [DatabaseReadiness(database: database, migrator: migrator, timeout: readinessTimeout)],
        tokens: tokens,
        api: api,
        webApp: webApp,
        uploads: UploadRoutes(database: database, blobs: blobs, progress: progress, maxBytes: configuration.maxUploadBytes,
                              objectRows: configuration.storageObjectRows),
        voice: VoiceWebhooks(configuration: configuration, database: database, content: content),
        coach: CoachRoutes(database: database, coach: Coach(retriever: retriever, chat: PersonaChatModel(configuration.coachModel, logger: logger))),
        metrics: metrics
    )
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "underdog"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
    app.addServices(database.client, ProgressListener(wakeUps: progress, database: database))
    if let workers {
        app.addServices(workers.service.client, workers)
    }
    // Uses the workers' service pool, so it runs only where workers do.
    if let retention { app.addServices(retention) }
    return app
}

/// The routes and middleware, without any server around them.
func buildRouter(
    configuration: ServerConfiguration,
    checks: [any ReadinessCheck],
    tokens: AccessTokens,
    api: APIHandlers,
    webApp: WebApp,
    uploads: UploadRoutes,
    voice: VoiceWebhooks,
    coach: CoachRoutes,
    metrics: PrometheusCollectorRegistry
) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: AccessLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(trustForwardedProto: configuration.trustForwardedFor))
    router.add(middleware: ErrorMiddleware(page: webApp.anonymousErrorPage))
    router.add(middleware: ClientMiddleware(trustForwardedFor: configuration.trustForwardedFor))
    router.add(middleware: AuthenticationMiddleware(tokens: tokens))
    // The upload route streams its body itself, with its own limit; every other body is read whole, capped.
    router.add(middleware: BodyLimitMiddleware(maxBytes: configuration.maxJSONBodyBytes, streamingPaths: [UploadRoutes.uploadPath]))
    router.add(middleware: RequestContextMiddleware())
    HealthController(checks: checks).addRoutes(to: router)
    MetricsController(registry: metrics, token: configuration.metricsToken, queue: QueueMetrics(database: api.database)).addRoutes(to: router)
    uploads.addRoutes(to: router)
    voice.addRoutes(to: router)
    coach.addRoutes(to: router)
    RoleplayStreamRoutes(turns: api.roleplayTurns).addRoutes(to: router)
    webApp.addRoutes(to: router)

    let document = try OpenAPIDocumentJSON.render()
    router.get("/api/v1/openapi.json") { _, _ in
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: document)))
    }
    // Compact JSON in the order the schema declares its fields: pretty printing and key sorting cost every
    // response time (a fifth of a 25-session page) and bytes that no client reads.
    try api.registerHandlers(
        on: router, serverURL: URL(string: "/api/v1")!,
        configuration: .init(dateTranscoder: WireDateTranscoder(), jsonEncodingOptions: []))
    return router
}

/// The pages sign in through Supabase Auth when it is configured for that (`SupabaseAuthSettings.signsInPages`),
/// through the server's own accounts otherwise.
func signInProvider(_ settings: AuthSettings, auth: AuthService, database: Database, logger: Logger) -> any SignInProvider {
    guard let supabase = settings.supabase, supabase.signsInPages, let url = supabase.authURL, let anonKey = supabase.anonKey else {
        return ServerSignIn(auth: auth, settings: settings)
    }
    return SupabaseSignIn(
        api: SupabaseAuthAPI(base: url, anonKey: anonKey, serviceRoleKey: supabase.serviceRoleKey, http: .shared),
        database: database, rateLimiter: auth.rateLimiter, settings: settings, logger: logger)
}
