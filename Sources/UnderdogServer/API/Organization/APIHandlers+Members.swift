import Foundation
import UnderdogAPI
import UnderdogStore

extension APIHandlers {
    func listMembers(_ input: Operations.ListMembers.Input) async throws -> Operations.ListMembers.Output {
        let cursor = try Self.cursor(input.query.cursor)
        let limit = try Self.limit(input.query.limit)
        let page = try await asUser { _, connection in
            try await MemberQueries.list(after: cursor, limit: limit, on: connection, logger: logger)
        }
        return .ok(.init(body: .json(.init(items: page.items.map(Components.Schemas.Member.init), nextCursor: page.next?.encoded))))
    }

    func updateMember(_ input: Operations.UpdateMember.Input) async throws -> Operations.UpdateMember.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        let id = try Self.uuid(input.path.memberId, notFound: "No such member.")
        let member = try await asUser { _, connection in
            guard try await MemberQueries.find(id, on: connection, logger: logger) != nil else { throw AppError.notFound("No such member.") }
            try await MemberQueries.setRole(body.role.rawValue, of: id, on: connection, logger: logger)
            return try await MemberQueries.find(id, on: connection, logger: logger)
        }
        guard let member else { throw AppError.notFound("No such member.") }
        return .ok(.init(body: .json(.init(member))))
    }

    func removeMember(_ input: Operations.RemoveMember.Input) async throws -> Operations.RemoveMember.Output {
        let id = try Self.uuid(input.path.memberId, notFound: "No such member.")
        try await asUser { user, connection in
            guard let member = try await MemberQueries.find(id, on: connection, logger: logger) else {
                throw AppError.notFound("No such member.")
            }
            guard member.id != user.id else { throw AppError.conflict("You cannot remove yourself.", code: "cannot_remove_self") }
            guard !member.removed else { throw AppError.conflict("This member was already removed.", code: "already_removed") }
            do {
                try await MemberQueries.remove(id, on: connection, logger: logger)
            } catch StoreError.forbidden {
                throw AppError.forbidden("Only an admin of the organisation can remove members.")
            }
        }
        return .noContent(.init())
    }

    func restoreMember(_ input: Operations.RestoreMember.Input) async throws -> Operations.RestoreMember.Output {
        let id = try Self.uuid(input.path.memberId, notFound: "No such member.")
        let restored = try await asUser { _, connection in
            try await MemberQueries.restore(id, on: connection, logger: logger)
        }
        guard restored else { throw AppError.notFound("No removed member with that id.") }
        return .noContent(.init())
    }
}

extension Components.Schemas.Member {
    init(_ record: MemberRecord) {
        self.init(
            id: record.id.uuidString.lowercased(), email: record.email, name: record.name,
            role: Components.Schemas.Role(rawValue: record.role) ?? .user, createdAt: record.createdAt, removed: record.removed)
    }
}
