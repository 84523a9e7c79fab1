import Foundation
import UnderdogAPI
import UnderdogStore

extension APIHandlers {
    func getOrganization(_ input: Operations.GetOrganization.Input) async throws -> Operations.GetOrganization.Output {
        let record = try await asUser { _, connection in
            try await OrganizationQueries.current(on: connection, logger: logger)
        }
        guard let record else { throw AppError.notFound("You are not in an organisation.") }
        return .ok(.init(body: .json(.init(
            id: record.id.uuidString.lowercased(), name: record.name,
            plan: Components.Schemas.Plan(rawValue: record.plan) ?? .free,
            createdAt: record.createdAt,
            limits: .init(members: record.maxMembers, storageBytes: record.maxStorageBytes, uploadsPerMonth: record.maxUploadsPerMonth),
            usage: .init(members: record.members, storageBytes: record.storageBytes, uploadsThisMonth: record.uploadsThisMonth)))))
    }
}
