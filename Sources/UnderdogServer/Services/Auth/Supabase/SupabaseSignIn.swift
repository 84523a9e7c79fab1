import Foundation
import Logging
import UnderdogStore

/// The web pages' sign-ins on a deployment on Supabase: Supabase Auth checks passwords and issues, rotates and
/// revokes the tokens (its own reuse detection included); the server keeps them in the same cookies as its own.
///
/// Sign-up makes the account through the admin API with the service-role key, because the org and role a new
/// member gets must be in `app_metadata`, which only the service role can write (006's caution): a new team's
/// organisation is made first (and taken back if the account cannot be made), an invite is held locked until
/// its account exists and is then marked accepted. Without a service-role key there is no sign-up from the
/// pages. Supabase Auth sees the server's address, not the browser's, so the server's own per-address limits
/// are applied first.
struct SupabaseSignIn: SignInProvider {
    let api: SupabaseAuthAPI
    let database: Database
    let rateLimiter: RateLimiter
    let settings: AuthSettings
    let logger: Logger

    func signIn(email: String, password: String, client: AuthService.Client) async throws -> BrowserSession {
        try await rateLimiter.check("signin:ip:\(client.ip ?? "unknown")", settings.signInPerIP)
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return try await translated { browserSession(try await api.passwordGrant(email: email, password: password)) }
    }

    func signUp(_ request: AuthService.SignUp, client: AuthService.Client) async throws -> BrowserSession {
        let email = try AuthService.normalise(email: request.email)
        let name = request.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw AppError.badRequest("Name must not be blank.", code: "invalid_name") }
        try AuthService.checkPassword(request.password)
        guard api.serviceRoleKey != nil else {
            throw AppError(.forbidden, code: "signup_unavailable",
                           message: "On this deployment accounts are made by your team's admin. Ask them for an invite.")
        }
        try await rateLimiter.check("signup:ip:\(client.ip ?? "unknown")", settings.signUpPerIP)
        if let inviteToken = request.inviteToken {
            try await database.transaction(as: .service) { connection in
                let invite = try await InviteQueries.findPendingForUpdate(tokenHash: OpaqueToken.hash(inviteToken), on: connection, logger: logger)
                guard let invite else { throw AppError.notFound("This invite does not exist.") }
                try AuthService.checkUsable(invite, for: email)
                let user = try await translated {
                    try await api.createUser(email: email, password: request.password, name: name, orgID: invite.orgID, role: invite.role)
                }
                try await InviteQueries.markAccepted(invite.id, by: user.id, on: connection, logger: logger)
            }
        } else {
            let orgName = request.organizationName?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !orgName.isEmpty else {
                throw AppError.badRequest("Give your team a name.", code: "organization_required")
            }
            let orgID = try await database.transaction(as: .service) { connection in
                try await OrganizationQueries.create(name: orgName, plan: "free", on: connection, logger: logger)
            }
            do {
                _ = try await translated {
                    try await api.createUser(email: email, password: request.password, name: name, orgID: orgID, role: "admin")
                }
            } catch {
                try? await database.transaction(as: .service) { connection in
                    try await OrganizationQueries.deleteIfEmpty(orgID, on: connection, logger: logger)
                }
                throw error
            }
        }
        return try await signIn(email: email, password: request.password, client: client)
    }

    func refresh(token: String, client: AuthService.Client) async throws -> BrowserSession {
        try await translated { browserSession(try await api.refreshGrant(token)) }
    }

    func signOut(refreshToken: String?, accessToken: String?) async throws {
        try await translated {
            do {
                if let accessToken, !accessToken.isEmpty {
                    try await api.logout(accessToken: accessToken)
                    return
                }
            } catch let refusal as SupabaseAuthAPI.Refusal where refusal.status == 401 || refusal.status == 403 {
                // The access token expired: renew it once to say whose session to end.
            }
            guard let refreshToken, !refreshToken.isEmpty,
                  let renewed = try? await api.refreshGrant(refreshToken) else { return }
            try await api.logout(accessToken: renewed.access_token)
        }
    }

    private func browserSession(_ tokens: SupabaseAuthAPI.Tokens) -> BrowserSession {
        BrowserSession(accessToken: tokens.access_token, accessLifetime: tokens.expires_in,
                       refreshToken: tokens.refresh_token, refreshLifetime: Int(settings.refreshTokenLifetime.seconds))
    }

    /// Runs a call to Supabase Auth and says what went wrong in the server's own errors, so the pages show
    /// them in the same plain words as the server's own sign-in.
    private func translated<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let refusal as SupabaseAuthAPI.Refusal {
            throw appError(refusal)
        } catch let unreachable as SupabaseAuthAPI.Unreachable {
            logger.warning("Supabase Auth unreachable", metadata: ["reason": "\(unreachable.reason)"])
            throw Self.unavailable
        }
    }

    static let unavailable = AppError.unavailable("Signing in is unavailable right now. Try again in a minute.", code: "auth_unavailable")

    func appError(_ refusal: SupabaseAuthAPI.Refusal) -> AppError {
        switch refusal.code {
        case "invalid_credentials", "invalid_grant":
            return AppError(.unauthorized, code: "invalid_credentials", message: "The email or password is wrong.")
        case "email_not_confirmed":
            return AppError(.forbidden, code: "email_not_confirmed",
                            message: "Confirm your email address first: open the link in the email you were sent, then sign in.")
        case "user_banned":
            return AuthService.removedError
        case "email_exists", "user_already_exists":
            return AppError.conflict("An account with this email already exists.", code: "email_taken")
        case "weak_password":
            return AppError.badRequest(refusal.message.isEmpty ? "Choose a stronger password." : refusal.message, code: "weak_password")
        case "refresh_token_already_used":
            return AppError(.unauthorized, code: "refresh_token_reused",
                            message: "This refresh token was already used; every session it belonged to has been signed out.")
        case "refresh_token_not_found", "session_not_found", "session_expired":
            return AuthService.invalidRefresh
        default:
            break
        }
        switch refusal.status {
        case 429:
            return AppError.rateLimited(retryAfter: refusal.retryAfter ?? 60)
        case 401, 403:
            // Not the person's doing: the server's keys are wrong or were rotated.
            logger.error("Supabase Auth refused the server's key", metadata: ["status": "\(refusal.status)", "code": "\(refusal.code)"])
            return Self.unavailable
        case 400..<500:
            return AppError.badRequest(refusal.message.isEmpty ? "Supabase Auth refused that request." : refusal.message, code: "invalid")
        default:
            logger.warning("Supabase Auth failed", metadata: ["status": "\(refusal.status)", "code": "\(refusal.code)"])
            return Self.unavailable
        }
    }
}
