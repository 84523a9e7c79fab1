import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogServer
import UnderdogTestSupport

/// `/webhooks/vapi` and `/api/v1/voice/web-call` on a live server, with messages shaped as VAPI sends them.
@Suite("VAPI voice roleplay")
struct VapiWebhookTests {
    static let secret = "vapi-shared-secret-for-tests"
    static let bearer = "vapi-bearer-credential-for-tests"
    static let hmacSecret = "vapi-hmac-key-for-tests"

    static let settings = VapiSettings(
        authentication: VapiAuthentication([
            .secretHeader(secret), .bearer(bearer), .hmac(.init(secret: hmacSecret)),
        ]),
        publicKey: "pk-test-public", serverURL: "https://underdog.example/webhooks/vapi")

    /// Signs a body the way VAPI's HMAC credential does by default: hex HMAC-SHA256 of `{timestamp}.{body}`.
    static func hmacHeaders(_ body: Data, at time: Date = Date()) -> [(String, String)] {
        let timestamp = String(Int(time.timeIntervalSince1970 * 1000))
        let mac = HMAC<SHA256>.authenticationCode(for: Data(timestamp.utf8) + Data(".".utf8) + body, using: SymmetricKey(data: Data(hmacSecret.utf8)))
        return [("x-signature", mac.map { String(format: "%02x", $0) }.joined()), ("x-timestamp", timestamp)]
    }

    static let secretHeader = [("X-Vapi-Secret", secret)]

    /// Priya's greeting as her content file writes it.
    static func greeting() throws -> String {
        let file = URL(fileURLWithPath: TestPostgres.repositoryRoot + "/content/personas/priya-natarajan.json")
        return try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])?["greeting"] as? String)
    }

    /// A rep who set up a web call with Priya; returns their token, the call id and the call token.
    static func setUpCall(_ api: APIClient, email: String = "rep@example.com") async throws -> (access: String, callID: String, token: String, assistant: [String: Any]) {
        let rep = try await api.signUp(email: email)
        let call = try await api.call(.post, "/voice/web-call", token: rep.accessToken,
                                      json: ["persona_id": "priya-natarajan", "scenario_type": "cold_call"])
        try #require(call.status == .created, "\(call.text)")
        let overrides = try #require(call.json["assistant_overrides"] as? [String: Any])
        let token = try #require((overrides["metadata"] as? [String: Any])?["underdog_call_token"] as? String)
        return (rep.accessToken, try #require(call.json["call_id"] as? String), token, try #require(call.json["assistant"] as? [String: Any]))
    }

    static func count(_ test: TestDatabase, _ sql: PostgresQuery) async throws -> Int {
        try await test.database.client.query(sql).collect()[0].decode(Int.self)
    }

    @Test("web-call gives the browser the public key, the persona's assistant and a call token; refusals are clear")
    func webCall() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, vapi: Self.settings)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let (access, callID, token, assistant) = try await Self.setUpCall(api)
                #expect(assistant["firstMessage"] as? String == (try Self.greeting()))
                let model = try #require(assistant["model"] as? [String: Any])
                let system = try #require((model["messages"] as? [[String: Any]])?.first?["content"] as? String)
                #expect(system.contains("Priya Natarajan") && system.contains("record_outcome"))
                #expect((model["tools"] as? [[String: Any]])?.first.flatMap { ($0["function"] as? [String: Any])?["name"] as? String } == "record_outcome")
                #expect((assistant["server"] as? [String: Any])?["url"] as? String == "https://underdog.example/webhooks/vapi")
                #expect(token.count >= 40)
                // Only the token's hash is stored, and the row is the rep's.
                #expect(try await Self.count(test, "SELECT count(*) FROM app.voice_calls WHERE id = \(UUID(uuidString: callID)!) AND call_token_hash <> \(token)") == 1)

                let unknown = try await api.call(.post, "/voice/web-call", token: access, json: ["persona_id": "nobody", "scenario_type": "cold_call"])
                #expect(unknown.status == .unprocessableContent && unknown.errorCode == "unknown_persona")
                let notPlayed = try await api.call(.post, "/voice/web-call", token: access, json: ["persona_id": "priya-natarajan", "scenario_type": "gatekeeper"])
                #expect(notPlayed.status == .unprocessableContent && notPlayed.errorCode == "scenario_not_played")
                let anonymous = try await api.call(.post, "/voice/web-call", json: ["persona_id": "priya-natarajan", "scenario_type": "cold_call"])
                #expect(anonymous.status == .unauthorized)
            }
            let unconfigured = try await makeApp(url: test.url)
            try await unconfigured.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "other@example.com")
                let call = try await api.call(.post, "/voice/web-call", token: rep.accessToken, json: ["persona_id": "priya-natarajan", "scenario_type": "cold_call"])
                #expect(call.status == .unprocessableContent && call.errorCode == "voice_unavailable")
            }
        }
    }

    @Test("a missing or wrong credential is a 401 and stores nothing; the secret header, a bearer token and a fresh HMAC are accepted")
    func authentication() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, vapi: Self.settings)
            try await app.test(.live) { client in
                let http = RawHTTPClient(port: try #require(client.port))
                let body = VapiPayloads.message("status-update", call: VapiPayloads.call("call-auth", token: nil), ["status": "ringing"])
                let refused: [[(String, String)]] = [
                    [],
                    [("X-Vapi-Secret", "wrong")],
                    [("X-Vapi-Secret", Self.secret + "x")],
                    [("Authorization", "Bearer wrong")],
                    [("Authorization", Self.bearer)],
                    Self.hmacHeaders(Data("{}".utf8)),
                    Self.hmacHeaders(body, at: Date().addingTimeInterval(-3600)),
                ]
                for headers in refused {
                    let response = try await http.post("/webhooks/vapi", body: body, headers: headers)
                    #expect(response.status == 401 && response.errorCode == "unauthorized", "\(headers): \(response.status)")
                }
                #expect(try await Self.count(test, "SELECT count(*) FROM public.session_events") == 0)

                let accepted: [[(String, String)]] = [Self.secretHeader, [("Authorization", "Bearer \(Self.bearer)")], Self.hmacHeaders(body)]
                for headers in accepted {
                    let response = try await http.post("/webhooks/vapi", body: body, headers: headers)
                    #expect(response.status == 200, "\(headers): \(response.status)")
                }
                // Three deliveries of the same bytes: one event.
                #expect(try await Self.count(test, "SELECT count(*) FROM public.session_events") == 1)

                let closed = try await makeApp(url: test.url)
                try await closed.test(.live) { other in
                    let response = try await RawHTTPClient(port: try #require(other.port)).post("/webhooks/vapi", body: body, headers: Self.secretHeader)
                    #expect(response.status == 401, "no credentials configured: nothing is accepted")
                }
            }
        }
    }

    @Test("assistant-request answers the call's persona, tool-calls set the outcome, status, transcript and hang are filed once each")
    func messageTypes() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, vapi: Self.settings)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let http = RawHTTPClient(port: try #require(client.port))
                let (_, callID, token, _) = try await Self.setUpCall(api)
                let call = VapiPayloads.call("vapi-call-1", token: token)

                let request = try await http.post("/webhooks/vapi", body: VapiPayloads.message("assistant-request", call: call), headers: Self.secretHeader)
                let assistant = try #require(request.json["assistant"] as? [String: Any], "\(request.json)")
                #expect(assistant["firstMessage"] as? String == (try Self.greeting()))
                let stranger = try await http.post("/webhooks/vapi", body: VapiPayloads.message("assistant-request", call: VapiPayloads.call("vapi-call-x", token: "forged")), headers: Self.secretHeader)
                #expect(stranger.status == 200 && stranger.json["error"] is String && stranger.json["assistant"] == nil)

                let toolCalls = VapiPayloads.message("tool-calls", call: call, timestamp: 1_764_064_830_000, [
                    "toolCallList": [
                        ["id": "tc-1", "type": "function", "function": ["name": "record_outcome", "arguments": ["outcome": "meeting_booked", "detail": "Tuesday 10am"]]],
                        ["id": "tc-2", "type": "function", "function": ["name": "transfer_money", "arguments": "{}"]],
                    ],
                ])
                let tools = try await http.post("/webhooks/vapi", body: toolCalls, headers: Self.secretHeader)
                let results = try #require(tools.json["results"] as? [[String: Any]])
                #expect(results.count == 2)
                #expect(results[0]["toolCallId"] as? String == "tc-1" && results[0]["name"] as? String == "record_outcome" && results[0]["result"] is String)
                #expect(results[1]["toolCallId"] as? String == "tc-2" && results[1]["error"] is String)
                let replayedTools = try await http.post("/webhooks/vapi", body: toolCalls, headers: Self.secretHeader)
                #expect((replayedTools.json["results"] as? [[String: Any]])?.first?["toolCallId"] as? String == "tc-1")

                for (type, fields) in [("status-update", ["status": "in-progress"]), ("transcript", ["role": "user", "transcriptType": "final", "transcript": "Hi Priya"]), ("hang", [:])] {
                    let body = VapiPayloads.message(type, call: call, timestamp: 1_764_064_840_000, fields)
                    let first = try await http.post("/webhooks/vapi", body: body, headers: Self.secretHeader)
                    let replay = try await http.post("/webhooks/vapi", body: body, headers: Self.secretHeader)
                    #expect(first.json["replay"] as? Bool == false && replay.json["replay"] as? Bool == true, "\(type)")
                }
                let id = UUID(uuidString: callID)!
                let types = try await test.database.client.query("SELECT event_type FROM public.session_events WHERE session_id = \(id) ORDER BY created_at").collect().map { try $0.decode(String.self) }
                #expect(types.sorted() == ["assistant-request", "hang", "status-update", "tool-calls", "transcript"])
                let row = try await test.database.client.query("SELECT status, outcome, provider_call_id FROM app.voice_calls WHERE id = \(id)").collect()
                let (status, outcome, providerCall) = try row[0].decode((String, String, String?).self)
                #expect(status == "in-progress" && outcome == "meeting_booked" && providerCall == "vapi-call-1")
            }
        }
    }

    @Test("fifty concurrent copies of one end-of-call-report make exactly one session with six scores, which the rep then sees")
    func endOfCallReportOnce() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, vapi: Self.settings)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let http = RawHTTPClient(port: try #require(client.port))
                let (access, callID, token, _) = try await Self.setUpCall(api)
                let report = VapiPayloads.endOfCallReport(call: VapiPayloads.call("vapi-call-eoc", token: token))

                let answers = try await withThrowingTaskGroup(of: RawHTTPClient.Response.self) { group in
                    for _ in 0..<50 { group.addTask { try await http.post("/webhooks/vapi", body: report, headers: Self.secretHeader) } }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(answers.allSatisfy { $0.status == 200 })
                let statuses = answers.compactMap { $0.json["status"] as? String }
                #expect(statuses.filter { $0 == "scored" }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == "already_scored" }.count == 49)

                #expect(try await Self.count(test, "SELECT count(*) FROM public.roleplay_sessions") == 1)
                #expect(try await Self.count(test, "SELECT count(*) FROM public.session_scores") == 6)
                #expect(try await Self.count(test, "SELECT count(*) FROM public.session_events WHERE event_type = 'end-of-call-report'") == 1)

                let session = try await api.call(.get, "/sessions/\(callID)", token: access)
                #expect(session.status == .ok, "\(session.text)")
                #expect(session.json["vapi_call_id"] as? String == "vapi-call-eoc")
                #expect(session.json["duration_seconds"] as? Int == 35)
                #expect((session.json["scores"] as? [[String: Any]])?.count == 6)
                let transcript = try #require(session.json["transcript"] as? [String: Any])
                let turns = try #require(transcript["turns"] as? [[String: Any]])
                #expect(turns.count == 9 && turns.first?["speaker"] as? String == "prospect" && turns[1]["speaker"] as? String == "rep")
                #expect(transcript["engine"] as? String == "vapi" && transcript["ended_reason"] as? String == "customer-ended-call")
                // The call's events now belong to a session the rep owns, so RLS shows them to the rep alone.
                let me = try #require(UUID(uuidString: try await api.call(.get, "/me", token: access).json["id"] as? String ?? ""))
                let visible = try await test.database.transaction(as: .user(me)) { connection in
                    try await connection.query("SELECT count(*) FROM public.session_events", logger: TestPostgres.logger).collect()[0].decode(Int.self)
                }
                #expect(visible == 1)
            }
        }
    }

    @Test("hostile bodies with valid credentials are 400s; a report for a call nobody set up is kept but scores nothing")
    func hostileBodies() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url, vapi: Self.settings)
            try await app.test(.live) { client in
                let http = RawHTTPClient(port: try #require(client.port))
                for body in ["", "not json", "[]", "{\"message\": {}}", "{\"message\": {\"type\": \"hang\"}}",
                             "{\"message\": {\"type\": \"hang\", \"call\": {\"id\": \"\"}}}"] {
                    let response = try await http.post("/webhooks/vapi", body: Data(body.utf8), headers: Self.secretHeader)
                    #expect(response.status == 400 && response.errorCode == "invalid_webhook", "\(body): \(response.status)")
                }
                // PostgreSQL's jsonb cannot hold NUL: a clear 4xx, nothing stored.
                let nul = try await http.post("/webhooks/vapi", body: Data(#"{"message": {"type": "hang", "call": {"id": "c1"}, "note": "a\u0000b"}}"#.utf8), headers: Self.secretHeader)
                #expect((400..<500).contains(nul.status), "\(nul.status)")
                let orphan = try await http.post("/webhooks/vapi", body: VapiPayloads.endOfCallReport(call: VapiPayloads.call("vapi-unknown", token: nil)), headers: Self.secretHeader)
                #expect(orphan.status == 200 && orphan.json["status"] as? String == "unknown_call")
                #expect(try await Self.count(test, "SELECT count(*) FROM public.roleplay_sessions") == 0)
                #expect(try await Self.count(test, "SELECT count(*) FROM public.session_events") == 1)
            }
        }
    }
}
