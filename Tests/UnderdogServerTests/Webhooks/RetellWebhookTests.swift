import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// `/webhooks/retell` on a live server: Retell's signature over the raw bytes, and its three call events mapped
/// onto the voice session model.
@Suite("Retell voice roleplay")
struct RetellWebhookTests {
    static let apiKey = "key_retell_test_0123456789abcdef"
    static let signer = RetellSignature(apiKey: apiKey)

    static func event(_ name: String, callID: String, token: String?, ended: Bool) -> Data {
        var call: [String: Any] = [
            "call_type": "web_call", "call_id": callID, "agent_id": "agent_test", "call_status": ended ? "ended" : "ongoing",
            "start_timestamp": 1_764_064_800_000,
        ]
        if let token { call["metadata"] = ["underdog_call_token": token] }
        if ended {
            let lines: [(String, String, Double, Double)] = [
                ("agent", "Dale Kowalczyk.", 0.3, 1.0),
                ("user", "Hi Dale, this is Sam from Brightline. Is now a bad time for a quick question about your fleet?", 1.5, 6.0),
                ("agent", "Make it quick.", 6.4, 7.2),
                ("user", "How do you keep track of maintenance schedules across the trucks today?", 7.6, 11.0),
                ("agent", "Whiteboard in the shop, mostly.", 11.4, 13.0),
                ("user", "Would fifteen minutes on Friday at nine work to show you how others moved off the whiteboard?", 13.5, 18.0),
                ("agent", "Friday at nine. Fine.", 18.4, 19.6),
            ]
            var transcript: [[String: Any]] = []
            for (role, content, start, end) in lines {
                let line: [String: Any] = ["role": role, "content": content,
                                           "words": [["word": "x", "start": start, "end": start + 0.2], ["word": "y", "start": end - 0.2, "end": end]]]
                transcript.append(line)
            }
            call["transcript_object"] = transcript
            call["end_timestamp"] = 1_764_064_820_000
            call["duration_ms"] = 20_000
            call["disconnection_reason"] = "user_hangup"
        }
        if name == "call_analyzed" { call["call_analysis"] = ["call_summary": "Meeting booked for Friday.", "call_successful": true] }
        return try! JSONSerialization.data(withJSONObject: ["event": name, "call": call])
    }

    static func signed(_ body: Data, at time: Date = Date()) -> [(String, String)] {
        [("x-retell-signature", signer.sign(body: Array(body), at: time))]
    }

    /// A rep with a Retell call set up for Dale (the row a create-web-call step would write); returns the call token.
    static func setUpCall(test: TestDatabase, api: APIClient) async throws -> (UUID, String) {
        let rep = try await api.signUp(email: "rep@example.com")
        let userID = try #require(UUID(uuidString: rep.user["id"] as? String ?? ""))
        let token = "retell-call-token-\(UUID().uuidString)"
        let call = try await test.database.transaction(as: .user(userID)) { connection in
            try await VoiceCallQueries.setUp(userID: userID, provider: "retell", tokenHash: SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined(),
                                             personaID: "dale-kowalczyk", scenario: "cold_call", on: connection, logger: TestPostgres.logger)
        }
        return (call.id, token)
    }

    static func count(_ test: TestDatabase, _ sql: PostgresQuery) async throws -> Int {
        try await test.database.client.query(sql).collect()[0].decode(Int.self)
    }

    @Test("a correct signature is accepted; a wrong key, a stale one, a body changed after signing and a missing header are 401 and store nothing")
    func signatures() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, retellAPIKey: Self.apiKey)
            try await app.test(.live) { client in
                let http = RawHTTPClient(port: try #require(client.port))
                let body = Self.event("call_started", callID: "retell-sig", token: nil, ended: false)
                var changed = body
                changed[changed.count - 3] ^= 0x01
                let refusals: [(String, Data, [(String, String)])] = [
                    ("no header", body, []),
                    ("wrong key", body, [("x-retell-signature", RetellSignature(apiKey: "key_other").sign(body: Array(body), at: Date()))]),
                    ("stale", body, Self.signed(body, at: Date().addingTimeInterval(-301))),
                    ("changed after signing", changed, Self.signed(body)),
                    ("garbage", body, [("x-retell-signature", "v=abc,d=zz")]),
                ]
                for (label, data, headers) in refusals {
                    let response = try await http.post("/webhooks/retell", body: data, headers: headers)
                    #expect(response.status == 401 && response.errorCode == "unauthorized", "\(label): \(response.status)")
                }
                #expect(try await Self.count(test, "SELECT count(*) FROM public.session_events") == 0)
                let accepted = try await http.post("/webhooks/retell", body: body, headers: Self.signed(body))
                #expect(accepted.status == 200 && accepted.json["replay"] as? Bool == false)
                #expect(try await Self.count(test, "SELECT count(*) FROM public.session_events") == 1)
            }
            let closed = try await makeApp(url: test.url)
            try await closed.test(.live) { client in
                let body = Self.event("call_started", callID: "retell-closed", token: nil, ended: false)
                let response = try await RawHTTPClient(port: try #require(client.port)).post("/webhooks/retell", body: body, headers: Self.signed(body))
                #expect(response.status == 401, "no API key configured: nothing is accepted")
            }
        }
    }

    @Test("call_started binds the call, call_ended scores it once, call_analyzed and retries are filed without a second session")
    func callEvents() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, retellAPIKey: Self.apiKey)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let http = RawHTTPClient(port: try #require(client.port))
                let (callID, token) = try await Self.setUpCall(test: test, api: api)

                let started = Self.event("call_started", callID: "retell-1", token: token, ended: false)
                #expect(try await http.post("/webhooks/retell", body: started, headers: Self.signed(started)).status == 200)
                let ended = Self.event("call_ended", callID: "retell-1", token: token, ended: true)
                let first = try await http.post("/webhooks/retell", body: ended, headers: Self.signed(ended))
                #expect(first.json["status"] as? String == "scored" && first.json["session_id"] as? String == callID.uuidString.lowercased())
                let retried = try await http.post("/webhooks/retell", body: ended, headers: Self.signed(ended))
                #expect(retried.json["status"] as? String == "already_scored")
                let analyzed = Self.event("call_analyzed", callID: "retell-1", token: token, ended: true)
                let late = try await http.post("/webhooks/retell", body: analyzed, headers: Self.signed(analyzed))
                #expect(late.json["status"] as? String == "already_scored")

                #expect(try await Self.count(test, "SELECT count(*) FROM public.roleplay_sessions WHERE id = \(callID) AND vapi_call_id = 'retell-1' AND duration_seconds = 20") == 1)
                #expect(try await Self.count(test, "SELECT count(*) FROM public.session_scores WHERE session_id = \(callID)") == 6)
                let types = try await test.database.client.query("SELECT event_type FROM public.session_events WHERE session_id = \(callID)").collect().map { try $0.decode(String.self) }
                #expect(types.sorted() == ["call_analyzed", "call_ended", "call_started"])
            }
        }
    }

    @Test("web-call with provider retell creates the call at Retell with the persona and our token; call_started binds it to the rep; refusals are clear and write nothing")
    func webCall() async throws {
        let retell = LocalRetellServer(apiKey: Self.apiKey, agentID: "agent_underdog")
        try await retell.run { base in
            try await withTestDatabase { test in
                let app = try await makeApp(url: test.url, retellAPIKey: Self.apiKey,
                                            retellWebCalls: RetellWebCalls(apiKey: Self.apiKey, agentID: "agent_underdog", baseURL: base))
                try await app.test(.live) { client in
                    let api = APIClient(client: client)
                    let http = RawHTTPClient(port: try #require(client.port))
                    let rep = try await api.signUp(email: "rep@example.com")
                    let call = try await api.call(.post, "/voice/web-call", token: rep.accessToken,
                                                  json: ["persona_id": "dale-kowalczyk", "scenario_type": "cold_call", "provider": "retell"])
                    #expect(call.status == .created, "\(call.text)")
                    #expect(call.json["provider"] as? String == "retell" && (call.json["access_token"] as? String)?.hasPrefix("eyJ-local-") == true)
                    #expect(call.json["assistant"] == nil && call.json["public_key"] == nil)
                    let callID = try #require(UUID(uuidString: call.json["call_id"] as? String ?? ""))
                    let providerCall = try #require(call.json["provider_call_id"] as? String)
                    let body = try #require(await retell.created.first)
                    let sent = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
                    let token = try #require((sent["metadata"] as? [String: Any])?["underdog_call_token"] as? String)
                    let variables = try #require(sent["retell_llm_dynamic_variables"] as? [String: Any])
                    #expect((variables["persona_prompt"] as? String)?.contains("Dale Kowalczyk") == true && variables["greeting"] as? String == "Kowalczyk.")

                    let started = Self.event("call_started", callID: providerCall, token: token, ended: false)
                    #expect(try await http.post("/webhooks/retell", body: started, headers: Self.signed(started)).status == 200)
                    #expect(try await test.count("SELECT count(*) FROM app.voice_calls WHERE id = \(callID) AND provider_call_id = \(providerCall) AND status = 'ongoing'") == 1)
                    let ended = Self.event("call_ended", callID: providerCall, token: token, ended: true)
                    let scored = try await http.post("/webhooks/retell", body: ended, headers: Self.signed(ended))
                    #expect(scored.json["status"] as? String == "scored")
                    #expect(try await api.call(.get, "/sessions/\(callID.uuidString.lowercased())", token: rep.accessToken).status == .ok)
                }
            }
        }
        let refusing = LocalRetellServer(apiKey: Self.apiKey, agentID: "agent_underdog", failWith: 500)
        try await refusing.run { base in
            try await withTestDatabase { test in
                let app = try await makeApp(url: test.url, retellAPIKey: Self.apiKey,
                                            retellWebCalls: RetellWebCalls(apiKey: Self.apiKey, agentID: "agent_underdog", baseURL: base))
                try await app.test(.router) { client in
                    let api = APIClient(client: client)
                    let rep = try await api.signUp(email: "rep@example.com")
                    let failed = try await api.call(.post, "/voice/web-call", token: rep.accessToken,
                                                    json: ["persona_id": "dale-kowalczyk", "scenario_type": "cold_call", "provider": "retell"])
                    #expect(failed.status == .badGateway && failed.errorCode == "voice_unavailable", "\(failed.text)")
                    #expect(try await test.count("SELECT count(*) FROM app.voice_calls") == 0)
                }
                let unconfigured = try await makeApp(url: test.url)
                try await unconfigured.test(.router) { client in
                    let api = APIClient(client: client)
                    let rep = try await api.signUp(email: "other@example.com")
                    let off = try await api.call(.post, "/voice/web-call", token: rep.accessToken,
                                                 json: ["persona_id": "dale-kowalczyk", "scenario_type": "cold_call", "provider": "retell"])
                    #expect(off.status == .unprocessableContent && off.errorCode == "voice_unavailable")
                }
            }
        }
    }
}
