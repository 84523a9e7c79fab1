import Foundation
import Logging
import Metrics
import PostgresNIO
import UnderdogDomain
import UnderdogStore

/// Sign-up, sign-in, refresh, sign-out and password change. These run before a user is signed in (or on
/// tables no user may touch), so they work as service_role, explicitly, and check everything themselves.
struct AuthService: Sendable {
    let database: Database
    let tokens: AccessTokens
    let hasher: PasswordHasher
    let settings: AuthSettings
    let rateLimiter: RateLimiter

    /// What a client receives on signing in: a short-lived access token and a single-use refresh token.
    struct IssuedSession: Sendable {
        let accessToken: String
        let expiresIn: Int
        let refreshToken: String
        let user: UserRecord
    }

    /// Where a request came from, for refresh-token records and rate limits.
    struct Client: Sendable {
        let ip: String?
        let userAgent: String?
    }

    struct SignUp: Sendable {
        let email: String
        let password: String
        let name: String
        let organizationName: String?
        let inviteToken: String?
    }

    func signUp(_ request: SignUp, client: Client) async throws -> IssuedSession {
        let email = try Self.normalise(email: request.email)
        let name = request.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw AppError.badRequest("Name must not be blank.", code: "invalid_name") }
        try Self.checkPassword(request.password)
        try await rateLimiter.check("signup:ip:\(client.ip ?? "unknown")", settings.signUpPerIP)
        let passwordHash = try await hasher.hash(request.password)

        let (userID, refresh) = try await database.transaction(as: .service) { connection in
            let logger = database.logger
            guard try await !AccountQueries.emailExists(email, on: connection, logger: logger) else {
                throw AppError.conflict("An account with this email already exists.", code: "email_taken")
            }
            let orgID: UUID
            let role: String
            var acceptedInvite: UUID?
            if let inviteToken = request.inviteToken {
                let invite = try await InviteQueries.findPendingForUpdate(tokenHash: OpaqueToken.hash(inviteToken), on: connection, logger: logger)
                guard let invite else { throw AppError.notFound("This invite does not exist.") }
                try Self.checkUsable(invite, for: email)
                (orgID, role, acceptedInvite) = (invite.orgID, invite.role, invite.id)
            } else {
                let orgName = request.organizationName?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                guard !orgName.isEmpty else {
                    throw AppError.badRequest("Give organization_name to start an organisation, or an invite_token to join one.",
                                              code: "organization_required")
                }
                orgID = try await OrganizationQueries.create(name: orgName, plan: "free", on: connection, logger: logger)
                role = "admin"
            }
            let userID = UUID()
            // The member limit is checked by the database as the user row is made (migration 011).
            try await AccountQueries.createAccount(
                id: userID, email: email, passwordHash: passwordHash, name: name, orgID: orgID, role: role,
                on: connection, logger: logger)
            if let acceptedInvite {
                try await InviteQueries.markAccepted(acceptedInvite, by: userID, on: connection, logger: logger)
            }
            let session = UUID()
            let refresh = try await issueRefreshToken(userID: userID, familyID: session, parentID: nil, client: client, on: connection)
            return (userID, SessionStart(id: session, refreshToken: refresh))
        }
        return try await session(userID: userID, email: email, start: refresh)
    }

    func signIn(email rawEmail: String, password: String, client: Client) async throws -> IssuedSession {
        let email = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let address = client.ip ?? "unknown"
        let pair = "signin:pair:\(email)|\(address)"
        try await rateLimiter.check("signin:ip:\(address)", settings.signInPerIP)
        try await rateLimiter.refuseWhileLocked(pair, tiers: settings.signInFailuresPerPair)

        let credentials = try await database.transaction(as: .service) { connection in
            try await AccountQueries.credentials(email: email, on: connection, logger: database.logger)
        }
        // The hash is checked even for an unknown email, so the answer takes as long either way.
        guard try await hasher.verify(password, against: credentials?.passwordHash), let credentials else {
            try await rateLimiter.recordFailure(pair, tiers: settings.signInFailuresPerPair)
            if try await rateLimiter.exceeds("signin:email:\(email)", settings.signInPerEmail) {
                Counter(label: "underdog_signin_email_pressure_total").increment()
                database.logger.notice("many failed sign-ins for one email", metadata: ["limit": "\(settings.signInPerEmail.limit)"])
            }
            throw AppError(.unauthorized, code: "invalid_credentials", message: "The email or password is wrong.")
        }
        guard !credentials.removed else { throw Self.removedError }
        let session = UUID()
        let refresh = try await database.transaction(as: .service) { connection in
            try await issueRefreshToken(userID: credentials.userID, familyID: session, parentID: nil, client: client, on: connection)
        }
        return try await self.session(userID: credentials.userID, email: credentials.email, start: SessionStart(id: session, refreshToken: refresh))
    }

    /// Rotates a refresh token. A token presented a second time means it leaked: the whole family is
    /// revoked (and stays revoked: that transaction commits before the 401 is thrown).
    func refresh(token: String, client: Client) async throws -> IssuedSession {
        enum Outcome: Sendable {
            case rotated(userID: UUID, email: String, start: SessionStart)
            case refused(AppError)
        }
        let outcome: Outcome = try await database.transaction(as: .service) { connection in
            let logger = database.logger
            guard let record = try await RefreshTokenQueries.findForUpdate(tokenHash: OpaqueToken.hash(token), on: connection, logger: logger) else {
                return .refused(Self.invalidRefresh)
            }
            if record.revokedAt != nil { return .refused(Self.invalidRefresh) }
            if record.rotatedAt != nil {
                try await RefreshTokenQueries.revokeFamily(record.familyID, reason: "reuse_detected", on: connection, logger: logger)
                database.logger.warning("refresh token reused; family revoked", metadata: ["user": "\(record.userID)"])
                return .refused(AppError(.unauthorized, code: "refresh_token_reused",
                                         message: "This refresh token was already used; every session it belonged to has been signed out."))
            }
            if record.expiresAt < Date() { return .refused(Self.invalidRefresh) }
            guard let credentials = try await AccountQueries.credentials(userID: record.userID, on: connection, logger: logger) else {
                return .refused(Self.invalidRefresh)
            }
            if credentials.removed { return .refused(Self.removedError) }
            try await RefreshTokenQueries.markRotated(id: record.id, on: connection, logger: logger)
            let next = try await issueRefreshToken(
                userID: record.userID, familyID: record.familyID, parentID: record.id, client: client, on: connection)
            return .rotated(userID: record.userID, email: credentials.email, start: SessionStart(id: record.familyID, refreshToken: next))
        }
        switch outcome {
        case .refused(let error): throw error
        case .rotated(let userID, let email, let start):
            return try await session(userID: userID, email: email, start: start)
        }
    }

    /// Ends the sign-in the token belongs to. Unknown tokens are accepted silently: signing out twice is fine.
    func signOut(token: String) async throws {
        try await database.transaction(as: .service) { connection in
            let logger = database.logger
            if let record = try await RefreshTokenQueries.findForUpdate(tokenHash: OpaqueToken.hash(token), on: connection, logger: logger) {
                try await RefreshTokenQueries.revokeFamily(record.familyID, reason: "sign_out", on: connection, logger: logger)
            }
        }
    }

    /// Sets a new password and signs the account out everywhere.
    func changePassword(user: SignedInUser, current: String, new: String) async throws {
        try Self.checkPassword(new)
        let credentials = try await database.transaction(as: .service) { connection in
            try await AccountQueries.credentials(userID: user.id, on: connection, logger: database.logger)
        }
        guard let credentials, !credentials.removed else { throw AppError.unauthorized() }
        guard try await hasher.verify(current, against: credentials.passwordHash) else {
            throw AppError(.forbidden, code: "wrong_password", message: "The current password is wrong.")
        }
        let hash = try await hasher.hash(new)
        try await database.transaction(as: .service) { connection in
            try await AccountQueries.setPasswordHash(hash, userID: user.id, on: connection, logger: database.logger)
            try await RefreshTokenQueries.revokeAll(userID: user.id, reason: "password_changed", on: connection, logger: database.logger)
        }
    }

    // MARK: - Pieces

    private func issueRefreshToken(userID: UUID, familyID: UUID, parentID: UUID?, client: Client, on connection: PostgresConnection) async throws -> String {
        let token = OpaqueToken.generate()
        try await RefreshTokenQueries.insert(
            userID: userID, familyID: familyID, parentID: parentID, tokenHash: token.hash,
            expiresAt: Date().addingTimeInterval(settings.refreshTokenLifetime.seconds),
            clientIP: client.ip, userAgent: client.userAgent, on: connection, logger: database.logger)
        return token.value
    }

    /// A sign-in's id (its refresh-token family, named by every access token issued for it) and its
    /// newest refresh token.
    struct SessionStart: Sendable {
        let id: UUID
        let refreshToken: String
    }

    /// The access token and the user's profile, read as that user in that session: what RLS lets them see
    /// of themselves, and only while the session is live.
    private func session(userID: UUID, email: String, start: SessionStart) async throws -> IssuedSession {
        let user = try await database.transaction(as: .user(userID, email: email, session: start.id)) { connection in
            try await AccountQueries.user(id: userID, on: connection, logger: database.logger)
        }
        guard let user else { throw AppError.internalError }
        return IssuedSession(
            accessToken: try await tokens.issue(userID: userID, email: email, sessionID: start.id),
            expiresIn: Int(settings.accessTokenLifetime.seconds),
            refreshToken: start.refreshToken,
            user: user)
    }

    static func checkUsable(_ invite: InviteRecord, for email: String) throws {
        if invite.acceptedAt != nil { throw AppError.conflict("This invite was already used.", code: "invite_used") }
        if invite.revokedAt != nil { throw AppError.conflict("This invite was revoked.", code: "invite_revoked") }
        if invite.expiresAt < Date() { throw AppError.conflict("This invite has expired; ask for a new one.", code: "invite_expired") }
        if invite.email != email { throw AppError.forbidden("This invite is for another email address.") }
    }

    static let invalidRefresh = AppError(.unauthorized, code: "invalid_refresh_token", message: "The refresh token is not valid; sign in again.")
    static let removedError = AppError(.forbidden, code: "member_removed", message: "This account was removed from its organisation.")

    /// Lower-cased and trimmed, in the plain form `EmailAddress` accepts; the only proof of an address is mail
    /// reaching it.
    static func normalise(email: String) throws -> String {
        guard let email = EmailAddress.normalised(email) else {
            throw AppError.badRequest("That is not an email address.", code: "invalid_email")
        }
        return email
    }

    static func checkPassword(_ password: String) throws {
        guard password.count >= 10 else {
            throw AppError.badRequest("Passwords need at least 10 characters.", code: "weak_password")
        }
        // bcrypt reads only the first 72 bytes: longer ones would silently be cut.
        guard password.utf8.count <= 72 else {
            throw AppError.badRequest("Passwords may be at most 72 bytes long.", code: "password_too_long")
        }
    }
}
