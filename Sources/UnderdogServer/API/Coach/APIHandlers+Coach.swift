import Foundation
import UnderdogAPI
import UnderdogStore

/// A rep's coach threads to come back to. The questions themselves go to the streamed `POST /coach/messages`.
extension APIHandlers {
    func listCoachThreads(_ input: Operations.ListCoachThreads.Input) async throws -> Operations.ListCoachThreads.Output {
        let limit = try Self.limit(input.query.limit)
        let threads = try await asUser { _, connection in
            try await CoachQueries.threads(limit: limit, on: connection, logger: logger)
        }
        return .ok(.init(body: .json(.init(items: threads.map(Components.Schemas.CoachThread.init)))))
    }

    func getCoachThread(_ input: Operations.GetCoachThread.Input) async throws -> Operations.GetCoachThread.Output {
        let id = try Self.uuid(input.path.threadId, notFound: "No such thread.")
        let found = try await asUser { _, connection -> (CoachThreadRecord, [CoachMessageRecord])? in
            guard let thread = try await CoachQueries.thread(id, on: connection, logger: logger) else { return nil }
            return (thread, try await CoachQueries.messages(in: id, on: connection, logger: logger))
        }
        guard let (thread, messages) = found else { throw AppError.notFound("No such thread.") }
        return .ok(.init(body: .json(.init(thread: .init(thread), messages: try messages.map(Components.Schemas.CoachMessage.init)))))
    }
}

extension Components.Schemas.CoachThread {
    init(_ record: CoachThreadRecord) {
        self.init(id: record.id.uuidString.lowercased(), mode: .init(rawValue: record.mode) ?? .free, title: record.title,
                  createdAt: record.createdAt, updatedAt: record.updatedAt)
    }
}

extension Components.Schemas.CoachMessage {
    init(_ record: CoachMessageRecord) throws {
        let citations = try JSONDecoder().decode([Coach.Citation].self, from: Data(record.citationsJSON.utf8))
        self.init(
            id: record.id.uuidString.lowercased(), role: .init(rawValue: record.role) ?? .coach, content: record.content,
            engine: record.engine,
            citations: citations.map {
                .init(n: $0.n, kind: .init(rawValue: $0.kind) ?? .knowledge, id: $0.id, title: $0.title, sourceFile: $0.sourceFile, category: $0.category)
            },
            createdAt: record.createdAt)
    }
}
