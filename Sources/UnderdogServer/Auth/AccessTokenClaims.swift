import Foundation
import JWTKit

/// An access token's claims, shaped like Supabase's so the same `auth.uid()` reads them: `sub` is the user,
/// `role` the PostgreSQL role the request runs as, `aud` always "authenticated".
struct AccessTokenClaims: JWTPayload {
    static let audience = "authenticated"

    var sub: SubjectClaim
    var role: String
    var email: String
    var aud: AudienceClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        try aud.verifyIntendedAudience(includes: Self.audience)
        guard role == "authenticated", UUID(uuidString: sub.value) != nil else {
            throw JWTError.claimVerificationFailure(failedClaim: nil, reason: "not an Underdog access token")
        }
    }
}
