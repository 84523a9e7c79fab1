import Foundation
import JWTKit

/// Signs and verifies access tokens (HS256).
struct AccessTokens: Sendable {
    let keys: JWTKeyCollection
    let lifetime: Duration

    init(secret: String, lifetime: Duration) async {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.keys = keys
        self.lifetime = lifetime
    }

    func issue(userID: UUID, email: String, now: Date = Date()) async throws -> String {
        let claims = AccessTokenClaims(
            sub: .init(value: userID.uuidString.lowercased()),
            role: "authenticated",
            email: email,
            aud: .init(value: [AccessTokenClaims.audience]),
            iat: .init(value: now),
            exp: .init(value: now.addingTimeInterval(lifetime.seconds))
        )
        return try await keys.sign(claims)
    }

    /// The signed-in user, or nil for a token that is malformed, forged or expired.
    func verify(_ token: String) async -> SignedInUser? {
        guard token.utf8.count <= 4096, let claims = try? await keys.verify(token, as: AccessTokenClaims.self),
              let id = UUID(uuidString: claims.sub.value)
        else { return nil }
        return SignedInUser(id: id, email: claims.email)
    }
}

/// Who a request acts for, from a verified access token.
public struct SignedInUser: Sendable, Equatable {
    public let id: UUID
    public let email: String
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
