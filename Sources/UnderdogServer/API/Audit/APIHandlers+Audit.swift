import Foundation
import OpenAPIRuntime
import UnderdogAPI
import UnderdogStore

extension APIHandlers {
    func listAuditLog(_ input: Operations.ListAuditLog.Input) async throws -> Operations.ListAuditLog.Output {
        let cursor = try Self.cursor(input.query.cursor)
        let limit = try Self.limit(input.query.limit)
        try Validate.length(input.query.table, "table", 1...63)
        var filter = AuditFilter(table: input.query.table, operation: input.query.operation?.rawValue,
                                 from: input.query.from, to: input.query.to)
        if let text = input.query.userId {
            guard let id = UUID(uuidString: text) else { throw AppError.badRequest("user_id must be a UUID.", code: "invalid_user_id") }
            filter.userID = id
        }
        let page = try await asUser { _, connection in
            guard try await AuditQueries.callerIsAdmin(on: connection, logger: logger) else {
                throw AppError.forbidden("Only admins can read the audit log.")
            }
            return try await AuditQueries.list(filter, after: cursor, limit: limit, on: connection, logger: logger)
        }
        let items = try page.items.map { record in
            Components.Schemas.AuditEntry(
                id: record.id.uuidString.lowercased(), tableName: record.tableName,
                recordId: record.recordID?.uuidString.lowercased(),
                operation: .init(rawValue: record.operation) ?? .update,
                userId: record.userID?.uuidString.lowercased(),
                oldData: try record.oldDataJSON.map { try JSONDecoder().decode(OpenAPIValueContainer.self, from: Data($0.utf8)) },
                newData: try record.newDataJSON.map { try JSONDecoder().decode(OpenAPIValueContainer.self, from: Data($0.utf8)) },
                ipAddress: record.ipAddress, userAgent: record.userAgent, createdAt: record.createdAt)
        }
        return .ok(.init(body: .json(.init(items: items, nextCursor: page.next?.encoded))))
    }
}
