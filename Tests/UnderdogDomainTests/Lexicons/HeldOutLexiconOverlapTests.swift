import Foundation
import Testing
import UnderdogDomain

/// The held-out calls measure whether the analyser generalises, which they cannot do if its phrase lists
/// were copied from them. Every quoted phrase of more than three words in the scoring lexicons is looked
/// for, as whole words, in every held-out transcript; the goal is that none appears.
///
/// The held-out calls were written blind, so the phrases found are common speech ("what do you think",
/// "i can do that") that the lexicons list whole, not text copied from the set. They go as long phrases are
/// replaced by structure (`ResistanceReader`, `ClosingDetector.proposalQuestion`); until then the count may
/// only fall: `knownOverlaps` is lowered with each change that removes some, and never raised.
@Suite("Held-out calls share no long lexicon phrase")
struct HeldOutLexiconOverlapTests {
    /// The string literals of the lexicon sources, comments left out: every phrase a lexicon holds.
    static func lexiconPhrases() throws -> [(file: String, phrase: String)] {
        let folder = ContentFiles.root.appendingPathComponent("Sources/UnderdogDomain/Lexicons")
        var phrases: [(String, String)] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in source.split(separator: "\n") {
                let code = line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : String(line.split(separator: "//", maxSplits: 1).first ?? "")
                let quoted = code.split(separator: "\"", omittingEmptySubsequences: false)
                for index in stride(from: 1, to: quoted.count - 1, by: 2) { phrases.append((file, String(quoted[index]))) }
            }
        }
        return phrases
    }

    /// Lower case, words only: "Would Tuesday work?" and "would tuesday work" compare equal.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
    }

    /// Distinct (lexicon file, phrase) pairs found on 2026-12-07, when the test was written.
    static let knownOverlaps = 66

    @Test("lexicon phrases longer than three words found verbatim in held-out transcripts: none new, and fewer over time")
    func noOverlap() throws {
        let long = try Self.lexiconPhrases().filter { Self.words($0.phrase).count > 3 }
        #expect(long.count > 50, "the lexicon sources were not read")
        let calls = try LabelledCall.loadAll(in: ContentFiles.heldOutFolder)
        #expect(calls.count >= 30)
        var found: [String] = []
        var distinct: Set<String> = []
        for call in calls {
            let text = " " + call.transcript.turns.map { Self.words($0.text).joined(separator: " ") }.joined(separator: " | ") + " "
            for (file, phrase) in long where text.contains(" " + Self.words(phrase).joined(separator: " ") + " ") {
                found.append("\(file): \"\(phrase)\" in \(call.file)")
                distinct.insert("\(file): \"\(phrase)\"")
            }
        }
        print("checked \(long.count) lexicon phrases of four or more words against \(calls.count) held-out calls: "
              + "\(distinct.count) found (\(found.count) occurrences); the goal is none")
        #expect(distinct.count <= Self.knownOverlaps, "more long lexicon phrases appear in the held-out calls than before:\n\(distinct.sorted().joined(separator: "\n"))")
    }
}
