import Foundation
import JWTKit

/// An access token's claims, shaped like Supabase's so the same `auth.uid()` reads them: `sub` is the user,
/// `role` the PostgreSQL role the request runs as, `aud` always "authenticated", `session_id` the sign-in
/// (refresh-token family) it belongs to, which every request checks is still live.
struct AccessTokenClaims: JWTPayload {
    static let audience = "authenticated"

    var sub: SubjectClaim
    var role: String
    var email: String
    var sessionID: String
    var aud: AudienceClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    enum CodingKeys: String, CodingKey {
        case sub, role, email, aud, iat, exp
        case sessionID = "session_id"
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        try aud.verifyIntendedAudience(includes: Self.audience)
        guard role == "authenticated", UUID(uuidString: sub.value) != nil, UUID(uuidString: sessionID) != nil else {
            throw JWTError.claimVerificationFailure(failedClaim: nil, reason: "not an Underdog access token")
        }
    }
}
