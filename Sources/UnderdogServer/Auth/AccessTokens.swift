import Foundation
import JWTKit

/// Signs and verifies the server's access tokens (HS256); on a Supabase deployment also accepts Supabase
/// Auth's (`SupabaseTokens`), which then pass the same checks as the server's own in every request.
struct AccessTokens: Sendable {
    let keys: JWTKeyCollection
    let lifetime: Duration
    let supabase: SupabaseTokens?

    init(secret: String, lifetime: Duration, supabase: SupabaseTokens? = nil) async {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.keys = keys
        self.lifetime = lifetime
        self.supabase = supabase
    }

    func issue(userID: UUID, email: String, sessionID: UUID, now: Date = Date()) async throws -> String {
        // Whole seconds: `iat` and `exp` are NumericDates, and some JWT libraries refuse a fraction.
        let issued = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let claims = AccessTokenClaims(
            sub: .init(value: userID.uuidString.lowercased()),
            role: "authenticated",
            email: email,
            sessionID: sessionID.uuidString.lowercased(),
            aud: .init(value: [AccessTokenClaims.audience]),
            iat: .init(value: issued),
            exp: .init(value: issued.addingTimeInterval(lifetime.seconds.rounded(.down)))
        )
        return try await keys.sign(claims)
    }

    /// The signed-in user, or nil for a token that is malformed, forged or expired.
    func verify(_ token: String) async -> SignedInUser? {
        guard token.utf8.count <= 4096, let claims = try? await keys.verify(token, as: AccessTokenClaims.self),
              let id = UUID(uuidString: claims.sub.value), let sessionID = UUID(uuidString: claims.sessionID)
        else { return await supabase?.verify(token) }
        return SignedInUser(id: id, email: claims.email, sessionID: sessionID)
    }
}

/// Who a request acts for, from a verified access token. The token's signature proves who; whether the
/// session is still live is asked of the database in the request's own transaction.
public struct SignedInUser: Sendable, Equatable {
    public let id: UUID
    public let email: String
    public let sessionID: UUID
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
