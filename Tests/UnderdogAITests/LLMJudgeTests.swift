import Foundation
import Logging
import Testing
import UnderdogAI
import UnderdogDomain
import UnderdogTestSupport

@Suite("LLM judge: validation, clamping and fallback")
struct LLMJudgeTests {
    static let rubric: Rubric = {
        let url = URL(fileURLWithPath: TestPostgres.repositoryRoot + "/content/rubric/rubric.json")
        do { return try Rubric.decode(Data(contentsOf: url)) } catch { preconditionFailure("rubric does not load: \(error)") }
    }()

    static let transcript: Transcript = {
        let text = """
        Rep: Hi Jordan, this is Sam from Ledgerly. I saw you just opened a second warehouse. Is now a bad time for thirty seconds?
        Prospect: I have a minute. What is it about?
        Rep: Teams like yours cut month-end close from ten days to four. How are you closing the books across both sites today?
        Prospect: Spreadsheets mostly, and it is painful. We are too busy to look at anything new this quarter though.
        Rep: Understood. Would Thursday at 2pm work for twenty minutes to see if it is worth a look?
        Prospect: Thursday at 2 works.
        """
        do { return try PlainTextTranscriptParser.parse(text) } catch { preconditionFailure("\(error)") }
    }()

    static let deterministic = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: .coldCall)

    static func judge(_ base: String, timeout: Duration = .seconds(120)) -> LLMJudge {
        LLMJudge(client: OpenAICompatibleClientTests.client(base, timeout: timeout), logger: Logger(label: "judge-tests"))
    }

    static func verdict(scores: [String: Any], evidenceTurn: Int = 2, drop: String? = nil) -> String {
        let dimensions = ScoringDimension.allCases.filter { $0.rawValue != drop }.map { dimension -> [String: Any] in
            ["dimension": dimension.rawValue, "score": scores[dimension.rawValue] ?? 6,
             "feedback": "Judge feedback on \(dimension.rawValue).",
             "evidence": [["turn": evidenceTurn, "helped": true, "reason": "Named a peer result."]]]
        }
        let data = try! JSONSerialization.data(withJSONObject: ["dimensions": dimensions], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test("a valid verdict replaces scores and feedback, keeps the analyser's evidence, and re-weights the overall score")
    func validVerdict() async throws {
        let answer = Self.verdict(scores: ["opener": 9, "pitch": 8, "discovery": 5, "objection_handling": 7, "closing": 9, "communication": 8])
        let server = LocalOpenAIServer(script: [.content(answer)])
        let analysis = try await server.run { base in await Self.judge(base).judge(Self.transcript, rubric: Self.rubric, deterministic: Self.deterministic) }

        #expect(analysis.judge.kind == .llm)
        #expect(analysis.judge.model == "judge-mini")
        #expect(analysis.judge.fallbackReason == nil)
        #expect(analysis.dimensions.map(\.score) == [9, 8, 5, 7, 9, 8])
        #expect(analysis.result(for: .opener)?.feedback == "Judge feedback on opener.")
        let opener = try #require(analysis.result(for: .opener))
        #expect(opener.evidence.first == Evidence(turn: 2, criterion: "judge", effect: .earned, reason: "Named a peer result."))
        #expect(opener.evidence.count == 1 + (Self.deterministic.result(for: .opener)?.evidence.count ?? 0))
        #expect(analysis.overallScore == Analyzer.overallScore(analysis.dimensions, rubric: Self.rubric, scenario: .coldCall))

        // the request asked for the strict schema, at temperature 0, with the numbered transcript
        let request = try #require(await server.received.first?.json)
        let format = try #require(request["response_format"] as? [String: Any])
        #expect(format["type"] as? String == "json_schema")
        #expect((format["json_schema"] as? [String: Any])?["strict"] as? Bool == true)
        #expect(request["temperature"] as? Double == 0)
        let messages = try #require(request["messages"] as? [[String: Any]])
        #expect((messages.last?["content"] as? String)?.contains("[5] PROSPECT: Thursday at 2 works.") == true)
    }

    @Test("scores outside 1–10 are clamped and evidence about turns that do not exist is dropped, both recorded")
    func clampsAndDrops() async throws {
        let answer = Self.verdict(scores: ["opener": 14, "pitch": 0, "discovery": 5.6], evidenceTurn: 99)
        let server = LocalOpenAIServer(script: [.content(answer)])
        let analysis = try await server.run { base in await Self.judge(base).judge(Self.transcript, rubric: Self.rubric, deterministic: Self.deterministic) }

        #expect(analysis.judge.kind == .llm)
        #expect(analysis.result(for: .opener)?.score == 10)
        #expect(analysis.result(for: .pitch)?.score == 1)
        #expect(analysis.result(for: .discovery)?.score == 6)
        #expect(analysis.dimensions.allSatisfy { $0.evidence.allSatisfy { $0.turn < Self.transcript.turns.count } })
        let note = try #require(analysis.judge.fallbackReason)
        #expect(note.contains("opener score 14 clamped to 10"))
        #expect(note.contains("turn 99 dropped"))
    }

    @Test("malformed answers leave the deterministic analysis standing, with the reason", arguments: [
        ("not json at all", "not a JSON object"),
        (#"{"dimensions": "six"}"#, "no `dimensions` array"),
        (verdict(scores: [:], drop: "closing"), "lacks closing"),
        (#"{"dimensions":[{"dimension":"opener","score":"high","feedback":"x","evidence":[]}]}"#, "opener has no numeric score"),
    ])
    func malformed(answer: String, reason: String) async throws {
        let server = LocalOpenAIServer(script: [.content(answer)])
        let analysis = try await server.run { base in await Self.judge(base).judge(Self.transcript, rubric: Self.rubric, deterministic: Self.deterministic) }
        #expect(analysis.judge.kind == .deterministic)
        #expect(analysis.judge.model == "judge-mini")
        #expect(analysis.judge.fallbackReason?.contains(reason) == true, "\(analysis.judge.fallbackReason ?? "nil")")
        #expect(analysis.dimensions == Self.deterministic.dimensions)
        #expect(analysis.overallScore == Self.deterministic.overallScore)
    }

    @Test("a timeout and a long rate limit each fall back to the deterministic result")
    func providerFailures() async throws {
        let slow = LocalOpenAIServer(script: [.stall(.seconds(600), then: "{}")])
        let timedOut = try await slow.run { base in
            await Self.judge(base, timeout: .milliseconds(250)).judge(Self.transcript, rubric: Self.rubric, deterministic: Self.deterministic)
        }
        #expect(timedOut.judge.kind == .deterministic)
        #expect(timedOut.judge.fallbackReason == AIProviderError.timeout.summary)

        let limited = LocalOpenAIServer(script: [.error(status: 429, message: "quota", retryAfter: "600")])
        let rateLimited = try await limited.run { base in await Self.judge(base).judge(Self.transcript, rubric: Self.rubric, deterministic: Self.deterministic) }
        #expect(rateLimited.judge.kind == .deterministic)
        #expect(rateLimited.judge.fallbackReason?.contains("rate limiting") == true)
        #expect(rateLimited.dimensions == Self.deterministic.dimensions)
    }
}
