import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

/// `/sessions/trends` and `/sessions/team` over sessions written as their reps, a week apart.
@Suite("Score trends and the team summary")
struct SessionTrendRouteTests {
    static let dimensions = ["opener", "pitch", "discovery", "objection_handling", "closing", "communication"]

    /// A scored session as the rep, `daysAgo` days back, every dimension at `score` (discovery one higher).
    static func addSession(_ test: TestDatabase, rep: UUID, daysAgo: Int, score: Int) async throws {
        try await TestSessions.add(test, rep: rep, daysAgo: daysAgo, scores: Dictionary(uniqueKeysWithValues: dimensions.map {
            ($0, $0 == "discovery" ? score + 1 : score)
        }))
    }

    static func dimension(_ response: JSONResponse, _ name: String) -> [String: Any] {
        ((response.json["dimensions"] as? [[String: Any]]) ?? []).first { $0["dimension"] as? String == name } ?? [:]
    }

    @Test("a rep sees their own trend, an admin the org's or one member's, another org nothing; the team summary is admins' alone")
    func trendsAndTeam() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let admin = try await api.signUp(email: "lead@example.com", organization: "Acme")
                var reps: [(token: String, id: UUID)] = []
                for email in ["ana@example.com", "ben@example.com"] {
                    let invite = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": email])
                    let rep = try await api.signUp(email: email, invite: invite.json["token"] as? String)
                    reps.append((rep.accessToken, UUID(uuidString: rep.user["id"] as? String ?? "")!))
                }
                // Ana improves from 4 to 7 over ten sessions; Ben has two sessions at 5.
                for index in 0..<10 {
                    try await Self.addSession(test, rep: reps[0].id, daysAgo: 30 - index * 3, score: index < 5 ? 4 : 7)
                }
                try await Self.addSession(test, rep: reps[1].id, daysAgo: 9, score: 5)
                try await Self.addSession(test, rep: reps[1].id, daysAgo: 2, score: 5)

                let own = try await api.call(.get, "/sessions/trends", token: reps[0].token)
                #expect(own.status == .ok, "\(own.text)")
                #expect(own.json["scope"] as? String == "own" && own.json["session_count"] as? Int == 10)
                let opener = Self.dimension(own, "opener")
                #expect(opener["direction"] as? String == "improving" && opener["change"] as? Double == 3 && opener["latest"] as? Int == 7)
                #expect(Self.dimension(own, "discovery")["latest"] as? Int == 8)
                let weekly = try #require(opener["weekly"] as? [[String: Any]])
                #expect(weekly.count >= 4 && weekly.compactMap { $0["sessions"] as? Int }.reduce(0, +) == 10)
                #expect((own.json["overall"] as? [String: Any])?["direction"] as? String == "improving")

                let short = try await api.call(.get, "/sessions/trends?weeks=1", token: reps[0].token)
                #expect((short.json["session_count"] as? Int ?? 99) <= 3)

                let org = try await api.call(.get, "/sessions/trends", token: admin.accessToken)
                #expect(org.json["scope"] as? String == "organization" && org.json["session_count"] as? Int == 12)
                let member = try await api.call(.get, "/sessions/trends?user_id=\(reps[1].id.uuidString)", token: admin.accessToken)
                #expect(member.json["scope"] as? String == "member" && member.json["session_count"] as? Int == 2)
                #expect(Self.dimension(member, "pitch")["direction"] as? String == "steady")
                // A rep asking for a colleague's trend gets nothing of theirs: RLS shows only their own sessions.
                let peek = try await api.call(.get, "/sessions/trends?user_id=\(reps[1].id.uuidString)", token: reps[0].token)
                #expect(peek.status == .ok && peek.json["session_count"] as? Int == 0)

                let team = try await api.call(.get, "/sessions/team", token: admin.accessToken)
                #expect(team.status == .ok, "\(team.text)")
                let rows = try #require(team.json["members"] as? [[String: Any]])
                #expect(rows.map { $0["email"] as? String } == ["ana@example.com", "ben@example.com", "lead@example.com"])
                #expect(rows[0]["session_count"] as? Int == 10 && rows[0]["change"] as? Double == 3)
                #expect(rows[0]["weakest_dimension"] as? String != "discovery")
                #expect((rows[1]["dimension_averages"] as? [String: Any])?["discovery"] as? Double == 6)
                #expect(rows[2]["session_count"] as? Int == 0 && rows[2]["overall_average"] == nil)
                let refused = try await api.call(.get, "/sessions/team", token: reps[0].token)
                #expect(refused.status == .forbidden)

                let outsider = try await api.signUp(email: "boss@other.example", organization: "Other")
                let foreign = try await api.call(.get, "/sessions/trends?user_id=\(reps[0].id.uuidString)", token: outsider.accessToken)
                #expect(foreign.json["session_count"] as? Int == 0)
                let foreignTeam = try await api.call(.get, "/sessions/team", token: outsider.accessToken)
                #expect((foreignTeam.json["members"] as? [[String: Any]])?.map { $0["email"] as? String } == ["boss@other.example"])

                for bad in ["weeks=0", "weeks=53", "weeks=x", "user_id=nope"] {
                    let response = try await api.call(.get, "/sessions/trends?\(bad)", token: reps[0].token)
                    #expect(response.status == .badRequest, "\(bad): \(response.status)")
                }
            }
        }
    }
}
