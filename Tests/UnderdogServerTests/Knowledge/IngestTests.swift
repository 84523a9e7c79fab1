import Foundation
import PostgresNIO
import Testing
import UnderdogAI
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// `KnowledgeIngestion`, the work behind `underdog ingest`, on a copy of the shipped content.
@Suite("Knowledge ingestion")
struct IngestTests {
    @Test("re-ingesting embeds nothing, an edited section re-embeds that chunk alone, a deleted file takes its chunks, a refit re-embeds all")
    func idempotentAndIncremental() async throws {
        try await withTestDatabase { test in
            let copy = try ContentCopy.make()
            let ingestion = KnowledgeIngestion(database: test.database, logger: TestPostgres.logger)
            let first = try await ingestion.run(roots: [copy.content], base: copy.base, embedder: .local(refit: false))
            #expect(first.chunksInserted >= 100 && first.objectionsInserted >= 60, "\(first)")
            #expect(first.embedded == first.chunksInserted + first.objectionsInserted)
            #expect(first.model.hasPrefix("underdog-local-v1:"))
            let sources = try await test.database.client.query("SELECT DISTINCT source FROM public.knowledge_base ORDER BY 1").collect().map { try $0.decode(String.self) }
            #expect(sources == ["curriculum", "persona", "rubric", "wiki"])
            #expect(try await test.count("SELECT count(*) FROM public.knowledge_base WHERE embedding IS NULL OR metadata->>'embedding_model' <> \(first.model)") == 0)
            #expect(try await test.count("SELECT count(*) FROM public.knowledge_base WHERE source_file LIKE 'content/wiki/%.md'") > 30)

            let again = try await ingestion.run(roots: [copy.content], base: copy.base, embedder: .local(refit: false))
            #expect(again.embedded == 0 && again.chunksUnchanged == first.chunksInserted && again.objectionsUnchanged == first.objectionsInserted, "\(again)")

            // Edit one wiki section's text.
            let closing = copy.content.appendingPathComponent("wiki/closing.md")
            var text = try String(contentsOf: closing, encoding: .utf8)
            let firstSection = try #require(text.range(of: "\n## "))
            let secondSection = try #require(text.range(of: "\n## ", range: firstSection.upperBound..<text.endIndex))
            text.insert(contentsOf: "\nSay the day and the time out loud, then stop talking.\n", at: secondSection.lowerBound)
            try text.write(to: closing, atomically: true, encoding: .utf8)
            let before = try await test.database.client.query("SELECT id, updated_at FROM public.knowledge_base ORDER BY id").collect()
                .map { try $0.decode((UUID, Date).self) }
            let edited = try await ingestion.run(roots: [copy.content], base: copy.base, embedder: .local(refit: false))
            #expect(edited.embedded == 1 && edited.chunksUpdated == 1 && edited.chunksInserted == 0 && edited.chunksDeleted == 0, "\(edited)")
            let after = try await test.database.client.query("SELECT id, updated_at FROM public.knowledge_base ORDER BY id").collect()
                .map { try $0.decode((UUID, Date).self) }
            #expect(zip(before, after).filter { $0.0.1 != $0.1.1 }.count == 1, "only the edited chunk's row changed")

            // Delete a whole file: its chunks go, nothing else changes.
            let voicemailChunks = try await test.count("SELECT count(*) FROM public.knowledge_base WHERE source_file = 'content/wiki/voicemail.md'")
            #expect(voicemailChunks > 0)
            try FileManager.default.removeItem(at: copy.content.appendingPathComponent("wiki/voicemail.md"))
            let deleted = try await ingestion.run(roots: [copy.content], base: copy.base, embedder: .local(refit: false))
            #expect(deleted.chunksDeleted == voicemailChunks && deleted.embedded == 0, "\(deleted)")
            #expect(try await test.count("SELECT count(*) FROM public.knowledge_base WHERE source_file = 'content/wiki/voicemail.md'") == 0)

            // Ingesting one folder leaves the others alone.
            let wikiOnly = try await ingestion.run(roots: [copy.content.appendingPathComponent("wiki")], base: copy.base, embedder: .local(refit: false))
            #expect(wikiOnly.chunksDeleted == 0 && wikiOnly.objectionsDeleted == 0 && wikiOnly.embedded == 0, "\(wikiOnly)")

            // A refit is a new model: every vector is made again.
            let refit = try await ingestion.run(roots: [copy.content], base: copy.base, embedder: .local(refit: true))
            let total = first.chunksInserted - voicemailChunks + first.objectionsInserted
            // The corpus changed (an edit, a deleted file), so the refitted statistics have a new fingerprint.
            #expect(refit.model != first.model && refit.embedded == total && refit.chunksUpdated + refit.objectionsUpdated == total, "\(refit)")
        }
    }

    @Test("an OpenAI-compatible embedding model: batched requests, vectors padded to 1536, a change of model re-embeds all")
    func remoteModel() async throws {
        let server = LocalOpenAIServer(script: Array(repeating: .embeddings(dimensions: 384), count: 10))
        try await server.run { base in
            try await withTestDatabase { test in
                let copy = try ContentCopy.make(["objections"])
                let ingestion = KnowledgeIngestion(database: test.database, logger: TestPostgres.logger)
                let local = try await ingestion.run(roots: [copy.content], base: copy.base, embedder: .local(refit: false))
                let client = OpenAICompatibleClient(configuration: OpenAIConfiguration(baseURL: base, apiKey: "sk-local-test", chatModel: "embed-small"), logger: TestPostgres.logger)
                let remote = try await ingestion.run(roots: [copy.content], base: copy.base,
                                                     embedder: .openAI(OpenAIEmbedder(client: client, model: "embed-small", batchSize: 32)))
                #expect(remote.model == "embed-small" && remote.objectionsUpdated == local.objectionsInserted && remote.embedded == local.objectionsInserted)
                let requests = await server.received.filter { $0.path.hasSuffix("/embeddings") }
                #expect(requests.count == (local.objectionsInserted + 31) / 32)
                #expect(try await test.count("SELECT count(*) FROM app.objection_entries WHERE embedding_model = 'embed-small'") == local.objectionsInserted)
                #expect(try await test.count("SELECT count(*) FROM public.objection_library WHERE vector_dims(embedding) = 1536") == local.objectionsInserted)
                let again = try await ingestion.run(roots: [copy.content], base: copy.base,
                                                    embedder: .openAI(OpenAIEmbedder(client: client, model: "embed-small", batchSize: 32)))
                #expect(again.embedded == 0)
            }
        }
    }

    @Test("a broken content file is refused with its name and field, and nothing is written")
    func brokenFile() async throws {
        try await withTestDatabase { test in
            let copy = try ContentCopy.make(["objections"])
            let file = copy.content.appendingPathComponent("objections/pricing.json")
            var entries = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]])
            entries[0]["category"] = "haggling"
            try JSONSerialization.data(withJSONObject: entries).write(to: file)
            let ingestion = KnowledgeIngestion(database: test.database, logger: TestPostgres.logger)
            do {
                _ = try await ingestion.run(roots: [copy.content], base: copy.base, embedder: .local(refit: false))
                Issue.record("a bad category was accepted")
            } catch {
                #expect("\(error)".contains("content/objections/pricing.json") && "\(error)".contains("category"), "\(error)")
            }
            #expect(try await test.count("SELECT count(*) FROM public.objection_library") == 0)
            #expect(try await test.count("SELECT count(*) FROM app.embedding_vocabularies") == 0)
        }
    }
}
