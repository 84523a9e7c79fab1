import Foundation

/// The offline coach: it cannot write new advice, so it quotes the team's own, picking from each retrieved
/// passage the sentences that share the most words with the question, and says plainly that it is quoting.
public enum ExtractiveAnswer {
    /// A numbered source the answer may quote and cite as `[n]`.
    public struct Source: Sendable {
        public let number: Int
        public let title: String
        public let text: String
        /// For an objection entry: the response approach and the principle behind it, quoted whole.
        public let isObjection: Bool

        public init(number: Int, title: String, text: String, isObjection: Bool) {
            self.number = number
            self.title = title
            self.text = text
            self.isObjection = isObjection
        }
    }

    public static let preface = "Offline coach: quoting the closest passages of the team's playbook, not writing new advice."
    public static let nothingFound = """
        I couldn't find this in the team's playbook, so I won't guess. Try asking about openers, discovery, \
        objections, closing, gatekeepers, voicemail, follow-up or tone, or ask your manager to add it to the wiki.
        """

    /// The answer, citing every source it quotes. At most `sentencesPerSource` from each passage.
    public static func compose(question: String, sources: [Source], sentencesPerSource: Int = 2) -> String {
        guard !sources.isEmpty else { return nothingFound }
        let asked = words(question)
        var parts = [preface]
        for source in sources {
            if source.isObjection {
                parts.append("**\(source.title)** [\(source.number)]: \(source.text)")
                continue
            }
            struct Ranked {
                let index: Int
                let sentence: String
                let overlap: Int
            }
            let ranked: [Ranked] = Self.sentences(source.text).enumerated().map { index, sentence in
                Ranked(index: index, sentence: sentence, overlap: words(sentence).intersection(asked).count)
            }
            let chosen = ranked
                .sorted { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : $0.index < $1.index }
                .prefix(sentencesPerSource)
                .sorted { $0.index < $1.index }
            guard !chosen.isEmpty else { continue }
            parts.append("**\(source.title)** [\(source.number)]: " + chosen.map { $0.sentence }.joined(separator: " "))
        }
        return parts.joined(separator: "\n\n")
    }

    /// Sentences, split after `.`, `!` or `?` followed by a space, with markdown list markers and line breaks flattened.
    static func sentences(_ text: String) -> [String] {
        let flat = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingPrefix(while: { "-*#>".contains($0) }).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.lowercased().hasPrefix("topics:") }
            .joined(separator: " ")
        var sentences: [String] = []
        var current = ""
        var previous: Character = " "
        for character in flat {
            if character == " ", ".!?".contains(previous), !current.isEmpty {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    /// Content words, lower-cased, with a plural s dropped: enough to tell which sentences a question is about.
    static func words(_ text: String) -> Set<String> {
        let stop: Set<String> = ["the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "is", "are", "do", "does", "i", "my",
                                 "me", "you", "your", "it", "that", "this", "what", "how", "when", "with", "they", "them", "be",
                                 "can", "should", "about", "if", "at", "as", "so", "we", "our", "say", "get"]
        return Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map { word in
            word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : String(word)
        }.filter { $0.count > 1 && !stop.contains($0) })
    }
}
