import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing
import UnderdogDomain
import UnderdogServer
import UnderdogStore
import UnderdogTestSupport

/// The curriculum API on the shipped modules: server-side grading, one progress row per rep and module,
/// resets, the manager's view, and recommendations from the rep's scores.
@Suite("Curriculum")
struct CurriculumRouteTests {
    static let content = try! ContentCatalog.load(directory: TestPostgres.repositoryRoot + "/content")

    /// The module rows `underdog seed` writes, so progress rows have modules to point at.
    static func seedModules(_ test: TestDatabase) async throws {
        try await test.database.transaction(as: .service) { connection in
            try await CurriculumModuleQueries.upsert(content.curriculum.map {
                CurriculumModuleRow(id: $0.moduleNumber, name: $0.title, description: $0.description, topics: $0.topics, contentJSON: "{}")
            }, on: connection, logger: TestPostgres.logger)
        }
    }

    static func answers(_ module: CurriculumModule, right: Int) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: module.quiz.questions.enumerated().map { index, question in
            if index < right { return (question.id, question.answer) }
            let wrong = question.options.map(\.id).first { !question.answer.contains($0) }!
            return (question.id, [wrong])
        })
    }

    @Test("modules list in order without answer keys; grading right, partial and wrong; one row per module; reset and retake")
    func gradingAndProgress() async throws {
        try await withTestDatabase { test in
            try await Self.seedModules(test)
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let list = try await api.call(.get, "/curriculum/modules", token: rep.accessToken)
                let items = try #require(list.json["items"] as? [[String: Any]])
                #expect(items.compactMap { $0["id"] as? Int } == Array(1...12))
                #expect(items.allSatisfy { $0["progress"] == nil })
                let detail = try await api.call(.get, "/curriculum/modules/4", token: rep.accessToken)
                #expect(detail.status == .ok)
                let questions = try #require((detail.json["quiz"] as? [String: Any])?["questions"] as? [[String: Any]])
                #expect(questions.count >= 8 && questions.allSatisfy { $0["answer"] == nil && $0["explanation"] == nil })
                #expect(!detail.text.contains("\"answer\"") && !detail.text.contains("explanation"), "the key never reaches the client before submission")

                let module = Self.content.curriculum[3]
                let total = module.quiz.questions.count
                let perfect = try await api.call(.post, "/curriculum/modules/4/quiz", token: rep.accessToken, json: ["answers": Self.answers(module, right: total)])
                #expect(perfect.status == .ok, "\(perfect.text)")
                #expect(perfect.json["score"] as? Int == 10 && perfect.json["passed"] as? Bool == true && perfect.json["correct"] as? Int == total)
                #expect((perfect.json["results"] as? [[String: Any]])?.allSatisfy { $0["explanation"] is String && $0["correct"] as? Bool == true } == true)
                let completedAt = try #require((perfect.json["progress"] as? [String: Any])?["completed_at"] as? String)

                // Half right, the rest left out: partial submissions are graded, the module stays completed.
                var half = Self.answers(module, right: total / 2)
                for question in module.quiz.questions.suffix(total - total / 2) { half[question.id] = nil }
                let partial = try await api.call(.post, "/curriculum/modules/4/quiz", token: rep.accessToken, json: ["answers": half])
                #expect(partial.json["score"] as? Int == Int((Double(total / 2) * 10 / Double(total)).rounded()) && partial.json["passed"] as? Bool == false)
                let kept = try #require(partial.json["progress"] as? [String: Any])
                #expect(kept["completed"] as? Bool == true && kept["score"] as? Int == 10 && kept["completed_at"] as? String == completedAt)

                // A multiple-choice item half right earns nothing.
                let multiple = try #require(module.quiz.questions.first { $0.type == .multipleChoice })
                let halfMultiple = try await api.call(.post, "/curriculum/modules/4/quiz", token: rep.accessToken,
                                                      json: ["answers": [multiple.id: Array(multiple.answer.prefix(1))]])
                #expect(halfMultiple.json["correct"] as? Int == 0 && halfMultiple.json["score"] as? Int == 1)
                #expect(try await test.count("SELECT count(*) FROM public.curriculum_progress") == 1)

                // Reset, then a failing attempt: the row comes back with that attempt alone.
                #expect(try await api.call(.delete, "/curriculum/modules/4/progress", token: rep.accessToken).status == .noContent)
                #expect(try await api.call(.delete, "/curriculum/modules/4/progress", token: rep.accessToken).status == .notFound)
                let afterReset = try await api.call(.get, "/curriculum/progress", token: rep.accessToken)
                #expect((afterReset.json["items"] as? [Any])?.isEmpty == true)
                let retake = try await api.call(.post, "/curriculum/modules/4/quiz", token: rep.accessToken, json: ["answers": Self.answers(module, right: 2)])
                let revived = try #require(retake.json["progress"] as? [String: Any])
                #expect(revived["completed"] as? Bool == false && revived["completed_at"] == nil && revived["score"] as? Int == retake.json["score"] as? Int)
                #expect(try await test.count("SELECT count(*) FROM public.curriculum_progress") == 1, "one row per rep and module, revived")
            }
        }
    }

    @Test("malformed answers are 4xx and write nothing")
    func malformed() async throws {
        try await withTestDatabase { test in
            try await Self.seedModules(test)
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let module = Self.content.curriculum[0]
                let single = try #require(module.quiz.questions.first { $0.type == .singleChoice })
                let bodies: [(String, [String: Any]?, Data?)] = [
                    ("no answers", ["answers": [String: [String]]()], nil),
                    ("unknown question", ["answers": ["m9-q1": ["a"]]], nil),
                    ("unknown option", ["answers": [single.id: ["z"]]], nil),
                    ("two answers to a single choice", ["answers": [single.id: single.options.prefix(2).map(\.id)]], nil),
                    ("answers not a map", ["answers": ["a", "b"]], nil),
                    ("not JSON", nil, Data("answers=a".utf8)),
                ]
                for (label, json, raw) in bodies {
                    let response = try await api.call(.post, "/curriculum/modules/1/quiz", token: rep.accessToken, json: json, raw: raw)
                    #expect((400..<500).contains(Int(response.status.code)) && response.errorCode != nil, "\(label): \(response.status) \(response.text)")
                }
                for path in ["/curriculum/modules/13/quiz", "/curriculum/modules/0/quiz"] {
                    let response = try await api.call(.post, path, token: rep.accessToken, json: ["answers": [single.id: single.answer]])
                    #expect((400..<500).contains(Int(response.status.code)), "\(path): \(response.status)")
                }
                #expect(try await test.count("SELECT count(*) FROM public.curriculum_progress") == 0)
            }
        }
    }

    @Test("a rep sees only their own progress; an admin sees their org's, per module and member, and no other org's")
    func isolation() async throws {
        try await withTestDatabase { test in
            try await Self.seedModules(test)
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let admin = try await api.signUp(email: "lead@example.com", organization: "Acme")
                let invite = try await api.call(.post, "/invites", token: admin.accessToken, json: ["email": "ana@example.com"])
                let ana = try await api.signUp(email: "ana@example.com", invite: invite.json["token"] as? String)
                let outsider = try await api.signUp(email: "zed@other.example", organization: "Other")
                let module = Self.content.curriculum[0]
                _ = try await api.call(.post, "/curriculum/modules/1/quiz", token: ana.accessToken,
                                       json: ["answers": Self.answers(module, right: module.quiz.questions.count)])

                let anaList = try await api.call(.get, "/curriculum/modules", token: ana.accessToken)
                #expect(((anaList.json["items"] as? [[String: Any]])?.first?["progress"] as? [String: Any])?["completed"] as? Bool == true)
                for token in [admin.accessToken, outsider.accessToken] {
                    let list = try await api.call(.get, "/curriculum/modules", token: token)
                    #expect((list.json["items"] as? [[String: Any]])?.allSatisfy { $0["progress"] == nil } == true, "another's progress is not theirs")
                }
                let team = try await api.call(.get, "/curriculum/team", token: admin.accessToken)
                #expect(team.status == .ok, "\(team.text)")
                let first = try #require((team.json["modules"] as? [[String: Any]])?.first)
                #expect(first["attempted"] as? Int == 1 && first["completed"] as? Int == 1 && first["average_score"] as? Double == 10)
                let members = try #require(team.json["members"] as? [[String: Any]])
                #expect(Set(members.compactMap { $0["email"] as? String }) == ["lead@example.com", "ana@example.com"])
                #expect(members.first { $0["email"] as? String == "ana@example.com" }?["completed_modules"] as? Int == 1)

                let foreign = try await api.call(.get, "/curriculum/team", token: outsider.accessToken)
                #expect((foreign.json["modules"] as? [[String: Any]])?.allSatisfy { $0["attempted"] as? Int == 0 } == true)
                #expect(try await api.call(.get, "/curriculum/team", token: ana.accessToken).status == .forbidden)
            }
        }
    }

    @Test("a rep weakest in discovery is pointed at the discovery module; the next module follows completion")
    func recommendation() async throws {
        try await withTestDatabase { test in
            try await Self.seedModules(test)
            let app = try await makeApp(url: test.url)
            try await app.test(.router) { client in
                let api = APIClient(client: client)
                let rep = try await api.signUp(email: "rep@example.com")
                let repID = try #require(UUID(uuidString: rep.user["id"] as? String ?? ""))
                for daysAgo in [1, 3, 5] {
                    try await TestSessions.add(test, rep: repID, daysAgo: daysAgo, scores: [
                        "opener": 7, "pitch": 6, "discovery": 2, "objection_handling": 5, "closing": 6, "communication": 8,
                    ])
                }
                let advice = try await api.call(.get, "/curriculum/recommendation", token: rep.accessToken)
                #expect(advice.status == .ok, "\(advice.text)")
                let weakest = try #require(advice.json["weakest"] as? [[String: Any]])
                #expect(weakest.first?["dimension"] as? String == "discovery" && weakest.first?["average"] as? Double == 2)
                let module = try #require(weakest.first?["module"] as? [String: Any])
                #expect(module["id"] as? Int == 4 && (module["dimensions"] as? [String])?.first == "discovery")
                #expect(weakest.dropFirst().first?["dimension"] as? String == "objection_handling")
                #expect((advice.json["next_module"] as? [String: Any])?["id"] as? Int == 1)

                let first = Self.content.curriculum[0]
                _ = try await api.call(.post, "/curriculum/modules/1/quiz", token: rep.accessToken, json: ["answers": Self.answers(first, right: first.quiz.questions.count)])
                let after = try await api.call(.get, "/curriculum/recommendation", token: rep.accessToken)
                #expect((after.json["next_module"] as? [String: Any])?["id"] as? Int == 2)

                let newcomer = try await api.signUp(email: "new@example.com", organization: "Fresh")
                let none = try await api.call(.get, "/curriculum/recommendation", token: newcomer.accessToken)
                #expect((none.json["weakest"] as? [Any])?.isEmpty == true && (none.json["next_module"] as? [String: Any])?["id"] as? Int == 1)
            }
        }
    }
}
