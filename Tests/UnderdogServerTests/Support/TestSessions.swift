import Foundation
import PostgresNIO
import UnderdogStore
import UnderdogTestSupport

/// Scored roleplay sessions written straight into the database as their rep, `daysAgo` days back, for tests
/// about history (trends, recommendations) that need many sessions without playing each call.
enum TestSessions {
    static func add(_ test: TestDatabase, rep: UUID, daysAgo: Int, scores: [String: Int]) async throws {
        try await test.database.transaction(as: .user(rep)) { connection in
            let id = UUID()
            let at = Date().addingTimeInterval(-Double(daysAgo) * 86_400)
            try await connection.run("""
                INSERT INTO public.roleplay_sessions (id, user_id, persona_id, scenario_type, created_at)
                VALUES (\(id), \(rep), 'marcus-oyelaran', 'cold_call', \(at))
                """, logger: TestPostgres.logger)
            for (dimension, score) in scores.sorted(by: { $0.key < $1.key }) {
                try await connection.run("""
                    INSERT INTO public.session_scores (session_id, dimension, score) VALUES (\(id), \(dimension), \(score))
                    """, logger: TestPostgres.logger)
            }
        }
    }
}
