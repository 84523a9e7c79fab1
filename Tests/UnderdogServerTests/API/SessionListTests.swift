import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

@Suite("Roleplay session list and detail")
struct SessionListTests {
    @Test("pages newest first with a cursor; scores come ordered by dimension, missing feedback as null, deleted scores hidden")
    func pagesAndScores() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                // setup: a rep with 30 sessions a minute apart, each scored on two dimensions
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "pager@example.com", organization: "Pager Co")
                let repID = try #require(rep.user["id"] as? String)
                try await test.database.transaction(as: .service) { connection in
                    try await connection.run(
                        """
                        INSERT INTO public.roleplay_sessions (user_id, persona_id, scenario_type, duration_seconds, created_at)
                        SELECT \(UUID(uuidString: repID)!), 'persona-' || g, 'cold_call', g, now() - make_interval(mins => g)
                          FROM generate_series(1, 30) AS g
                        """, logger: test.database.logger)
                    try await connection.run(
                        """
                        INSERT INTO public.session_scores (session_id, dimension, score, feedback)
                        SELECT id, 'pitch', 4, NULL FROM public.roleplay_sessions
                        UNION ALL SELECT id, 'closing', 9, 'Asked for Thursday.' FROM public.roleplay_sessions
                        UNION ALL SELECT id, 'opener', 2, 'deleted' FROM public.roleplay_sessions WHERE persona_id = 'persona-1'
                        """, logger: test.database.logger)
                    try await connection.run(
                        "UPDATE public.session_scores SET deleted_at = now() WHERE dimension = 'opener'", logger: test.database.logger)
                }

                // act
                let first = try await api.call(.get, "/sessions", token: rep.accessToken)
                let cursor = try #require(first.json["next_cursor"] as? String)
                let second = try await api.call(.get, "/sessions?cursor=\(cursor)", token: rep.accessToken)

                // assert: 25 then 5, newest first, no overlap, no next page after the last
                #expect(first.status == .ok, "\(first.text)")
                let firstItems = try #require(first.json["items"] as? [[String: Any]])
                let secondItems = try #require(second.json["items"] as? [[String: Any]])
                #expect(firstItems.count == 25)
                #expect(secondItems.count == 5)
                #expect(second.json["next_cursor"] == nil || second.json["next_cursor"] is NSNull)
                let personas = (firstItems + secondItems).compactMap { $0["persona_id"] as? String }
                #expect(personas == (1...30).map { "persona-\($0)" })

                let newest = firstItems[0]
                let scores = try #require(newest["scores"] as? [[String: Any]])
                #expect(scores.compactMap { $0["dimension"] as? String } == ["closing", "pitch"])
                #expect(scores.compactMap { $0["score"] as? Int } == [9, 4])
                #expect(scores[0]["feedback"] as? String == "Asked for Thursday.")
                #expect(scores[1]["feedback"] == nil || scores[1]["feedback"] is NSNull)
                #expect(newest["overall_score"] as? Double == 6.5)

                // the detail carries the same scores
                let detail = try await api.call(.get, "/sessions/\(newest["id"] as? String ?? "")", token: rep.accessToken)
                #expect(detail.status == .ok)
                #expect((detail.json["scores"] as? [[String: Any]])?.compactMap { $0["dimension"] as? String } == ["closing", "pitch"])
            }
        }
    }
}
