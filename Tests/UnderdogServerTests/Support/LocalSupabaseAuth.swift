import Foundation
import Hummingbird
import JWTKit
import Logging
import NIOCore
import PostgresNIO
import UnderdogTestSupport

/// Stands in for a Supabase project's Auth as far as a resource server sees it: it serves the project's JWKS at
/// `/auth/v1/.well-known/jwks.json` (an ES256 public key with its `kid`, as Supabase publishes asymmetric keys)
/// and mints access tokens exactly as Supabase Auth does — header `alg`, `kid`, `typ: JWT`; claims `iss`, `sub`,
/// `aud`, `exp`, `iat`, `email`, `phone`, `app_metadata`, `user_metadata`, `role`, `aal`, `amr`, `session_id`,
/// `is_anonymous` — with that key, or HS256 with the project's legacy JWT secret.
///
/// Given a database (`attach`), it also speaks the part of Supabase Auth's REST API the server calls
/// (`LocalSupabaseAuth+REST.swift`): password and refresh grants, logout, admin create and delete, writing
/// auth.users and auth.sessions rows as Supabase Auth does.
actor LocalSupabaseAuth {
    static let keyID = "0a1b2c3d-supabase-test-key"
    static let anonKey = "test-anon-key"
    static let serviceRoleKey = "test-service-role-key"
    let privateKey = ES256PrivateKey()
    let jwtSecret = "super-secret-jwt-token-with-at-least-32-characters-long"
    private(set) var jwksRequests = 0

    // The REST API's state: accounts by id, refresh tokens, and the calls it was sent (path and apikey).
    struct Account { var email: String; var password: String; var deleted = false }
    struct RefreshToken { let session: UUID; let user: UUID; var used = false }
    var accounts: [UUID: Account] = [:]
    var refreshTokens: [String: RefreshToken] = [:]
    var database: (@Sendable (PostgresQuery) async throws -> Void)?
    var issuer = ""
    /// When set, every grant answers 429 as Supabase Auth's rate limiter does.
    var rateLimited = false
    private(set) var calls: [String] = []

    func attach(_ database: @escaping @Sendable (PostgresQuery) async throws -> Void) { self.database = database }
    func setRateLimited(_ on: Bool) { rateLimited = on }
    func record(_ call: String) { calls.append(call) }

    struct Claims: JWTPayload {
        struct Method: Codable, Sendable { var method: String; var timestamp: Int }
        var iss: String
        var sub: String
        var aud: String
        var exp: Int
        var iat: Int
        var email: String
        var phone: String
        var app_metadata: [String: [String]]
        var user_metadata: [String: String]
        var role: String
        var aal: String
        var amr: [Method]
        var session_id: String
        var is_anonymous: Bool

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    func run<Result: Sendable>(_ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let router = Router()
        router.get("/auth/v1/.well-known/jwks.json") { _, _ -> Response in await self.jwks() }
        addRESTRoutes(to: router)
        let (ports, sink) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "local-supabase-auth")
        logger.logLevel = .critical
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in sink.yield(channel.localAddress?.port ?? 0) }, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw TestSupportError("the local Supabase Auth did not start") }
            issuer = "http://127.0.0.1:\(port)/auth/v1"
            return try await body("http://127.0.0.1:\(port)")
        }
    }

    private func jwks() -> Response {
        jwksRequests += 1
        let (x, y) = privateKey.publicKey.parameters!
        let body = #"{"keys":[{"alg":"ES256","crv":"P-256","ext":true,"key_ops":["verify"],"kid":"\#(Self.keyID)","kty":"EC","use":"sig","x":"\#(x)","y":"\#(y)"}]}"#
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    enum Signing { case asymmetric, secret, foreignKey }

    /// An access token for `user`'s session, as Supabase Auth at `issuer` would issue it.
    func token(user: UUID, session: UUID, email: String, issuer: String, signing: Signing = .asymmetric,
               audience: String = "authenticated", expiresIn: TimeInterval = 3600, anonymous: Bool = false) async throws -> String {
        let now = Int(Date().timeIntervalSince1970)
        let claims = Claims(
            iss: issuer, sub: user.uuidString.lowercased(), aud: audience, exp: now + Int(expiresIn), iat: now - 5,
            email: email, phone: "", app_metadata: ["providers": ["email"]], user_metadata: [:],
            role: "authenticated", aal: "aal1", amr: [.init(method: "password", timestamp: now - 5)],
            session_id: session.uuidString.lowercased(), is_anonymous: anonymous)
        var header = JWTHeader()
        header.typ = "JWT"
        let keys = JWTKeyCollection()
        switch signing {
        case .asymmetric:
            await keys.add(ecdsa: privateKey, kid: JWKIdentifier(string: Self.keyID))
            header.kid = Self.keyID
        case .secret:
            await keys.add(hmac: HMACKey(from: jwtSecret), digestAlgorithm: .sha256)
        case .foreignKey:
            await keys.add(ecdsa: ES256PrivateKey(), kid: JWKIdentifier(string: Self.keyID))
            header.kid = Self.keyID
        }
        return try await keys.sign(claims, header: header)
    }
}
