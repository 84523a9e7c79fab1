import Foundation

/// One module of the curriculum as the team writes it (`content/curriculum/NN-slug.json`), answer key included.
/// The key stays on the server: what a client is sent leaves `answer` and `explanation` out until it submits.
public struct CurriculumModule: Codable, Sendable, Equatable {
    public let moduleNumber: Int
    public let slug: String
    public let title: String
    public let description: String
    public let summary: String
    /// The scoring dimensions this module teaches, the main one first.
    public let dimensions: [ScoringDimension]
    public let topics: [String]
    public let lessons: [Lesson]
    public let keyTechniques: [Technique]
    public let exampleDialogue: [DialogueLine]
    public let quiz: Quiz
    public let drill: Drill

    public struct Lesson: Codable, Sendable, Equatable {
        public let title: String
        public let body: String
    }

    public struct Technique: Codable, Sendable, Equatable {
        public let name: String
        public let description: String
    }

    public struct DialogueLine: Codable, Sendable, Equatable {
        public let speaker: Speaker
        public let text: String
    }

    public struct Quiz: Codable, Sendable, Equatable {
        /// Out of 10: a score at or above it completes the module.
        public let passMark: Int
        public let questions: [Question]

        enum CodingKeys: String, CodingKey {
            case passMark = "pass_mark"
            case questions
        }
    }

    public struct Question: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable {
            case singleChoice = "single_choice"
            case multipleChoice = "multiple_choice"
            /// Two replies to a buyer's line: pick the better one.
            case betterReply = "better_reply"
        }

        public let id: String
        public let type: Kind
        public let prompt: String
        public let options: [Option]
        public let answer: [String]
        public let explanation: String
    }

    public struct Option: Codable, Sendable, Equatable {
        public let id: String
        public let text: String
    }

    public struct Drill: Codable, Sendable, Equatable {
        public let personaID: String
        public let scenarioType: ScenarioType
        public let goal: String
        public let successCriteria: [String]

        enum CodingKeys: String, CodingKey {
            case personaID = "persona_id"
            case scenarioType = "scenario_type"
            case goal
            case successCriteria = "success_criteria"
        }
    }

    enum CodingKeys: String, CodingKey {
        case moduleNumber = "module_number"
        case slug, title, description, summary, dimensions, topics, lessons
        case keyTechniques = "key_techniques"
        case exampleDialogue = "example_dialogue"
        case quiz, drill
    }
}

/// Why a module file is refused; names the file and the field.
public struct CurriculumError: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let field: String
    public let reason: String

    public var description: String { "\(file): \(field) \(reason)" }
}

extension CurriculumModule {
    /// Decodes and checks a module file: quiz well formed (at least 8 questions, answers among the options,
    /// one answer where one is asked for, two options for a better-reply item), pass mark 1–10, a drill that
    /// names a persona that plays its scenario.
    public static func decode(_ data: Data, file: String, personas: [Persona]) throws(CurriculumError) -> CurriculumModule {
        let module: CurriculumModule
        do {
            module = try JSONDecoder().decode(CurriculumModule.self, from: data)
        } catch {
            throw CurriculumError(file: file, field: "(file)", reason: "is not a curriculum module: \(error)")
        }
        func fail(_ field: String, _ reason: String) -> CurriculumError { CurriculumError(file: file, field: field, reason: reason) }
        guard (1...12).contains(module.moduleNumber) else { throw fail("module_number", "must be 1 to 12") }
        guard !module.title.isEmpty, !module.lessons.isEmpty else { throw fail("lessons", "must not be empty") }
        guard !module.dimensions.isEmpty else { throw fail("dimensions", "must name at least one scoring dimension") }
        guard (1...10).contains(module.quiz.passMark) else { throw fail("quiz.pass_mark", "must be 1 to 10") }
        guard module.quiz.questions.count >= 8 else { throw fail("quiz.questions", "must hold at least 8 questions") }
        var seen = Set<String>()
        for (index, question) in module.quiz.questions.enumerated() {
            let place = "quiz.questions[\(index)]"
            guard seen.insert(question.id).inserted else { throw fail("\(place).id", "repeats \(question.id)") }
            let options = Set(question.options.map(\.id))
            guard options.count == question.options.count, options.count >= 2 else { throw fail("\(place).options", "need two or more distinct ids") }
            guard !question.answer.isEmpty, Set(question.answer).isSubset(of: options), Set(question.answer).count == question.answer.count else {
                throw fail("\(place).answer", "must name options of the question, each once")
            }
            switch question.type {
            case .singleChoice:
                guard question.answer.count == 1 else { throw fail("\(place).answer", "must be one option for single_choice") }
            case .betterReply:
                guard question.answer.count == 1, question.options.count == 2 else {
                    throw fail("\(place)", "better_reply needs exactly two options and one answer")
                }
            case .multipleChoice:
                guard question.answer.count >= 2 else { throw fail("\(place).answer", "must be two or more options for multiple_choice") }
            }
        }
        guard let persona = personas.first(where: { $0.id == module.drill.personaID }) else {
            throw fail("drill.persona_id", "names no persona: \(module.drill.personaID)")
        }
        guard persona.scenarios.contains(module.drill.scenarioType) else {
            throw fail("drill.scenario_type", "\(persona.name) does not play \(module.drill.scenarioType.rawValue)")
        }
        return module
    }
}
