import AsyncHTTPClient
import Foundation
import JWTKit
import Logging
import NIOCore

/// Verifies Supabase Auth's access tokens, with the project's HS256 secret and/or the public keys its JWKS URL
/// serves (ES256 or RS256, picked by the token's `kid`). The key set is fetched when first needed, again every
/// ten minutes, and at once when a token names a key it does not have (Supabase rotates keys by publishing the
/// next one first), at most every thirty seconds so forged `kid`s cannot make the server hammer the endpoint.
/// Whether the session is still live is the database's question (app.session_is_live, migration 023).
actor SupabaseTokens {
    let settings: SupabaseAuthSettings
    let http: HTTPClient
    let logger: Logger
    private let secretKeys: JWTKeyCollection?
    private var publicKeys: JWTKeyCollection?
    private var knownKeyIDs: Set<String> = []
    private var fetchedAt: ContinuousClock.Instant?
    private var lastAttempt: ContinuousClock.Instant?

    static let refreshEvery: Duration = .seconds(600)
    static let retryAfter: Duration = .seconds(30)

    init(settings: SupabaseAuthSettings, http: HTTPClient = .shared, logger: Logger) async {
        self.settings = settings
        self.http = http
        self.logger = logger
        if let secret = settings.jwtSecret, !secret.isEmpty {
            let keys = JWTKeyCollection()
            await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
            secretKeys = keys
        } else {
            secretKeys = nil
        }
    }

    func verify(_ token: String) async -> SignedInUser? {
        guard token.utf8.count <= 8192 else { return nil }
        let header = Self.header(of: token)
        if header?.alg == "HS256" {
            guard let secretKeys, let claims = try? await secretKeys.verify(token, as: SupabaseAccessTokenClaims.self) else { return nil }
            return user(from: claims)
        }
        guard settings.jwksURL != nil else { return nil }
        let due = fetchedAt.map { ContinuousClock.now - $0 > Self.refreshEvery } ?? true
        let unknownKey = header?.kid.map { !knownKeyIDs.contains($0) } ?? false
        if due || unknownKey { await refreshKeys() }
        guard let publicKeys, let claims = try? await publicKeys.verify(token, as: SupabaseAccessTokenClaims.self) else { return nil }
        return user(from: claims)
    }

    private func user(from claims: SupabaseAccessTokenClaims) -> SignedInUser? {
        if let issuer = settings.issuer, claims.iss?.value != issuer { return nil }
        guard let id = UUID(uuidString: claims.sub.value), let session = UUID(uuidString: claims.sessionID) else { return nil }
        return SignedInUser(id: id, email: claims.email ?? "", sessionID: session)
    }

    private func refreshKeys() async {
        guard let url = settings.jwksURL else { return }
        if let lastAttempt, ContinuousClock.now - lastAttempt < Self.retryAfter { return }
        lastAttempt = .now
        do {
            var request = HTTPClientRequest(url: url.absoluteString)
            request.headers.add(name: "Accept", value: "application/json")
            let response = try await http.execute(request, timeout: .seconds(5))
            guard response.status == .ok else { throw SupabaseKeysError.status(Int(response.status.code)) }
            let body = try await response.body.collect(upTo: 256 * 1024)
            let jwks = try JSONDecoder().decode(JWKS.self, from: Data(buffer: body))
            let keys = JWTKeyCollection()
            try await keys.add(jwks: jwks)
            publicKeys = keys
            knownKeyIDs = Set(jwks.keys.compactMap { $0.keyIdentifier?.string })
            fetchedAt = .now
            logger.info("Supabase signing keys loaded", metadata: ["keys": "\(knownKeyIDs.count)"])
        } catch {
            // Keep the keys we had: a failed refresh must not sign everybody out.
            logger.warning("Supabase signing keys could not be loaded", metadata: ["url": "\(url)", "error": "\(error)"])
        }
    }

    /// The token's `alg` and `kid`, read without trusting anything else in it.
    static func header(of token: String) -> (alg: String?, kid: String?)? {
        guard let first = token.split(separator: ".", maxSplits: 1).first else { return nil }
        var base64 = first.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return (object["alg"] as? String, object["kid"] as? String)
    }
}

enum SupabaseKeysError: Error {
    case status(Int)
}
