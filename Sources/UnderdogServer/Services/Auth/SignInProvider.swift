import Foundation

/// Where the web pages' sign-ins are made, renewed and ended: the server's own accounts (`ServerSignIn`), or
/// Supabase Auth on a deployment on Supabase (`SupabaseSignIn`). Either way the browser keeps an access token
/// that `AccessTokens.verify` accepts and a refresh token, in the cookies `BrowserCookies` names, and the
/// database decides on every request whether that session is still live.
protocol SignInProvider: Sendable {
    func signIn(email: String, password: String, client: AuthService.Client) async throws -> BrowserSession
    func signUp(_ request: AuthService.SignUp, client: AuthService.Client) async throws -> BrowserSession
    /// Rotates the refresh token; a refused one throws an `AppError`.
    func refresh(token: String, client: AuthService.Client) async throws -> BrowserSession
    /// Ends the sign-in the tokens belong to; unknown or already-ended ones are fine.
    func signOut(refreshToken: String?, accessToken: String?) async throws
}

/// What the browser keeps of a sign-in, with how long each cookie should live.
struct BrowserSession: Sendable {
    let accessToken: String
    let accessLifetime: Int
    let refreshToken: String
    let refreshLifetime: Int
}

/// The server's own accounts (`AuthService`): bcrypt passwords, rotating refresh tokens with reuse detection.
struct ServerSignIn: SignInProvider {
    let auth: AuthService
    let settings: AuthSettings

    func signIn(email: String, password: String, client: AuthService.Client) async throws -> BrowserSession {
        browserSession(try await auth.signIn(email: email, password: password, client: client))
    }

    func signUp(_ request: AuthService.SignUp, client: AuthService.Client) async throws -> BrowserSession {
        browserSession(try await auth.signUp(request, client: client))
    }

    func refresh(token: String, client: AuthService.Client) async throws -> BrowserSession {
        browserSession(try await auth.refresh(token: token, client: client))
    }

    func signOut(refreshToken: String?, accessToken: String?) async throws {
        if let refreshToken, !refreshToken.isEmpty { try await auth.signOut(token: refreshToken) }
    }

    private func browserSession(_ session: AuthService.IssuedSession) -> BrowserSession {
        BrowserSession(accessToken: session.accessToken, accessLifetime: session.expiresIn,
                       refreshToken: session.refreshToken, refreshLifetime: Int(settings.refreshTokenLifetime.seconds))
    }
}
