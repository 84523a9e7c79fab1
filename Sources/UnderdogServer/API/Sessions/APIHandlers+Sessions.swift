import Foundation
import OpenAPIRuntime
import UnderdogAPI
import UnderdogStore

extension APIHandlers {
    func listSessions(_ input: Operations.ListSessions.Input) async throws -> Operations.ListSessions.Output {
        let cursor = try Self.cursor(input.query.cursor)
        let limit = try Self.limit(input.query.limit)
        var member: UUID?
        if let text = input.query.userId {
            guard let id = UUID(uuidString: text) else { throw AppError.badRequest("user_id must be a UUID.", code: "invalid_user_id") }
            member = id
        }
        let page = try await asUser { _, connection in
            try await SessionQueries.list(after: cursor, limit: limit, userID: member, on: connection, logger: logger)
        }
        return .ok(.init(body: .json(.init(items: page.items.map(Components.Schemas.SessionSummary.init), nextCursor: page.next?.encoded))))
    }

    func getSession(_ input: Operations.GetSession.Input) async throws -> Operations.GetSession.Output {
        let id = try Self.uuid(input.path.sessionId, notFound: "No such session.")
        let session = try await asUser { _, connection in
            try await SessionQueries.find(id, on: connection, logger: logger)
        }
        guard let session else { throw AppError.notFound("No such session.") }
        let transcript = try session.transcriptJSON.map { try JSONDecoder().decode(OpenAPIValueContainer.self, from: Data($0.utf8)) }
        return .ok(.init(body: .json(.init(
            value1: .init(session),
            value2: .init(vapiCallId: session.vapiCallID, transcript: transcript)))))
    }

    func deleteSession(_ input: Operations.DeleteSession.Input) async throws -> Operations.DeleteSession.Output {
        let id = try Self.uuid(input.path.sessionId, notFound: "No such session.")
        let deleted = try await asUser { _, connection in
            try await SessionQueries.delete(id, on: connection, logger: logger)
        }
        guard deleted else { throw AppError.notFound("No such session.") }
        return .noContent(.init())
    }

    func restoreSession(_ input: Operations.RestoreSession.Input) async throws -> Operations.RestoreSession.Output {
        let id = try Self.uuid(input.path.sessionId, notFound: "No such session.")
        try await asUser { _, connection in
            try await SessionQueries.restore(id, on: connection, logger: logger)
        }
        return .noContent(.init())
    }
}

extension Components.Schemas.SessionSummary {
    init(_ record: SessionRecord) {
        self.init(
            id: record.id.uuidString.lowercased(), userId: record.userID.uuidString.lowercased(),
            personaId: record.personaID,
            scenarioType: Components.Schemas.ScenarioType(rawValue: record.scenarioType) ?? .coldCall,
            durationSeconds: record.durationSeconds, createdAt: record.createdAt, overallScore: record.overallScore,
            scores: record.scores.compactMap { score in
                Components.Schemas.Dimension(rawValue: score.dimension).map {
                    Components.Schemas.Score(dimension: $0, score: score.score, feedback: score.feedback)
                }
            })
    }
}
