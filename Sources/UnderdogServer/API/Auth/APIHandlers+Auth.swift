import Foundation
import UnderdogAPI

extension APIHandlers {
    func signUp(_ input: Operations.SignUp.Input) async throws -> Operations.SignUp.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.email, "email", 3...320)
        try Validate.length(body.password, "password", 10...72)
        try Validate.length(body.name, "name", 1...120)
        try Validate.length(body.organizationName, "organization_name", 1...120)
        try Validate.length(body.inviteToken, "invite_token", 1...200)
        let session = try await auth.signUp(
            .init(email: body.email, password: body.password, name: body.name,
                  organizationName: body.organizationName, inviteToken: body.inviteToken),
            client: try client())
        return .created(.init(body: .json(.init(session))))
    }

    func signIn(_ input: Operations.SignIn.Input) async throws -> Operations.SignIn.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.email, "email", 3...320)
        try Validate.length(body.password, "password", 1...1024)
        let session = try await auth.signIn(email: body.email, password: body.password, client: try client())
        return .ok(.init(body: .json(.init(session))))
    }

    func refresh(_ input: Operations.Refresh.Input) async throws -> Operations.Refresh.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.refreshToken, "refresh_token", 1...200)
        let session = try await auth.refresh(token: body.refreshToken, client: try client())
        return .ok(.init(body: .json(.init(session))))
    }

    func signOut(_ input: Operations.SignOut.Input) async throws -> Operations.SignOut.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.refreshToken, "refresh_token", 1...200)
        try await auth.signOut(token: body.refreshToken)
        return .noContent(.init())
    }

    func changePassword(_ input: Operations.ChangePassword.Input) async throws -> Operations.ChangePassword.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.currentPassword, "current_password", 1...1024)
        try Validate.length(body.newPassword, "new_password", 10...72)
        let user = try context().requireUser()
        try await auth.changePassword(user: user, current: body.currentPassword, new: body.newPassword)
        return .noContent(.init())
    }

    private func client() throws -> AuthService.Client {
        let context = try context()
        return AuthService.Client(ip: context.clientIP, userAgent: context.userAgent)
    }
}

extension Components.Schemas.AuthSession {
    init(_ session: AuthService.IssuedSession) {
        self.init(
            accessToken: session.accessToken, tokenType: .bearer, expiresIn: session.expiresIn,
            refreshToken: session.refreshToken, user: .init(session.user))
    }
}
