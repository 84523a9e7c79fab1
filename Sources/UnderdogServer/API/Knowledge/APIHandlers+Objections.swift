import Foundation
import UnderdogAPI
import UnderdogStore

/// The objection library: browsed by category, or searched by meaning and words together.
extension APIHandlers {
    func listObjections(_ input: Operations.ListObjections.Input) async throws -> Operations.ListObjections.Output {
        let limit = try Self.limit(input.query.limit)
        let offset = input.query.offset ?? 0
        guard (0...10_000).contains(offset) else { throw AppError.badRequest("offset must be between 0 and 10000.", code: "invalid_offset") }
        let category = input.query.category?.rawValue
        let query = input.query.q?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let query { try Validate.length(query, "q", 0...300) }
        let entries = try await asUser { _, connection -> [ObjectionHit] in
            guard let query, !query.isEmpty else {
                return try await ObjectionQueries.list(category: category, limit: limit, offset: offset, on: connection, logger: logger)
            }
            let found = try await retriever.search(query, source: nil, includeKnowledge: false, includeObjections: true,
                                                   count: 100, on: connection, logger: logger)
            return Array(found.objections.filter { category == nil || $0.category == category }.prefix(limit))
        }
        return .ok(.init(body: .json(.init(items: entries.map(Components.Schemas.Objection.init)))))
    }
}

extension Components.Schemas.Objection {
    init(_ hit: ObjectionHit) {
        self.init(
            id: hit.id.uuidString.lowercased(), slug: hit.slug, category: .init(rawValue: hit.category) ?? .brushOff,
            objection: hit.objection, variants: hit.variants, responseTemplate: hit.responseTemplate,
            psychologyPrinciple: hit.psychologyPrinciple, keywords: hit.keywords)
    }
}
