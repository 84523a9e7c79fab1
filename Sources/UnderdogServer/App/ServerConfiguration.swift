import Foundation
import Logging
import UnderdogAI
import UnderdogStore

/// Everything the server is told at start-up, read once from the command line and environment.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var logLevel: Logger.Level
    public var auth: AuthSettings
    /// Take the client address from `X-Forwarded-For` (only behind a proxy that sets it).
    public var trustForwardedFor: Bool
    /// The largest JSON request body accepted, in bytes.
    public var maxJSONBodyBytes: Int
    /// The largest call recording accepted: the call-recordings bucket's limit.
    public var maxUploadBytes: Int
    /// The OpenAI-compatible chat model that plays personas in text roleplay; nil: the offline persona engine.
    public var personaModel: OpenAIConfiguration?
    /// The OpenAI-compatible chat model the coach writes answers with; nil: the extractive coach.
    public var coachModel: OpenAIConfiguration?
    /// The OpenAI-compatible embeddings model questions are embedded with; nil: the offline embedder with the
    /// statistics the last ingestion stored. Must be the model the content was ingested with.
    public var embeddingModel: OpenAIConfiguration?
    /// Voice practice through VAPI: webhook credentials, the browser's key, what assistants run on.
    public var vapi: VapiSettings
    /// The bearer token `/metrics` asks for; nil serves it only to clients on this machine (loopback).
    public var metricsToken: String?
    /// Retell's API key, which signs its webhooks; nil refuses every Retell webhook.
    public var retellAPIKey: String?
    /// Creates Retell web calls; nil when no Retell agent is configured.
    public var retellWebCalls: RetellWebCalls?
    /// Whether the server writes recordings' `storage.objects` rows, or Supabase Storage does.
    public var storageObjectRows: StorageObjectRows

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        logLevel: Logger.Level = .info,
        auth: AuthSettings,
        trustForwardedFor: Bool = false,
        maxJSONBodyBytes: Int = 1 << 20,
        maxUploadBytes: Int = 104_857_600,
        vapi: VapiSettings = VapiSettings(),
        retellAPIKey: String? = nil,
        retellWebCalls: RetellWebCalls? = nil,
        metricsToken: String? = nil,
        personaModel: OpenAIConfiguration? = nil,
        coachModel: OpenAIConfiguration? = nil,
        embeddingModel: OpenAIConfiguration? = nil,
        storageObjectRows: StorageObjectRows = .server
    ) {
        self.storageObjectRows = storageObjectRows
        self.host = host
        self.port = port
        self.logLevel = logLevel
        self.auth = auth
        self.trustForwardedFor = trustForwardedFor
        self.maxJSONBodyBytes = maxJSONBodyBytes
        self.maxUploadBytes = maxUploadBytes
        self.vapi = vapi
        self.retellAPIKey = retellAPIKey
        self.retellWebCalls = retellWebCalls
        self.metricsToken = metricsToken
        self.personaModel = personaModel
        self.coachModel = coachModel
        self.embeddingModel = embeddingModel
    }
}

/// Token lifetimes, password hashing cost and the sign-in rate limits.
public struct AuthSettings: Sendable {
    /// The HS256 key for access tokens; at least 32 bytes.
    public var jwtSecret: String
    public var accessTokenLifetime: Duration
    public var refreshTokenLifetime: Duration
    public var inviteLifetime: Duration
    public var bcryptCost: Int
    /// Sign-in attempts from one address, whatever the email: slows a guesser spraying many accounts.
    public var signInPerIP: RateLimit
    /// Failed sign-ins for one email from one address, in tiers of growing windows: each tier a guesser
    /// reaches locks that pair out for longer. The owner, signing in from another address, is not affected.
    public var signInFailuresPerPair: [RateLimit]
    /// Failed sign-ins for one email from anywhere: past this, the server logs a notice and counts it in
    /// `underdog_signin_email_pressure_total` for alerting. A signal, never a lock: anyone who knows an
    /// address could otherwise lock its owner out.
    public var signInPerEmail: RateLimit
    public var signUpPerIP: RateLimit
    /// Also accept Supabase Auth's access tokens (a deployment on Supabase); nil: only the server's own.
    public var supabase: SupabaseAuthSettings?

    public init(
        jwtSecret: String,
        accessTokenLifetime: Duration = .seconds(15 * 60),
        refreshTokenLifetime: Duration = .seconds(30 * 24 * 3600),
        inviteLifetime: Duration = .seconds(7 * 24 * 3600),
        bcryptCost: Int = 11,
        signInPerIP: RateLimit = RateLimit(limit: 30, window: .seconds(300)),
        signInFailuresPerPair: [RateLimit] = [
            RateLimit(limit: 5, window: .seconds(900)), RateLimit(limit: 10, window: .seconds(3600)), RateLimit(limit: 20, window: .seconds(86_400)),
        ],
        signInPerEmail: RateLimit = RateLimit(limit: 10, window: .seconds(900)),
        signUpPerIP: RateLimit = RateLimit(limit: 10, window: .seconds(3600)),
        supabase: SupabaseAuthSettings? = nil
    ) {
        self.supabase = supabase
        self.jwtSecret = jwtSecret
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshTokenLifetime = refreshTokenLifetime
        self.inviteLifetime = inviteLifetime
        self.bcryptCost = bcryptCost
        self.signInPerIP = signInPerIP
        self.signInFailuresPerPair = signInFailuresPerPair
        self.signInPerEmail = signInPerEmail
        self.signUpPerIP = signUpPerIP
    }
}

/// Supabase Auth on a deployment on Supabase. Verifying its access tokens needs the project's JWT secret (HS256,
/// the legacy shared secret), its JWKS URL (asymmetric signing keys,
/// `https://<project>.supabase.co/auth/v1/.well-known/jwks.json`), or both. With `authURL` and `anonKey` the web
/// pages also sign people in, renew and sign out through Supabase Auth's REST API instead of the server's own
/// accounts; `serviceRoleKey` lets the server create accounts there (sign-up, invites) and delete them (erasure).
public struct SupabaseAuthSettings: Sendable {
    public var jwtSecret: String?
    public var jwksURL: URL?
    /// When set, a token's `iss` must be exactly this (`https://<project>.supabase.co/auth/v1`).
    public var issuer: String?
    /// Supabase Auth's REST root, `https://<project>.supabase.co/auth/v1`.
    public var authURL: URL?
    /// The project's public (anon or publishable) API key, sent as `apikey` on every call.
    public var anonKey: String?
    /// The project's service-role (secret) key: admin calls only, never sent to a browser.
    public var serviceRoleKey: String?

    public init(jwtSecret: String? = nil, jwksURL: URL? = nil, issuer: String? = nil,
                authURL: URL? = nil, anonKey: String? = nil, serviceRoleKey: String? = nil) {
        self.jwtSecret = jwtSecret
        self.jwksURL = jwksURL
        self.issuer = issuer
        self.authURL = authURL
        self.anonKey = anonKey
        self.serviceRoleKey = serviceRoleKey
    }

    /// Whether the web pages sign in through Supabase Auth.
    public var signsInPages: Bool { authURL != nil && anonKey != nil }
}

/// At most `limit` attempts per fixed window.
public struct RateLimit: Sendable, Equatable {
    public var limit: Int
    public var window: Duration

    public init(limit: Int, window: Duration) {
        self.limit = limit
        self.window = window
    }
}
