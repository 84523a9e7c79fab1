import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

/// A small corpus whose similarity to a query vector is spread from ~0 to ~1: row g of 20 is
/// q·(g/20) + noise·(1 − g/20); two more rows have no embedding. Deterministic (fixed-seed generator).
struct VectorCorpus: Sendable {
    struct Row: Sendable {
        let id: UUID
        let source: String
        let category: String
        let embedding: [Float]?
    }

    let query: [Float]
    let rows: [Row]

    static func literal(_ vector: [Float]) -> String {
        "[" + vector.map { String($0) }.joined(separator: ",") + "]"
    }

    static func make(seed: UInt64 = 42) -> VectorCorpus {
        var state = seed
        func random() -> Float {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float((state >> 33) % 1_000_000) / 1_000_000 - 0.5
        }
        let query = (0..<1536).map { _ in random() }
        let sources = ["wiki", "persona", "rubric", "curriculum"]
        let categories = ["pricing", "status_quo", "brush_off", "timing", "authority"]
        let rows = (1...22).map { g -> Row in
            let weight = Float(g) / 20
            let embedding: [Float]? = g > 20 ? nil : query.map { $0 * weight + random() * (1 - weight) }
            return Row(id: UUID(), source: sources[g % 4], category: categories[g % 5], embedding: embedding)
        }
        return VectorCorpus(query: query, rows: rows)
    }

    /// 1 − cosine distance, in double over the stored float4 values.
    static func similarity(_ a: [Float], _ b: [Float]) -> Double {
        var dot = 0.0, na = 0.0, nb = 0.0
        for i in a.indices {
            dot += Double(a[i]) * Double(b[i]); na += Double(a[i]) * Double(a[i]); nb += Double(b[i]) * Double(b[i])
        }
        return dot / (na.squareRoot() * nb.squareRoot())
    }

    /// Inserts the corpus into knowledge_base and objection_library (in the caller's transaction, as the
    /// owner from then on) and rebuilds both IVFFlat indexes over it (REINDEX needs the owner).
    func insert(_ c: PostgresConnection) async throws {
        try await c.becomeOwner()
        for row in rows {
            let embedding = row.embedding.map(Self.literal)
            try await c.run("""
                INSERT INTO public.knowledge_base (id, source, source_file, section_title, content, embedding)
                VALUES (\(row.id), \(row.source), 'f', 's', 'c', \(embedding)::vector)
                """)
            try await c.run("""
                INSERT INTO public.objection_library (id, category, objection_text, response_template, embedding)
                VALUES (\(row.id), \(row.category), 'o', 'r', \(embedding)::vector)
                """)
        }
        try await c.run("REINDEX INDEX public.idx_knowledge_base_embedding")
        try await c.run("REINDEX INDEX public.idx_objection_library_embedding")
    }
}

// Serialized: two transactions that each insert into knowledge_base and then REINDEX would deadlock.
@Suite("match_knowledge, match_objections and knowledge_base bookkeeping", .tenantDatabase, .serialized)
struct VectorSearchTests {
    static let corpus = VectorCorpus.make()
    static var query: String { VectorCorpus.literal(corpus.query) }

    /// (id, similarity) rows of a match call.
    static func matches(_ c: PostgresConnection, _ query: PostgresQuery) async throws -> [(String, Double)] {
        try await c.query(query, logger: TestPostgres.logger).collect().map { try $0.decode((String, Double).self) }
    }

    @Test("results equal a brute-force ORDER BY over the corpus for every threshold, count and source, with the IVFFlat index in use")
    func equalsBruteForce() async throws {
        let database = try SharedTenantDatabase.database()
        let q = Self.query
        let mismatches = try await database.rolledBack(as: .service) { c in
            try await Self.corpus.insert(c)
            // the planner would seq-scan a table this small: force the index path the functions must make exact
            try await c.run("SET LOCAL enable_seqscan = off")
            try await c.run("SELECT set_config('role', 'authenticated', true), set_config('request.jwt.claims', \(Caller.repA.identity.claimsJSON), true)")
            var mismatches: [String] = []
            for threshold in [-1.0, 0.0, 0.3, 0.5, 0.7, 0.9] {
                for count in [1, 3, 5, 50] {
                    for source in [nil, "wiki", "rubric"] as [String?] {
                        let function = try await c.strings("""
                            SELECT id::text FROM public.match_knowledge(\(q)::vector, \(threshold), \(count)::int, \(source))
                            """)
                        let brute = try await c.strings("""
                            SELECT id::text FROM public.knowledge_base k
                            WHERE k.embedding IS NOT NULL AND (\(source)::text IS NULL OR k.source = \(source))
                              AND 1 - ((k.embedding <=> \(q)::vector) + 0) >= \(threshold)
                            ORDER BY (k.embedding <=> \(q)::vector) + 0 LIMIT \(count)
                            """)
                        if function != brute { mismatches.append("knowledge \(threshold) \(count) \(source ?? "NULL"): \(function.count) vs \(brute.count)") }
                    }
                    let function = try await c.strings("SELECT id::text FROM public.match_objections(\(q)::vector, \(threshold), \(count)::int)")
                    let brute = try await c.strings("""
                        SELECT id::text FROM public.objection_library o
                        WHERE o.embedding IS NOT NULL AND 1 - ((o.embedding <=> \(q)::vector) + 0) >= \(threshold)
                        ORDER BY (o.embedding <=> \(q)::vector) + 0 LIMIT \(count)
                        """)
                    if function != brute { mismatches.append("objections \(threshold) \(count): \(function.count) vs \(brute.count)") }
                }
            }
            // the same ORDER BY outside the functions does go through the IVFFlat index…
            let plan = try await c.strings(PostgresQuery(unsafeSQL: "EXPLAIN SELECT id FROM public.knowledge_base ORDER BY embedding <=> '\(q)'::vector LIMIT 5")).joined(separator: "\n")
            if !plan.contains("idx_knowledge_base_embedding") { mismatches.append("the index is not used: \(plan)") }
            // …and with pgvector's default probes (1) it is NOT exact: what the functions' ivfflat.probes fixes
            let approximate = try await c.int(PostgresQuery(unsafeSQL: "SELECT count(*) FROM (SELECT id FROM public.knowledge_base ORDER BY embedding <=> '\(q)'::vector LIMIT 100) s"))
            if approximate >= 21 { mismatches.append("probes = 1 found all \(approximate) rows: the comparison above proves nothing") }
            return mismatches
        }
        #expect(mismatches == [])
    }

    @Test("similarity is 1 − cosine distance, best first, NULL embeddings skipped")
    func similarityValues() async throws {
        let database = try SharedTenantDatabase.database()
        let (knowledge, objections) = try await database.rolledBack(as: .service) { c in
            try await Self.corpus.insert(c)
            try await c.run("DELETE FROM public.knowledge_base WHERE id = \(Tenants.knowledge)")
            try await c.run("DELETE FROM public.objection_library WHERE id = \(Tenants.objection)")
            return (try await Self.matches(c, "SELECT id::text, similarity FROM public.match_knowledge(\(Self.query)::vector, -1, 100)"),
                    try await Self.matches(c, "SELECT id::text, similarity FROM public.match_objections(\(Self.query)::vector, -1, 100)"))
        }
        let embedded = Self.corpus.rows.filter { $0.embedding != nil }
        for results in [knowledge, objections] {
            #expect(results.count == embedded.count, "the 2 rows without embedding are skipped")
            #expect(results.map(\.1) == results.map(\.1).sorted(by: >), "best first")
            for (id, similarity) in results {
                let row = try #require(embedded.first { $0.id.uuidString.lowercased() == id })
                let expected = VectorCorpus.similarity(row.embedding!, Self.corpus.query)
                #expect(abs(similarity - expected) < 1e-5, "\(id): \(similarity) vs \(expected)")
            }
        }
        // the corpus spreads similarities from near 0 to 1 (so thresholds above select real subsets)
        #expect((knowledge.first?.1 ?? 0) > 0.99)
        #expect((knowledge.last?.1 ?? 1) < 0.2)
    }

    @Test("the threshold is inclusive, match_count is a maximum, the defaults are 0.7, 5 and no source filter")
    func thresholdCountAndDefaults() async throws {
        let database = try SharedTenantDatabase.database()
        let e1 = vectorLiteral([1]), e2 = vectorLiteral([0, 1]), diagonal = vectorLiteral([1, 1])
        let results = try await database.rolledBack(as: .service) { c in
            // setup: the fixture's chunk is e1 (similarity exactly 1 to e1); add e2 (exactly 0) and e1+e2 (≈0.707)
            try await c.run("""
                INSERT INTO public.knowledge_base (source, source_file, section_title, content, embedding) VALUES
                    ('rubric', 'f', 's', 'orthogonal', \(e2)::vector), ('persona', 'f', 's', 'diagonal', \(diagonal)::vector),
                    ('wiki', 'f', 's', 'no embedding', NULL)
                """)
            func contents(_ query: PostgresQuery) async throws -> String {
                try await c.strings(query).joined(separator: ",")
            }
            return [
                try await contents("SELECT content FROM public.match_knowledge(\(e1)::vector, 1.0, 10)"),
                try await contents("SELECT content FROM public.match_knowledge(\(e1)::vector, 0.0, 10)"),
                try await contents("SELECT content FROM public.match_knowledge(\(e1)::vector, 0.000001, 10)"),
                try await contents("SELECT content FROM public.match_knowledge(\(e1)::vector, 0.0, 2)"),
                try await contents("SELECT content FROM public.match_knowledge(\(e1)::vector, 0.0, 0)"),
                try await contents("SELECT content FROM public.match_knowledge(\(e1)::vector, 0.0, 10, 'rubric')"),
                try await contents("SELECT content FROM public.match_knowledge(\(e1)::vector)"),
                try await contents("SELECT content FROM public.match_knowledge(\(e2)::vector)"),
                try await contents("SELECT round(similarity::numeric, 4)::text FROM public.match_knowledge(\(e1)::vector, 0.0, 10)"),
            ]
        }
        #expect(results == [
            "kb-1",                                // similarity exactly 1 ≥ 1.0
            "kb-1,diagonal,orthogonal",            // exactly 0 ≥ 0.0, best first
            "kb-1,diagonal",
            "kb-1,diagonal",                       // at most match_count
            "",
            "orthogonal",                          // filter_source
            "kb-1,diagonal",                       // defaults: 0.7, 5, all sources
            "orthogonal,diagonal",
            "1.0000,0.7071,0.0000",
        ])
    }

    @Test("a query embedding of another dimension is refused, not silently compared (parameter typmods are not enforced)")
    func wrongDimensionIsRefused() async throws {
        let database = try SharedTenantDatabase.database()
        let small = vectorLiteral([1], dimensions: 3)
        let calls: [PostgresQuery] = [
            "SELECT * FROM public.match_knowledge(\(small)::vector, 0.0, 5)",
            "SELECT * FROM public.match_objections(\(small)::vector, 0.0, 5)",
        ]
        for call in calls {
            let state = try await database.rolledBack(as: Caller.repA.identity) { c in
                await failure { try await c.run(call) }
            }
            #expect(state == "22000", "\(call.sql)")
        }
    }

    @Test("match functions run with the caller's rights: signed-in users read shared content through RLS")
    func securityInvoker() async throws {
        let database = try SharedTenantDatabase.database()
        let rows = try await database.rolledBack(as: Caller.repB.identity) { c in
            try await c.strings("SELECT current_user || ':' || id FROM public.match_knowledge(\(Tenants.embedding)::vector, 0.5, 5)")
                + (try await c.strings("SELECT current_user || ':' || id FROM public.match_objections(\(Tenants.embedding)::vector, 0.5, 5)"))
        }
        #expect(rows.map(Tenants.name) == ["authenticated:kb-1", "authenticated:objection-1"])
    }

    @Test("update_knowledge_base_updated_at stamps every UPDATE with now(), whatever the statement set, and leaves created_at")
    func updatedAtIsBumped() async throws {
        let database = try SharedTenantDatabase.database()
        let result = try await database.rolledBack(as: .service) { c in
            let before = try await c.string("SELECT created_at::text || ' ' || (updated_at < now())::text FROM public.knowledge_base WHERE id = \(Tenants.knowledge)")
            try await c.run("UPDATE public.knowledge_base SET content = 'edited', updated_at = '2000-01-01' WHERE id = \(Tenants.knowledge)")
            let after = try await c.string("SELECT created_at::text || ' ' || (updated_at = now())::text FROM public.knowledge_base WHERE id = \(Tenants.knowledge)")
            let createdAt = before?.split(separator: " ").dropLast().joined(separator: " ")
            return [before?.hasSuffix("true") == true, after == "\(createdAt ?? "") true"]
        }
        #expect(result == [true, true])
    }
}
