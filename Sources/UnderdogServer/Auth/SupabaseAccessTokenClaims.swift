import Foundation
import JWTKit

/// The claims of an access token Supabase Auth issues, as far as Underdog reads them: `sub` (the auth.users
/// id, which the seed's sync trigger also gave the public.users row), `role` ("authenticated"), `aud`
/// ("authenticated"), `exp`, `session_id` (its auth.sessions row, which sign-out deletes), `email`, and `iss`.
/// Supabase also sends `iat`, `phone`, `app_metadata`, `user_metadata`, `aal`, `amr` and `is_anonymous`;
/// none of them decides anything here.
struct SupabaseAccessTokenClaims: JWTPayload {
    var sub: SubjectClaim
    var role: String
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var sessionID: String
    var email: String?
    var iss: IssuerClaim?
    var isAnonymous: Bool?

    enum CodingKeys: String, CodingKey {
        case sub, role, aud, exp, email, iss
        case sessionID = "session_id"
        case isAnonymous = "is_anonymous"
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        try aud.verifyIntendedAudience(includes: "authenticated")
        // An anonymous Supabase sign-in is no member of any team.
        guard role == "authenticated", isAnonymous != true, UUID(uuidString: sub.value) != nil, UUID(uuidString: sessionID) != nil else {
            throw JWTError.claimVerificationFailure(failedClaim: nil, reason: "not a Supabase member's access token")
        }
    }
}
