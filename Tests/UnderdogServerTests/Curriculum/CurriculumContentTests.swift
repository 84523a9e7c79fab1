import Foundation
import Testing
import UnderdogDomain
import UnderdogServer
import UnderdogTestSupport

/// The shipped curriculum as the server loads it at start-up.
@Suite("Curriculum content")
struct CurriculumContentTests {
    @Test("twelve modules in order 1–12, every quiz well formed, every drill an existing persona and a scenario it plays, every dimension taught first somewhere")
    func shippedModules() throws {
        let content = try ContentCatalog.load(directory: TestPostgres.repositoryRoot + "/content")
        let modules = content.curriculum
        #expect(modules.map(\.moduleNumber) == Array(1...12))
        for module in modules {
            #expect(module.quiz.questions.count >= 8, "\(module.slug)")
            for kind in [CurriculumModule.Question.Kind.singleChoice, .multipleChoice, .betterReply] {
                #expect(module.quiz.questions.contains { $0.type == kind }, "\(module.slug) has no \(kind.rawValue)")
            }
            let persona = try #require(content.persona(module.drill.personaID), "\(module.slug): \(module.drill.personaID)")
            #expect(persona.scenarios.contains(module.drill.scenarioType), "\(module.slug)")
            // The key grades itself perfectly: every answer is reachable.
            let perfect = try QuizGrading.grade(module.quiz, answers: Dictionary(uniqueKeysWithValues: module.quiz.questions.map { ($0.id, $0.answer) }))
            #expect(perfect.score == 10 && perfect.passed)
        }
        #expect(Set(modules.compactMap(\.dimensions.first)) == Set(ScoringDimension.allCases))
        #expect(modules.filter { $0.dimensions.first == .discovery }.map(\.moduleNumber) == [4])
    }

    @Test("a module with a broken quiz or a drill for an unknown persona is refused, naming the file and field")
    func refusals() throws {
        let content = try ContentCatalog.load(directory: TestPostgres.repositoryRoot + "/content")
        let file = URL(fileURLWithPath: TestPostgres.repositoryRoot + "/content/curriculum/04-discovery-questions.json")
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
        func refusal(_ edit: (inout [String: Any]) -> Void) -> CurriculumError? {
            var copy = original
            edit(&copy)
            do {
                _ = try CurriculumModule.decode(try! JSONSerialization.data(withJSONObject: copy), file: "04.json", personas: content.personas)
                return nil
            } catch {
                return error
            }
        }
        #expect(refusal { $0["drill"] = ["persona_id": "nobody", "scenario_type": "cold_call", "goal": "g", "success_criteria": []] }?.field == "drill.persona_id")
        #expect(refusal { module in
            var quiz = module["quiz"] as! [String: Any]
            var questions = quiz["questions"] as! [[String: Any]]
            questions[0]["answer"] = ["zz"]
            quiz["questions"] = questions
            module["quiz"] = quiz
        }?.field == "quiz.questions[0].answer")
        #expect(refusal { module in
            var quiz = module["quiz"] as! [String: Any]
            quiz["questions"] = Array((quiz["questions"] as! [[String: Any]]).prefix(5))
            module["quiz"] = quiz
        }?.field == "quiz.questions")
    }
}
