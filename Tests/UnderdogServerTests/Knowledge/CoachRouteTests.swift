import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogAI
import UnderdogDomain
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// `POST /coach/messages` on a live server over the ingested shipped content: streamed answers, citations
/// that point at real rows, honesty when the playbook has nothing, and the chat-model path.
@Suite("The coach")
struct CoachRouteTests {
    struct Event {
        let name: String
        let data: [String: Any]
    }

    static func events(_ text: String) -> [Event] {
        text.components(separatedBy: "\n\n").compactMap { frame in
            var name: String?
            var data: [String: Any]?
            for line in frame.split(separator: "\n") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data = (try? JSONSerialization.jsonObject(with: Data(line.dropFirst(6).utf8))) as? [String: Any] }
            }
            guard let name, let data else { return nil }
            return Event(name: name, data: data)
        }
    }

    static func ingest(_ test: TestDatabase) async throws {
        let root = URL(fileURLWithPath: TestPostgres.repositoryRoot)
        _ = try await KnowledgeIngestion(database: test.database, logger: TestPostgres.logger)
            .run(roots: [root.appendingPathComponent("content")], base: root, embedder: .local(refit: false))
    }

    /// Asks over a real socket and returns the events in order.
    static func ask(_ http: RawHTTPClient, token: String, _ body: [String: Any]) async throws -> (Int, [Event]) {
        let response = try await http.post("/api/v1/coach/messages", body: try JSONSerialization.data(withJSONObject: body),
                                           headers: [("Authorization", "Bearer \(token)")])
        return (response.status, events(String(decoding: response.body, as: UTF8.self)))
    }

    /// Every citation names a row that exists, and every [n] in the answer is one of the citations.
    static func checkGrounded(_ events: [Event], test: TestDatabase) async throws -> (answer: String, citations: [[String: Any]]) {
        let citations = try #require(events.first { $0.name == "citations" }?.data["citations"] as? [[String: Any]])
        let answer = events.filter { $0.name == "delta" }.compactMap { $0.data["text"] as? String }.joined()
        for citation in citations {
            let id = try #require(UUID(uuidString: citation["id"] as? String ?? ""))
            let table = citation["kind"] as? String == "objection" ? "objection_library" : "knowledge_base"
            let exists = table == "objection_library"
                ? try await test.count("SELECT count(*) FROM public.objection_library WHERE id = \(id)")
                : try await test.count("SELECT count(*) FROM public.knowledge_base WHERE id = \(id)")
            #expect(exists == 1, "citation \(citation) points at no row")
        }
        let numbers = Set(citations.compactMap { $0["n"] as? Int })
        let cited = answer.matches(of: /\[(\d+)\]/).compactMap { Int($0.output.1) }
        #expect(!cited.isEmpty && Set(cited).isSubset(of: numbers), "answer cites \(cited), sources \(numbers)")
        return (answer, citations)
    }

    @Test("each mode answers from the playbook, streamed, with citations to real rows; the thread keeps both sides")
    func modes() async throws {
        try await withTestDatabase { test in
            try await Self.ingest(test)
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let http = RawHTTPClient(port: try #require(client.port))
                let rep = try await api.signUp(email: "rep@example.com")
                let questions: [(String, String, String?)] = [
                    ("objections", "The prospect says it's too expensive. What do I say?", "objection"),
                    ("techniques", "How should I open a cold call so they don't hang up?", nil),
                    ("curriculum", "What does the curriculum teach about talk ratio and listening?", nil),
                    ("free", "What do I leave on a voicemail?", nil),
                ]
                for (mode, question, firstKind) in questions {
                    let (status, events) = try await Self.ask(http, token: rep.accessToken, ["mode": mode, "message": question])
                    #expect(status == 200)
                    #expect(events.map(\.name).first == "thread" && events.map(\.name)[1] == "citations" && events.last?.name == "done",
                            "\(mode): \(events.map(\.name))")
                    #expect(events.filter { $0.name == "delta" }.count >= 2, "\(mode): the answer streams in pieces")
                    let (answer, citations) = try await Self.checkGrounded(events, test: test)
                    #expect(answer.contains(ExtractiveAnswer.preface), "the offline coach says it is quoting")
                    if let firstKind { #expect(citations.first?["kind"] as? String == firstKind, "\(mode): \(citations)") }
                    if mode == "curriculum" {
                        #expect(citations.allSatisfy { ($0["source_file"] as? String)?.hasPrefix("content/curriculum/") == true }, "\(citations)")
                    }
                    if mode == "techniques" {
                        #expect(citations.allSatisfy { ($0["source_file"] as? String)?.hasPrefix("content/wiki/") == true }, "\(citations)")
                    }
                }
                // A follow-up in the same thread; the thread holds both exchanges in order.
                let threads = try await api.call(.get, "/coach/threads", token: rep.accessToken)
                let first = try #require((threads.json["items"] as? [[String: Any]])?.last?["id"] as? String)
                let (status, followUp) = try await Self.ask(http, token: rep.accessToken, ["thread_id": first, "message": "And if they say it again?"])
                #expect(status == 200 && followUp.last?.name == "done")
                let detail = try await api.call(.get, "/coach/threads/\(first)", token: rep.accessToken)
                let messages = try #require(detail.json["messages"] as? [[String: Any]])
                #expect(messages.map { $0["role"] as? String } == ["rep", "coach", "rep", "coach"])
                #expect((messages[1]["citations"] as? [[String: Any]])?.isEmpty == false && messages[1]["engine"] as? String == "extractive")
                let mismatch = try await Self.ask(http, token: rep.accessToken, ["thread_id": first, "mode": "curriculum", "message": "x"])
                #expect(mismatch.0 == 409)

                let other = try await api.signUp(email: "other@example.com", organization: "Elsewhere")
                #expect(try await api.call(.get, "/coach/threads/\(first)", token: other.accessToken).status == .notFound)
                #expect(try await Self.ask(http, token: other.accessToken, ["thread_id": first, "message": "hi"]).0 == 404)
            }
        }
    }

    @Test("a question the playbook does not cover gets no citations and says so; bad requests are 4xx and save nothing")
    func outsideTheKnowledge() async throws {
        try await withTestDatabase { test in
            try await Self.ingest(test)
            let app = try await makeApp(url: test.url)
            try await app.test(.live) { client in
                let api = APIClient(client: client)
                let http = RawHTTPClient(port: try #require(client.port))
                let rep = try await api.signUp(email: "rep@example.com")
                for question in ["What is the boiling point of mercury in kelvin?", "Write me a sonnet about volcanoes on Jupiter."] {
                    let (status, events) = try await Self.ask(http, token: rep.accessToken, ["mode": "free", "message": question])
                    #expect(status == 200)
                    #expect((events.first { $0.name == "citations" }?.data["citations"] as? [Any])?.isEmpty == true, "\(question)")
                    let answer = events.filter { $0.name == "delta" }.compactMap { $0.data["text"] as? String }.joined()
                    #expect(answer == ExtractiveAnswer.nothingFound, "\(question): \(answer)")
                }
                let before = try await test.count("SELECT count(*) FROM app.coach_messages")
                for body: [String: Any] in [["message": ""], ["message": String(repeating: "x", count: 2001)], ["mode": "gossip", "message": "hi"],
                                            ["thread_id": "not-a-uuid", "message": "hi"], ["text": "wrong field"]] {
                    let (status, _) = try await Self.ask(http, token: rep.accessToken, body)
                    #expect((400..<500).contains(status), "\(body): \(status)")
                }
                let anonymous = try await http.post("/api/v1/coach/messages", body: Data(#"{"message":"hi"}"#.utf8))
                #expect(anonymous.status == 401)
                #expect(try await test.count("SELECT count(*) FROM app.coach_messages") == before)
            }
        }
    }

    @Test("with a chat model the answer streams from it, from the numbered sources, and a citation it invents is dropped")
    func chatModel() async throws {
        let server = LocalOpenAIServer(script: [
            .stream(["Acknowledge the price first [1], ", "then ask what they compare it with [2]. ", "Studies prove it [9]."]),
            .error(status: 500, message: "down"), .error(status: 500, message: "down"), .error(status: 500, message: "down"),
        ])
        try await server.run { base in
            try await withTestDatabase { test in
                try await Self.ingest(test)
                let model = OpenAIConfiguration(baseURL: base, apiKey: "sk-local-test", chatModel: "coach-test", maxRetries: 0)
                let app = try await makeApp(url: test.url, coachModel: model)
                try await app.test(.live) { client in
                    let api = APIClient(client: client)
                    let http = RawHTTPClient(port: try #require(client.port))
                    let rep = try await api.signUp(email: "rep@example.com")
                    let (status, events) = try await Self.ask(http, token: rep.accessToken, ["mode": "objections", "message": "They say we're too expensive."])
                    #expect(status == 200 && events.last?.name == "done" && events.last?.data["engine"] as? String == "coach-test")
                    #expect(events.filter { $0.name == "delta" }.count >= 3)
                    let (answer, _) = try await Self.checkGrounded(events, test: test)
                    #expect(answer == "Acknowledge the price first [1], then ask what they compare it with [2]. Studies prove it .")
                    let request = try #require(await server.received.first { $0.path == "/v1/chat/completions" })
                    let messages = try #require(request.json?["messages"] as? [[String: Any]])
                    let system = try #require(messages.first?["content"] as? String)
                    #expect(system.contains("[1]") && system.contains("never invent a source"))
                    #expect(request.json?["stream"] as? Bool == true && messages.last?["content"] as? String == "They say we're too expensive.")

                    // The model fails: an error event, and nothing of the exchange is saved.
                    let before = try await test.count("SELECT count(*) FROM app.coach_messages")
                    let (_, failed) = try await Self.ask(http, token: rep.accessToken, ["mode": "objections", "message": "And for timing?"])
                    #expect(failed.last?.name == "error", "\(failed.map(\.name))")
                    #expect(try await test.count("SELECT count(*) FROM app.coach_messages") == before)
                }
            }
        }
    }
}
