import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnderdogAI
import UnderdogTestSupport

@Suite("Text roleplay answered by a chat model, over a local server speaking the OpenAI protocol")
struct ChatPersonaRouteTests {
    static let persona = "marcus-oyelaran"

    static func model(_ base: String) -> OpenAIConfiguration {
        OpenAIConfiguration(baseURL: base, apiKey: "sk-local-test", chatModel: "persona-mini", requestTimeout: .seconds(10),
                            maxRetries: 0, initialBackoff: .milliseconds(10), maxBackoff: .milliseconds(20))
    }

    /// A streamed turn as the test client reads it: status, content type and the events, in order.
    struct Streamed {
        let status: HTTPResponse.Status
        let contentType: String?
        let body: String
        var events: [(name: String, data: String)] {
            body.components(separatedBy: "\n\n").compactMap { block -> (String, String)? in
                var name = "message"
                var data: [String] = []
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                return data.isEmpty ? nil : (name, data.joined(separator: "\n"))
            }
        }
        var deltas: [String] {
            events.filter { $0.name == "delta" }.compactMap { Self.object($0.data)?["text"] as? String }
        }
        var turn: [String: Any]? { events.first { $0.name == "turn" }.flatMap { Self.object($0.data) } }
        var errorCode: String? {
            events.first { $0.name == "error" }.flatMap { (Self.object($0.data)?["error"] as? [String: Any])?["code"] as? String }
        }
        static func object(_ text: String) -> [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        }
    }

    static func streamTurn(_ client: any TestClientProtocol, id: String, token: String, text: String) async throws -> Streamed {
        let body = try JSONSerialization.data(withJSONObject: ["text": text])
        return try await client.execute(
            uri: "/api/v1/roleplay/conversations/\(id)/turns/stream", method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/json", .accept: "text/event-stream"],
            body: ByteBuffer(data: body)
        ) { response in
            Streamed(status: response.status, contentType: response.headers[.contentType], body: String(buffer: response.body))
        }
    }

    static func start(_ api: APIClient, token: String) async throws -> (id: String, greeting: String) {
        let started = try await api.call(.post, "/roleplay/conversations", token: token, json: ["persona_id": persona, "scenario_type": "cold_call"])
        try #require(started.status == .created, "\(started.text)")
        let greeting = try #require((started.json["turns"] as? [[String: Any]])?.first?["text"] as? String)
        return (try #require(started.json["id"] as? String), greeting)
    }

    static func turns(_ json: [String: Any]) -> [(speaker: String, text: String)] {
        (json["turns"] as? [[String: Any]] ?? []).map { ($0["speaker"] as? String ?? "", $0["text"] as? String ?? "") }
    }

    @Test("a streamed reply arrives as several delta events, the saved turn is their concatenation, and the model got the persona's prompt and the call")
    func streamedTurn() async throws {
        let server = LocalOpenAIServer(script: [.stream(["Nine clinics, ", "about a hundred and forty people, ", "and a tenth in spring."])])
        try await server.run { base in
            try await withTestDatabase { test in
                let app = try await makeApp(url: test.url, personaModel: Self.model(base))
                try await app.test(.live) { client in
                    // setup
                    let api = APIClient(client: client)
                    let rep = try await api.signUp(email: "rep@example.com")
                    let (id, greeting) = try await Self.start(api, token: rep.accessToken)
                    let line = "Hi Marcus, Sam from Brightline. How many clinics do you look after?"
                    // act
                    let streamed = try await Self.streamTurn(client, id: id, token: rep.accessToken, text: line)
                    // assert
                    #expect(streamed.status == .ok && streamed.contentType == "text/event-stream", "\(streamed.body)")
                    #expect(streamed.deltas.count == 3, "\(streamed.body)")
                    #expect(streamed.events.last?.name == "turn")
                    let reply = streamed.deltas.joined()
                    #expect(reply == "Nine clinics, about a hundred and forty people, and a tenth in spring.")
                    let turn = try #require(streamed.turn)
                    #expect(Self.turns(turn).map(\.text) == [greeting, line, reply])
                    #expect(turn["outcome"] as? String == "continuing")
                    let stored = try await api.call(.get, "/roleplay/conversations/\(id)", token: rep.accessToken)
                    #expect(Self.turns(stored.json).map(\.text) == [greeting, line, reply])

                    let request = try #require(await server.received.first)
                    #expect(request.stream && request.json?["model"] as? String == "persona-mini")
                    let messages = request.messages
                    #expect(messages.map(\.role) == ["system", "assistant", "user"])
                    #expect(messages[0].content.contains("You are Marcus Oyelaran, Group Practice Director at Kindred Dental Partners"))
                    #expect(messages[0].content.contains("Hygiene recalls are chased by receptionists") && messages[0].content.contains("[MEETING_BOOKED]"))
                    #expect(messages.dropFirst().map(\.content) == [greeting, line])
                }
            }
        }
    }

    @Test("the JSON endpoint sends the whole history; a [MEETING_BOOKED] marker ends the call as meeting_booked, stripped from the reply")
    func meetingBookedByMarker() async throws {
        let server = LocalOpenAIServer(script: [
            .content("Nine spreadsheets a month, honestly."),
            .stream(["Go on then, ", "Tuesday afternoon works.\n[MEET", "ING_BOOKED]\n"]),
        ])
        try await server.run { base in
            try await withTestDatabase { test in
                let app = try await makeApp(url: test.url, personaModel: Self.model(base))
                try await app.test(.live) { client in
                    let api = APIClient(client: client)
                    let rep = try await api.signUp(email: "rep@example.com")
                    let (id, greeting) = try await Self.start(api, token: rep.accessToken)
                    let first = try await api.call(.post, "/roleplay/conversations/\(id)/turns", token: rep.accessToken, json: ["text": "How do you report no-shows?"])
                    #expect(first.status == .ok, "\(first.text)")
                    #expect(Self.turns(first.json).last?.text == "Nine spreadsheets a month, honestly.")

                    let second = try await Self.streamTurn(client, id: id, token: rep.accessToken, text: "Could we meet Tuesday to walk through it?")
                    #expect(second.deltas.joined() == "Go on then, Tuesday afternoon works.")
                    #expect(!second.body.contains("MEETING_BOOKED") && !second.body.contains("[MEET"), "\(second.body)")
                    let turn = try #require(second.turn)
                    #expect(turn["outcome"] as? String == "meeting_booked")
                    #expect(Self.turns(turn).last?.text == "Go on then, Tuesday afternoon works.")

                    let history = await server.received[1].messages
                    #expect(history.map(\.role) == ["system", "assistant", "user", "assistant", "user"])
                    #expect(history.dropFirst().map(\.content) == [greeting, "How do you report no-shows?", "Nine spreadsheets a month, honestly.",
                                                                 "Could we meet Tuesday to walk through it?"])

                    let after = try await api.call(.post, "/roleplay/conversations/\(id)/turns", token: rep.accessToken, json: ["text": "One more thing"])
                    #expect(after.status == .conflict && after.errorCode == "call_ended")
                    let afterStream = try await Self.streamTurn(client, id: id, token: rep.accessToken, text: "One more thing")
                    #expect(afterStream.status == .conflict)
                    #expect(await server.received.count == 2, "a call that has ended is not sent to the model")
                }
            }
        }
    }

    @Test("an upstream 500 gives a JSON 502 on both endpoints and the call stays as it was")
    func upstreamFailure() async throws {
        let server = LocalOpenAIServer(script: [.error(status: 500, message: "The server had an error"), .error(status: 500, message: "Again")])
        try await server.run { base in
            try await withTestDatabase { test in
                let app = try await makeApp(url: test.url, personaModel: Self.model(base))
                try await app.test(.live) { client in
                    let api = APIClient(client: client)
                    let rep = try await api.signUp(email: "rep@example.com")
                    let (id, greeting) = try await Self.start(api, token: rep.accessToken)
                    let json = try await api.call(.post, "/roleplay/conversations/\(id)/turns", token: rep.accessToken, json: ["text": "Hello?"])
                    #expect(json.status == .badGateway && json.errorCode == "persona_unavailable", "\(json.text)")
                    let streamed = try await Self.streamTurn(client, id: id, token: rep.accessToken, text: "Hello?")
                    #expect(streamed.status == .badGateway && streamed.contentType?.hasPrefix("application/json") == true, "\(streamed.body)")
                    let stored = try await api.call(.get, "/roleplay/conversations/\(id)", token: rep.accessToken)
                    #expect(Self.turns(stored.json).map(\.text) == [greeting])
                    #expect(stored.json["outcome"] as? String == "continuing")
                }
            }
        }
    }

    @Test("a stream that stops mid-reply ends with an error event after the deltas, and saves no half turn")
    func cutStream() async throws {
        // A body that ends without [DONE], not a dropped connection: an HTTP client may discard the bytes that
        // arrive in the same read as a drop, and then nothing reaches the route (the 502 case above).
        let server = LocalOpenAIServer(script: [.streamTruncated(["Well, ", "we already have "])])
        try await server.run { base in
            try await withTestDatabase { test in
                let app = try await makeApp(url: test.url, personaModel: Self.model(base))
                try await app.test(.live) { client in
                    let api = APIClient(client: client)
                    let rep = try await api.signUp(email: "rep@example.com")
                    let (id, greeting) = try await Self.start(api, token: rep.accessToken)
                    let streamed = try await Self.streamTurn(client, id: id, token: rep.accessToken, text: "How do you send reminders today?")
                    #expect(streamed.status == .ok)
                    let shown = streamed.deltas.joined().trimmingCharacters(in: .whitespaces)
                    #expect(shown == "Well, we already have", "\(streamed.body)")
                    #expect(streamed.errorCode == "persona_unavailable" && streamed.turn == nil, "\(streamed.body)")
                    let stored = try await api.call(.get, "/roleplay/conversations/\(id)", token: rep.accessToken)
                    #expect(Self.turns(stored.json).map(\.text) == [greeting])
                }
            }
        }
    }

    @Test("without a chat model the streamed endpoint sends the offline engine's whole reply as one delta, then the turn")
    func offlineEngineStreamed() async throws {
        try await withTestDatabase { test in
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let (id, greeting) = try await Self.start(api, token: rep.accessToken)
                let line = "Hi Marcus, this is Sam from Brightline. Do you have a minute?"
                let streamed = try await Self.streamTurn(client, id: id, token: rep.accessToken, text: line)
                #expect(streamed.status == .ok && streamed.contentType == "text/event-stream")
                #expect(streamed.deltas.count == 1 && streamed.events.map(\.name) == ["delta", "turn"], "\(streamed.body)")
                let turn = try #require(streamed.turn)
                #expect(Self.turns(turn).map(\.text) == [greeting, line, streamed.deltas[0]])
                let stored = try await api.call(.get, "/roleplay/conversations/\(id)", token: rep.accessToken)
                #expect(Self.turns(stored.json).map(\.text) == [greeting, line, streamed.deltas[0]])
                let blank = try await Self.streamTurn(client, id: id, token: rep.accessToken, text: "   ")
                #expect(blank.status == .badRequest)
            }
        }
    }
}
