import Foundation
import UnderdogAPI
import UnderdogStore

extension APIHandlers {
    func listInvites(_ input: Operations.ListInvites.Input) async throws -> Operations.ListInvites.Output {
        let cursor = try Self.cursor(input.query.cursor)
        let limit = try Self.limit(input.query.limit)
        let page = try await asUser { _, connection in
            guard try await AuditQueries.callerIsAdmin(on: connection, logger: logger) else {
                throw AppError.forbidden("Only admins can see invites.")
            }
            return try await InviteQueries.list(after: cursor, limit: limit, on: connection, logger: logger)
        }
        return .ok(.init(body: .json(.init(items: page.items.map(Components.Schemas.Invite.init), nextCursor: page.next?.encoded))))
    }

    func createInvite(_ input: Operations.CreateInvite.Input) async throws -> Operations.CreateInvite.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.email, "email", 3...320)
        let email = try AuthService.normalise(email: body.email)
        let token = OpaqueToken.generate()
        let expiresAt = Date().addingTimeInterval(settings.inviteLifetime.seconds)
        let invite = try await asUser { user, connection in
            guard try await AuditQueries.callerIsAdmin(on: connection, logger: logger),
                  let me = try await AccountQueries.user(id: user.id, on: connection, logger: logger), let orgID = me.orgID
            else { throw AppError.forbidden("Only admins can invite people.") }
            return try await InviteQueries.create(
                orgID: orgID, email: email, role: body.role?.rawValue ?? "user", tokenHash: token.hash,
                invitedBy: user.id, expiresAt: expiresAt, on: connection, logger: logger)
        }
        return .created(.init(body: .json(.init(invite: .init(invite), token: token.value))))
    }

    func revokeInvite(_ input: Operations.RevokeInvite.Input) async throws -> Operations.RevokeInvite.Output {
        let id = try Self.uuid(input.path.inviteId, notFound: "No such invite.")
        let revoked = try await asUser { _, connection in
            try await InviteQueries.revoke(id, on: connection, logger: logger)
        }
        guard revoked else { throw AppError.notFound("No pending invite with that id.") }
        return .noContent(.init())
    }
}

extension Components.Schemas.Invite {
    init(_ record: InviteRecord) {
        self.init(
            id: record.id.uuidString.lowercased(), email: record.email,
            role: Components.Schemas.Role(rawValue: record.role) ?? .user,
            status: StatusPayload(rawValue: record.status()) ?? .pending,
            createdAt: record.createdAt, expiresAt: record.expiresAt)
    }
}
