import Foundation
import UnderdogDomain

/// What the product ships as files under `content/` (the rubric now; personas, wiki and curriculum as they
/// come), read and checked once at start-up, so a broken file stops the server with its name, not a request
/// later with a 500.
public struct ContentCatalog: Sendable {
    public let rubric: Rubric
    /// The rubric file's bytes, served as they are.
    public let rubricJSON: Data
    /// The buyer personas, by id order.
    public let personas: [Persona]
    /// The twelve curriculum modules, in order, answer keys included (they never leave the server unasked).
    public let curriculum: [CurriculumModule]

    public init(rubric: Rubric, rubricJSON: Data, personas: [Persona], curriculum: [CurriculumModule] = []) {
        self.rubric = rubric
        self.rubricJSON = rubricJSON
        self.personas = personas
        self.curriculum = curriculum
    }

    public func persona(_ id: String) -> Persona? {
        personas.first { $0.id == id }
    }

    /// Reads `directory` (the repository's `content/` by default).
    public static func load(directory: String) throws -> ContentCatalog {
        let path = directory + "/rubric/rubric.json"
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ContentError(file: path, reason: "cannot be read (\(error.localizedDescription)); set UNDERDOG_CONTENT to the content folder")
        }
        let rubric: Rubric
        do {
            rubric = try Rubric.decode(data)
        } catch {
            throw ContentError(file: path, reason: "\(error)")
        }
        let personas = try loadPersonas(directory: directory + "/personas")
        return ContentCatalog(rubric: rubric, rubricJSON: data, personas: personas,
                              curriculum: try loadCurriculum(directory: directory + "/curriculum", personas: personas))
    }

    /// `NN-slug.json` for modules 1 to 12, each checked, numbered as its file name says, none missing.
    static func loadCurriculum(directory: String, personas: [Persona]) throws -> [CurriculumModule] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw ContentError(file: directory, reason: "cannot be read (\(error.localizedDescription))")
        }
        var modules: [CurriculumModule] = []
        for name in names {
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw ContentError(file: path, reason: "cannot be read") }
            let module: CurriculumModule
            do {
                module = try CurriculumModule.decode(data, file: path, personas: personas)
            } catch {
                throw ContentError(file: path, reason: "\(error.field) \(error.reason)")
            }
            guard name.hasPrefix(String(format: "%02d-", module.moduleNumber)) else {
                throw ContentError(file: path, reason: "module_number \(module.moduleNumber) does not match the file name")
            }
            modules.append(module)
        }
        guard modules.map(\.moduleNumber) == Array(1...12) else {
            throw ContentError(file: directory, reason: "must hold modules 1 to 12 once each, found \(modules.map(\.moduleNumber))")
        }
        let questionIDs = modules.flatMap { $0.quiz.questions.map(\.id) }
        guard Set(questionIDs).count == questionIDs.count else { throw ContentError(file: directory, reason: "quiz question ids repeat across modules") }
        return modules
    }

    /// Every `*.json` in `personas/`, each checked; a missing folder is an error, a folder without personas too.
    static func loadPersonas(directory: String) throws -> [Persona] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw ContentError(file: directory, reason: "cannot be read (\(error.localizedDescription))")
        }
        guard !names.isEmpty else { throw ContentError(file: directory, reason: "holds no persona files") }
        var personas: [Persona] = []
        for name in names {
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw ContentError(file: path, reason: "cannot be read") }
            do {
                personas.append(try Persona.decode(data, file: path))
            } catch {
                throw ContentError(file: path, reason: "\(error.field): \(error.problem)")
            }
        }
        return personas
    }
}

/// A content file that is missing or does not say what it must.
public struct ContentError: Error, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}
