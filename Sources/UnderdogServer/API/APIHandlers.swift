import Foundation
import Logging
import PostgresNIO
import UnderdogAPI
import UnderdogDomain
import UnderdogStore

/// The JSON API: implements the protocol generated from openapi.yaml, one extension per resource.
/// Every handler that acts for a user runs its queries in `asUser`, one transaction under that user's RLS.
struct APIHandlers: APIProtocol {
    let database: Database
    let auth: AuthService
    let settings: AuthSettings
    /// The shipped rubric as the API document describes it, decoded once at start-up.
    let rubric: Components.Schemas.Rubric
    /// The shipped buyer personas, checked at start-up.
    let personas: [Persona]
    /// The rubric the analyser scores finished roleplays with.
    let scoringRubric: Rubric
    /// Voice practice through VAPI: the browser's public key and what persona assistants run on.
    var vapi = VapiSettings()
    /// Retell web calls: the API key and agent the server creates them with; nil offers VAPI alone.
    var retell: RetellWebCalls? = nil
    /// The twelve modules, answer keys included: quizzes are graded here, never in the client.
    var curriculum: [CurriculumModule] = []
    /// Hybrid search over the knowledge base and objection library.
    var retriever = KnowledgeRetriever(embedders: QueryEmbedders(remote: nil))
    /// The chat model that plays personas in text roleplay; nil leaves it to the offline engine.
    var personaChat: PersonaChatModel? = nil

    /// The request's context; set by `RequestContextMiddleware` for every API request.
    func context() throws -> AppRequestContext {
        try RequestContextMiddleware.context()
    }

    /// Runs `body` in one transaction as the signed-in user (401 without one).
    func asUser<Result: Sendable>(_ body: (SignedInUser, PostgresConnection) async throws -> Result) async throws -> Result {
        let context = try context()
        let user = try context.requireUser()
        return try await StoreError.classifying {
            try await database.transaction(as: context.identity, logger: context.logger) { connection in
                try await body(user, connection)
            }
        }
    }

    var logger: Logger { (try? context().logger) ?? database.logger }

    static func uuid(_ text: String, notFound message: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw AppError.notFound(message) }
        return id
    }

    static func cursor(_ text: String?) throws -> Cursor? {
        guard let text else { return nil }
        guard let cursor = Cursor(encoded: text) else {
            throw AppError.badRequest("The cursor is not one this API gave out.", code: "invalid_cursor")
        }
        return cursor
    }

    static func limit(_ value: Int?) throws -> Int {
        let limit = value ?? 25
        guard (1...100).contains(limit) else { throw AppError.badRequest("limit must be between 1 and 100.", code: "invalid_limit") }
        return limit
    }
}

extension Components.Schemas.User {
    init(_ record: UserRecord) {
        self.init(
            id: record.id.uuidString.lowercased(), email: record.email, name: record.name,
            role: Components.Schemas.Role(rawValue: record.role) ?? .user,
            orgId: record.orgID?.uuidString.lowercased(), createdAt: record.createdAt)
    }
}
