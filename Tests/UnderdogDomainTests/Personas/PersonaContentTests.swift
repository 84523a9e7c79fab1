import Foundation
import Testing
import UnderdogDomain

/// The shipped persona files, read from the checkout (the domain never reads files; tests hand it the bytes).
enum PersonaContent {
    /// The repository root: the first folder above this file that holds Package.swift. Symlinks are resolved
    /// first, so the answer is the real checkout even when this folder is linked into another package.
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        preconditionFailure("no Package.swift above \(#filePath)")
    }()

    static let folder = root.appendingPathComponent("content/personas")

    /// File names of every shipped persona (`dana-whitfield.json`), sorted.
    static let fileNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    static func load(_ fileName: String) throws -> Persona {
        let data = try Data(contentsOf: folder.appendingPathComponent(fileName))
        return try Persona.decode(data, file: "content/personas/\(fileName)")
    }

    static func loadAll() throws -> [Persona] { try fileNames.map(load) }

    /// A call with the persona in `fileName`, greeted, and with `opener` said when given: where the buyer tests
    /// start.
    static func engine(_ fileName: String, _ scenario: ScenarioType = .coldCall, opener: String? = nil) throws -> PersonaEngine {
        var engine = PersonaEngine(persona: try load(fileName), scenario: scenario)
        _ = engine.open()
        if let opener { _ = engine.respond(to: opener) }
        return engine
    }
}

@Suite("Shipped persona files")
struct PersonaContentTests {
    @Test("the repository root is the real checkout, found through any symlink")
    func rootIsTheCheckout() {
        #expect(FileManager.default.fileExists(atPath: PersonaContent.root.appendingPathComponent("content/rubric/rubric.json").path))
        #expect(FileManager.default.fileExists(atPath: PersonaContent.folder.appendingPathComponent("README.md").path))
    }

    @Test("every persona file decodes and validates", arguments: PersonaContent.fileNames)
    func decodes(fileName: String) throws {
        let persona = try PersonaContent.load(fileName)
        #expect(persona.id + ".json" == fileName, "the id must equal the file name exactly")
    }

    @Test("every persona is written to the authoring guide", arguments: PersonaContent.fileNames)
    func followsTheGuide(fileName: String) throws {
        let persona = try PersonaContent.load(fileName)
        #expect((3...5).contains(persona.cares.count), "\(fileName): 3–5 care topics")
        #expect((4...12).contains(persona.facts.count), "\(fileName): 4–12 discovery facts")
        #expect((2...4).contains(persona.objections.count), "\(fileName): 2–4 objections")
        #expect(Set(persona.objections.map(\.category)).count >= 2, "\(fileName): objections across at least two categories")
        #expect(Set(persona.cares.map(\.topic)).count == persona.cares.count, "\(fileName): care topics are unique")
        #expect(!persona.meeting.requiredTopics.isEmpty, "\(fileName): a meeting needs at least one required topic")
        #expect(persona.company.context.count >= 200, "\(fileName): the company context is a few sentences")
        // The validator checks care keywords; the engine matches these lower case too.
        let words = persona.facts.flatMap(\.keywords) + persona.objections.flatMap(\.resolvedBy)
        for word in words {
            #expect(word == word.lowercased() && !word.trimmingCharacters(in: .whitespaces).isEmpty, "\(fileName): keyword \"\(word)\"")
        }
        if persona.scenarios.contains(.gatekeeper) {
            #expect(persona.title.localizedCaseInsensitiveContains("assistant") || persona.title.localizedCaseInsensitiveContains("office")
                    || persona.title.localizedCaseInsensitiveContains("reception"), "\(fileName): a gatekeeper screens calls for someone")
        }
    }

    @Test("the set is big and varied enough to practise on")
    func setIsVaried() throws {
        let personas = try PersonaContent.loadAll()
        #expect(personas.count >= 8)
        #expect(Set(personas.map(\.id)).count == personas.count, "ids are unique")
        for scenario in ScenarioType.allCases {
            let count = personas.filter { $0.scenarios.contains(scenario) }.count
            #expect(count >= 2, "\(scenario.rawValue) is played by \(count) persona(s)")
        }
        for temperament in Persona.Temperament.allCases {
            #expect(personas.contains { $0.temperament == temperament }, "no persona is \(temperament.rawValue)")
        }
        #expect(Set(personas.map(\.difficulty)) == Set(1...5), "difficulties cover 1 to 5")
        #expect(Set(personas.map(\.company.industry)).count >= 7, "at least seven industries")
    }
}
