import Foundation
import PostgresNIO
import Testing
import UnderdogDomain
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

@Suite("Sample practice history")
struct SampleHistoryTests {
    @Test("six weeks for each sample rep, scored by the analyser, improving for Sam and flat for Priya; a second run adds nothing")
    func history() async throws {
        try await withTestDatabase { test in
            _ = try await Seeder(database: test.database, hashPassword: { _ in "x" }, makePassword: { "pw" }).run()
            let content = try ContentCatalog.load(directory: TestPostgres.repositoryRoot + "/content")
            let history = SampleHistory(database: test.database, personas: content.personas, rubric: content.rubric)
            let first = try await history.seed(logger: TestPostgres.logger)
            #expect(first == ["sam.reyes@bluejay.example": 18, "priya.natarajan@bluejay.example": 18])
            let again = try await history.seed(logger: TestPostgres.logger)
            #expect(again.values.allSatisfy { $0 == 0 })

            // Every session has its six scores, and each score is the one its stored analysis gives.
            let rows = try await test.database.client.query("""
                SELECT u.email, s.created_at, avg(sc.score)::float8, count(sc.*)::int,
                       bool_and((s.transcript -> 'analysis' -> 'dimensions') @> jsonb_build_array(jsonb_build_object('dimension', sc.dimension, 'score', sc.score)))
                  FROM public.roleplay_sessions s JOIN public.users u ON u.id = s.user_id JOIN public.session_scores sc ON sc.session_id = s.id
                 GROUP BY u.email, s.id, s.created_at ORDER BY s.created_at
                """).collect().map { try $0.decode((String, Date, Double, Int, Bool).self) }
            #expect(rows.count == 36 && rows.allSatisfy { $0.3 == 6 && $0.4 })
            #expect(rows.allSatisfy { $0.1 < Date() && $0.1 > Date().addingTimeInterval(-43 * 86_400) })
            func halves(_ email: String) -> (Double, Double) {
                let scores = rows.filter { $0.0 == email }.map(\.2)
                let early = scores.prefix(6).reduce(0, +) / 6, late = scores.suffix(6).reduce(0, +) / 6
                return (early, late)
            }
            let sam = halves("sam.reyes@bluejay.example"), priya = halves("priya.natarajan@bluejay.example")
            #expect(sam.1 - sam.0 >= 1.5, "Sam: \(sam), by session: \(rows.filter { $0.0 == "sam.reyes@bluejay.example" }.map(\.2))")
            #expect(abs(priya.1 - priya.0) < 1, "Priya: \(priya)")
        }
    }
}
