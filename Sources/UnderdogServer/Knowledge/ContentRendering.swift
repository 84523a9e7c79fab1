import Foundation
import UnderdogDomain

/// Content that is not markdown, rendered into sections a rep can read and the coach can cite.
enum ContentRendering {
    /// A persona as a briefing: who they are, what they care about and what they push back with. What wins a
    /// meeting from them is left out; that is for the rep to find on the call.
    static func chunks(of persona: Persona) -> [KnowledgeChunk] {
        let title = "\(persona.name), \(persona.title) at \(persona.company.name)"
        var lines = [
            "\(persona.company.name): \(persona.company.industry), \(persona.company.size). \(persona.company.context)",
            "Temperament: \(persona.temperament.rawValue), difficulty \(persona.difficulty) of 5. Plays: "
                + persona.scenarios.map(\.rawValue).joined(separator: ", ") + ".",
            "Cares about: " + persona.cares.map(\.topic).joined(separator: ", ") + ".",
        ]
        lines += persona.objections.map { "Objection (\($0.category.rawValue.replacingOccurrences(of: "_", with: " "))): \"\($0.line)\"" }
        return [KnowledgeChunk(sectionTitle: title, headingPath: ["Personas", title], content: lines.joined(separator: "\n"),
                               topics: ["persona", persona.temperament.rawValue] + persona.scenarios.map(\.rawValue))]
    }

    /// A curriculum module: one section per lesson, one for its key techniques.
    static func curriculumChunks(_ data: Data) throws -> [KnowledgeChunk] {
        struct Module: Decodable {
            struct Lesson: Decodable { let title: String; let body: String }
            struct Technique: Decodable { let name: String; let description: String }
            let module_number: Int
            let title: String
            let summary: String?
            let topics: [String]?
            let lessons: [Lesson]
            let key_techniques: [Technique]?
        }
        let module = try JSONDecoder().decode(Module.self, from: data)
        let page = "Module \(module.module_number): \(module.title)"
        let topics = ["curriculum"] + (module.topics ?? [])
        var chunks = module.lessons.map { lesson in
            KnowledgeChunk(sectionTitle: "\(page) · \(lesson.title)", headingPath: [page, lesson.title], content: lesson.body, topics: topics)
        }
        if let techniques = module.key_techniques, !techniques.isEmpty {
            let text = ([module.summary ?? ""] + techniques.map { "\($0.name): \($0.description)" }).filter { !$0.isEmpty }.joined(separator: "\n")
            chunks.append(KnowledgeChunk(sectionTitle: "\(page) · Key techniques", headingPath: [page, "Key techniques"], content: text, topics: topics))
        }
        return chunks
    }

    /// The rubric: one section per dimension with what earns and costs points, and one of the research behind it.
    static func rubricChunks(_ data: Data) throws -> [KnowledgeChunk] {
        struct RubricFile: Decodable {
            struct Dimension: Decodable {
                struct Criterion: Decodable { let description: String; let points: Double? }
                let description: String
                let criteria: [Criterion]?
            }
            struct Reference: Decodable { let source: String; let finding: String }
            let dimensions: [String: Dimension]
            let references: [Reference]?
        }
        let rubric = try JSONDecoder().decode(RubricFile.self, from: data)
        var chunks = rubric.dimensions.sorted { $0.key < $1.key }.map { name, dimension in
            let title = "Scoring: \(name.replacingOccurrences(of: "_", with: " "))"
            let criteria = (dimension.criteria ?? []).map { "\(Self.points($0.points)) \($0.description)" }
            return KnowledgeChunk(sectionTitle: title, headingPath: ["Rubric", title],
                                  content: ([dimension.description] + criteria).joined(separator: "\n"), topics: ["rubric", name])
        }
        if let references = rubric.references, !references.isEmpty {
            chunks.append(KnowledgeChunk(sectionTitle: "Scoring: the research behind the rubric", headingPath: ["Rubric", "References"],
                                         content: references.map { "\($0.source): \($0.finding)" }.joined(separator: "\n"), topics: ["rubric", "research"]))
        }
        return chunks
    }

    /// "+2", "−1.5": the sign says whether the criterion earns or costs points.
    static func points(_ value: Double?) -> String {
        guard let value else { return "•" }
        let magnitude = abs(value)
        let number = magnitude == magnitude.rounded() ? String(Int(magnitude)) : String(magnitude)
        return (value < 0 ? "−" : "+") + number
    }
}
