import Foundation
import OpenAPIRuntime
import UnderdogAPI
import UnderdogStore

extension APIHandlers {
    func listUploads(_ input: Operations.ListUploads.Input) async throws -> Operations.ListUploads.Output {
        let cursor = try Self.cursor(input.query.cursor)
        let limit = try Self.limit(input.query.limit)
        var member: UUID?
        if let text = input.query.userId {
            guard let id = UUID(uuidString: text) else { throw AppError.badRequest("user_id must be a UUID.", code: "invalid_user_id") }
            member = id
        }
        let page = try await asUser { _, connection in
            try await UploadQueries.list(after: cursor, limit: limit, userID: member, status: input.query.status?.rawValue, on: connection, logger: logger)
        }
        return .ok(.init(body: .json(.init(items: page.items.map(Components.Schemas.Upload.init), nextCursor: page.next?.encoded))))
    }

    func getUpload(_ input: Operations.GetUpload.Input) async throws -> Operations.GetUpload.Output {
        let id = try Self.uuid(input.path.uploadId, notFound: "No such upload.")
        let upload = try await asUser { _, connection in
            try await UploadQueries.find(id, withContent: true, on: connection, logger: logger)
        }
        guard let upload else { throw AppError.notFound("No such upload.") }
        func json(_ text: String?) throws -> OpenAPIValueContainer? {
            try text.map { try JSONDecoder().decode(OpenAPIValueContainer.self, from: Data($0.utf8)) }
        }
        return .ok(.init(body: .json(.init(
            value1: .init(upload),
            value2: .init(transcript: try json(upload.transcriptJSON), analysis: try json(upload.analysisJSON))))))
    }

    func deleteUpload(_ input: Operations.DeleteUpload.Input) async throws -> Operations.DeleteUpload.Output {
        let id = try Self.uuid(input.path.uploadId, notFound: "No such upload.")
        let deleted = try await asUser { _, connection in
            try await UploadQueries.delete(id, on: connection, logger: logger)
        }
        guard deleted else { throw AppError.notFound("No such upload.") }
        return .noContent(.init())
    }

    func restoreUpload(_ input: Operations.RestoreUpload.Input) async throws -> Operations.RestoreUpload.Output {
        let id = try Self.uuid(input.path.uploadId, notFound: "No such upload.")
        try await asUser { _, connection in
            try await UploadQueries.restore(id, on: connection, logger: logger)
        }
        return .noContent(.init())
    }
}

extension Components.Schemas.Upload {
    init(_ record: UploadRecord) {
        self.init(
            id: record.id.uuidString.lowercased(), userId: record.userID.uuidString.lowercased(), filePath: record.filePath,
            originalFilename: record.originalFilename,
            status: Components.Schemas.UploadStatus(rawValue: record.status) ?? .pending,
            scenarioType: Components.Schemas.ScenarioType(rawValue: record.scenarioType) ?? .coldCall,
            repChannel: record.repChannel,
            progressPercent: record.progressPercent, fileSizeBytes: record.fileSizeBytes, durationSeconds: record.durationSeconds,
            overallScore: record.overallScore, errorMessage: record.errorMessage, createdAt: record.createdAt)
    }
}
