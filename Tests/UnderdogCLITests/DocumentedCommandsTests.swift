import Foundation
import Testing
import UnderdogTestSupport

/// The operations documents name commands, scripts and settings; each must exist. (What they do is tested where
/// the commands are: RollbackCommandTests, AdminCommandTests, RetentionPurgeTests.)
@Suite("Commands the documents name")
struct DocumentedCommandsTests {
    static let documents = ["docs/ROLLBACK.md", "docs/DATA_RETENTION_POLICY.md", "docs/ARCHITECTURE.md", "README.md"]

    static func text(_ document: String) throws -> String {
        try String(contentsOfFile: TestPostgres.repositoryRoot + "/" + document, encoding: .utf8)
    }

    /// `underdog a b …` up to the first option, placeholder or punctuation: the subcommand path.
    static func subcommands(in text: String) -> Set<[String]> {
        var found: Set<[String]> = []
        for line in text.split(separator: "\n") {
            var rest = Substring(line)
            while let range = rest.range(of: "underdog ") {
                let before = rest[..<range.lowerBound].last
                rest = rest[range.upperBound...]
                guard before == nil || before == "`" || before == " " || before == "(" else { continue }
                var words: [String] = []
                for word in rest.split(separator: " ") {
                    let clean = word.trimmingCharacters(in: CharacterSet(charactersIn: "`,.;:)"))
                    guard clean.allSatisfy({ $0.isLowercase || $0 == "-" }), !clean.isEmpty, !clean.hasPrefix("-") else { break }
                    words.append(clean)
                    if clean != String(word) { break }
                }
                if !words.isEmpty { found.insert(words) }
            }
        }
        return found
    }

    @Test("every 'underdog …' command they give exists (its --help works)", arguments: documents.dropLast())
    func commandsExist(document: String) throws {
        let commands = Self.subcommands(in: try Self.text(document))
        #expect(!commands.isEmpty || document.contains("ARCHITECTURE"))
        for command in commands.sorted(by: { $0.joined() < $1.joined() }) {
            let helped = try CLI.run(command + ["--help"], environment: [:])
            #expect(helped.status == 0, "\(document): underdog \(command.joined(separator: " ")): \(helped.output.prefix(300))")
        }
    }

    @Test("every script and every UNDERDOG_ setting they name exists", arguments: documents)
    func scriptsAndSettingsExist(document: String) throws {
        let text = try Self.text(document)
        let scripts = Set(text.matches(of: /scripts\/([a-z-]+)/).map { String($0.output.1) })
        for script in scripts {
            #expect(FileManager.default.isExecutableFile(atPath: TestPostgres.repositoryRoot + "/scripts/" + script), "\(document) names scripts/\(script)")
        }
        let settings = Set(text.matches(of: /UNDERDOG_[A-Z_]+[A-Z]/).map { String($0.output) })
        let sources = try Self.allSources()
        for setting in settings {
            #expect(sources.contains("\"\(setting)\""), "\(document) names \(setting), which no source reads")
        }
    }

    static func allSources() throws -> String {
        let root = TestPostgres.repositoryRoot
        var text = ""
        for folder in ["Sources", "Tests/UnderdogTestSupport", "scripts"] {
            let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder)
            while let path = enumerator?.nextObject() as? String {
                guard path.hasSuffix(".swift") || !path.contains(".") else { continue }
                text += (try? String(contentsOfFile: root + "/" + folder + "/" + path, encoding: .utf8)) ?? ""
            }
        }
        return text
    }
}
