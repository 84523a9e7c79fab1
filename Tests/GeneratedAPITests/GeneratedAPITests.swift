import Foundation
import Testing
import Yams
import _OpenAPIGeneratorCore

/// The API code in `Sources/UnderdogAPI/Generated` is the generator's output for `openapi.yaml`, committed so
/// builds need no generator. This suite runs the generator with the same configuration and fails on any
/// difference; with `UNDERDOG_REGENERATE_API=1` (what `scripts/regenerate-api` sets) it writes the files instead.
@Suite("Generated API code matches the spec")
struct GeneratedAPITests {
    static let api: URL = {
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("Sources/UnderdogAPI")
    }()

    /// `openapi-generator-config.yaml`, as the generator's command line reads it.
    struct GeneratorConfig: Decodable {
        struct Filter: Decodable { let tags: [String]? }
        let generate: [GeneratorMode]
        let accessModifier: AccessModifier
        let namingStrategy: NamingStrategy
        let filter: Filter?
    }

    struct Collector: DiagnosticCollector {
        func emit(_ diagnostic: Diagnostic) {
            if diagnostic.severity == .error { Issue.record("generator: \(diagnostic.message)") }
        }
    }

    @Test("every committed file is exactly what the generator makes of openapi.yaml, and there is no other")
    func committedCodeIsCurrent() throws {
        let configText = try String(contentsOf: Self.api.appendingPathComponent("openapi-generator-config.yaml"), encoding: .utf8)
        let settings = try YAMLDecoder().decode(GeneratorConfig.self, from: configText)
        let specURL = Self.api.appendingPathComponent("openapi.yaml")
        let input = InMemoryInputFile(absolutePath: specURL, contents: try Data(contentsOf: specURL))
        var expected: [String: Data] = [:]
        for mode in settings.generate {
            let config = Config(mode: mode, access: settings.accessModifier,
                                filter: settings.filter.map { DocumentFilter(tags: $0.tags ?? []) },
                                namingStrategy: settings.namingStrategy)
            for file in try runGenerator(input: input, config: config, diagnostics: Collector()) where !file.contents.isEmpty {
                expected[file.baseName] = file.contents
            }
        }
        let folder = Self.api.appendingPathComponent("Generated")
        if ProcessInfo.processInfo.environment["UNDERDOG_REGENERATE_API"] == "1" {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, contents) in expected { try contents.write(to: folder.appendingPathComponent(name)) }
            return
        }
        let committed = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") })
        #expect(committed == Set(expected.keys), "run scripts/regenerate-api: the generated files differ from Generated/")
        for (name, contents) in expected.sorted(by: { $0.key < $1.key }) {
            let current = try? Data(contentsOf: folder.appendingPathComponent(name))
            #expect(current == contents, "\(name) is not what the generator makes of openapi.yaml: run scripts/regenerate-api")
        }
    }
}
