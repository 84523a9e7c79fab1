import Foundation
import UnderdogAPI
import UnderdogStore

extension APIHandlers {
    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        let record = try await asUser { user, connection in
            try await AccountQueries.user(id: user.id, on: connection, logger: logger)
        }
        guard let record else { throw AppError.unauthorized() }
        return .ok(.init(body: .json(.init(record))))
    }

    func updateMe(_ input: Operations.UpdateMe.Input) async throws -> Operations.UpdateMe.Output {
        guard case .json(let body) = input.body else { throw AppError.badRequest("Send JSON.") }
        try Validate.length(body.name, "name", 1...120)
        let name = body.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw AppError.badRequest("Name must not be blank.", code: "invalid_name") }
        let record = try await asUser { user, connection in
            try await AccountQueries.updateName(name, userID: user.id, on: connection, logger: logger)
        }
        guard let record else { throw AppError.unauthorized() }
        return .ok(.init(body: .json(.init(record))))
    }
}
