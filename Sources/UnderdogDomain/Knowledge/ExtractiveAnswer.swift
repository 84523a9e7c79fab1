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

    /// The passage in quotable pieces: each paragraph's sentences, and each markdown list whole (its items
    /// joined with "; "), so a quote never stops inside a list. A sentence ends at `.`, `!` or `?` followed by
    /// a space, but never inside quotation marks and never after a common abbreviation ("e.g.", "Dr."), so a
    /// quote is never cut off mid-quote.
    static func sentences(_ text: String) -> [String] {
        var units: [String] = []
        var paragraph: [String] = []
        var list: [String] = []
        func flushParagraph() {
            if !paragraph.isEmpty { units += split(paragraph.joined(separator: " ")) }
            paragraph = []
        }
        func flushList() {
            if !list.isEmpty {
                let items = list.map { $0.hasSuffix(".") || $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
                units.append(items.joined(separator: "; ") + ".")
            }
            list = []
        }
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.lowercased().hasPrefix("topics:") || line.hasPrefix("#") {
                flushParagraph()
                flushList()
                continue
            }
            if let item = listItem(line) {
                flushParagraph()
                list.append(item)
            } else {
                flushList()
                paragraph.append(line.trimmingPrefix(while: { ">".contains($0) }).trimmingCharacters(in: .whitespaces))
            }
        }
        flushParagraph()
        flushList()
        return units.filter { !$0.isEmpty }
    }

    /// The text of a markdown list item ("- ", "* ", "1. "), or nil for any other line.
    static func listItem(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") ") {
            return String(line.dropFirst(digits.count + 2)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "vs.", "mr.", "mrs.", "ms.", "dr.", "approx.", "no.", "st."]

    /// Sentences of one paragraph.
    static func split(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var openQuotes = 0
        var previous: Character = " "
        for character in paragraph {
            if character == " ", ".!?".contains(previous), openQuotes == 0, !current.isEmpty,
               !abbreviations.contains(String(current.split(separator: " ").last ?? "").lowercased()) {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                previous = character
                continue
            }
            switch character {
            case "\u{201C}": openQuotes += 1
            case "\u{201D}": openQuotes = max(0, openQuotes - 1)
            case "\"": openQuotes = openQuotes > 0 ? openQuotes - 1 : 1
            default: break
            }
            current.append(character)
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
