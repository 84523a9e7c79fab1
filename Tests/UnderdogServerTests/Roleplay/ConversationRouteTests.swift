import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogTestSupport

@Suite("Text roleplay against the offline persona engine")
struct ConversationRouteTests {
    static let persona = "marcus-oyelaran"

    static let skilledRep = [
        "Hi Marcus, this is Sam from Brightline. I know I'm calling out of the blue, do you have a minute for me to say why I called?",
        "Thanks. We help clinic groups cut no-shows. How are patient reminders handled across your clinics today?",
        "That makes sense. So what I'm hearing is the front desk makes the calls by hand. How many appointments go missed in a typical week?",
        "Could we set up a short call on Thursday at 10am to walk through your numbers?",
    ]

    @Test("a call runs turn by turn, ends as a scored session with six scores, and cannot be continued or scored twice")
    func fullCall() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let started = try await api.call(.post, "/roleplay/conversations", token: rep.accessToken,
                                                 json: ["persona_id": Self.persona, "scenario_type": "cold_call"])
                #expect(started.status == .created, "\(started.text)")
                let id = try #require(started.json["id"] as? String)
                let greeting = try #require((started.json["turns"] as? [[String: Any]])?.first)
                #expect(greeting["speaker"] as? String == "prospect" && !(greeting["text"] as? String ?? "").isEmpty)

                var last = started
                for line in Self.skilledRep where last.json["outcome"] as? String == "continuing" {
                    last = try await api.call(.post, "/roleplay/conversations/\(id)/turns", token: rep.accessToken, json: ["text": line])
                    #expect(last.status == .ok, "\(last.text)")
                }
                let turns = try #require(last.json["turns"] as? [[String: Any]])
                #expect(turns.count >= 3 && turns.count % 2 == 1, "greeting, then rep and persona in pairs")
                #expect(turns.last?["speaker"] as? String == "prospect")

                // The buyer agreed to Thursday and the rep ended the call before saying goodbye: it counts as booked.
                #expect(last.json["outcome"] as? String == "continuing")
                let ended = try await api.call(.post, "/roleplay/conversations/\(id)/end", token: rep.accessToken)
                #expect(ended.status == .ok, "\(ended.text)")
                #expect(ended.json["outcome"] as? String == "meeting_booked", "\(ended.text)")
                let session = try #require(ended.json["session_id"] as? String)
                let again = try await api.call(.post, "/roleplay/conversations/\(id)/end", token: rep.accessToken)
                #expect(again.json["session_id"] as? String == session)
                let detail = try await api.call(.get, "/sessions/\(session)", token: rep.accessToken)
                #expect((detail.json["scores"] as? [[String: Any]])?.count == 6)
                #expect(detail.json["persona_id"] as? String == Self.persona)
                let sessions = try await test.database.client.query("SELECT count(*) FROM public.roleplay_sessions").collect()
                #expect(try sessions[0].decode(Int.self) == 1)

                let afterEnd = try await api.call(.post, "/roleplay/conversations/\(id)/turns", token: rep.accessToken, json: ["text": "One more thing"])
                #expect(afterEnd.status == .conflict && afterEnd.errorCode == "call_ended")
            }
        }
    }

    @Test("refusals: unknown persona, a scenario the persona does not play, blank text, ending before speaking, another rep's call, no token")
    func refusals() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let other = try await api.signUp(email: "other@example.com")
                let unknown = try await api.call(.post, "/roleplay/conversations", token: rep.accessToken, json: ["persona_id": "nobody", "scenario_type": "cold_call"])
                #expect(unknown.status == .unprocessableContent && unknown.errorCode == "unknown_persona")
                let wrongScenario = try await api.call(.post, "/roleplay/conversations", token: rep.accessToken, json: ["persona_id": Self.persona, "scenario_type": "gatekeeper"])
                #expect(wrongScenario.status == .unprocessableContent && wrongScenario.errorCode == "scenario_not_played")

                let started = try await api.call(.post, "/roleplay/conversations", token: rep.accessToken, json: ["persona_id": Self.persona, "scenario_type": "cold_call"])
                let id = try #require(started.json["id"] as? String)
                #expect(try await api.call(.post, "/roleplay/conversations/\(id)/turns", token: rep.accessToken, json: ["text": "   "]).status == .badRequest)
                #expect(try await api.call(.post, "/roleplay/conversations/\(id)/end", token: rep.accessToken).errorCode == "nothing_to_score")
                #expect(try await api.call(.get, "/roleplay/conversations/\(id)", token: other.accessToken).status == .notFound)
                #expect(try await api.call(.post, "/roleplay/conversations/\(id)/turns", token: other.accessToken, json: ["text": "hi"]).status == .notFound)
                #expect(try await api.call(.get, "/roleplay/conversations/\(id)").status == .unauthorized)
            }
        }
    }

    @Test("two turns sent at once are taken one after the other: both are kept, with a reply each")
    func concurrentTurns() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let started = try await api.call(.post, "/roleplay/conversations", token: rep.accessToken, json: ["persona_id": Self.persona, "scenario_type": "cold_call"])
                let id = try #require(started.json["id"] as? String)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for line in ["Hi Marcus, this is Sam from Brightline.", "How do you send appointment reminders today?"] {
                        group.addTask { _ = try await api.call(.post, "/roleplay/conversations/\(id)/turns", token: rep.accessToken, json: ["text": line]) }
                    }
                    try await group.waitForAll()
                }
                let now = try await api.call(.get, "/roleplay/conversations/\(id)", token: rep.accessToken)
                let speakers = (now.json["turns"] as? [[String: Any]] ?? []).compactMap { $0["speaker"] as? String }
                #expect(speakers == ["prospect", "rep", "prospect", "rep", "prospect"])
            }
        }
    }
}
