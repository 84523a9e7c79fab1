import Foundation
import Testing
import UnderdogStore
import UnderdogTestSupport
@testable import UnderdogServer

@Suite("The coach cites the playbook before the product's own documentation")
struct TeachingFirstTests {
    @Test("a selling question gets teaching passages first; a question about scoring still gets the scoring pages")
    func teachingFirst() async throws {
        try await withTestDatabase { test in
            let root = URL(fileURLWithPath: TestPostgres.repositoryRoot)
            _ = try await KnowledgeIngestion(database: test.database, logger: TestPostgres.logger)
                .run(roots: [root.appendingPathComponent("content")], base: root, embedder: .local(refit: false))
            let retriever = KnowledgeRetriever(embedders: QueryEmbedders(remote: nil))
            try await test.database.transaction(as: .service) { connection in
                let selling = try await retriever.search("what's a good way to open a cold call to a finance director?", source: nil,
                                                         includeObjections: false, count: 5, on: connection, logger: TestPostgres.logger)
                let first = try #require(selling.knowledge.first)
                #expect(!TeachingFirst.isDocumentation(first), "\(selling.knowledge.map(\.sourceFile))")
                let teaching = selling.knowledge.prefix { !TeachingFirst.isDocumentation($0) }
                #expect(selling.knowledge.dropFirst(teaching.count).allSatisfy(TeachingFirst.isDocumentation))

                let scoring = try await retriever.search("how is the opener scored and how many points does it earn?", source: nil,
                                                         includeObjections: false, count: 5, on: connection, logger: TestPostgres.logger)
                #expect(scoring.knowledge.contains(where: TeachingFirst.isDocumentation), "\(scoring.knowledge.map(\.sourceFile))")
            }
        }
    }
}
