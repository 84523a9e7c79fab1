/// A list of phrases, each with a label, matched as whole words against tokenised text.
///
/// Built once (lexicons are `static let`s) and indexed by each phrase's first word, so matching a turn is one pass
/// over its tokens with an integer lookup per token, whatever the number of phrases. At each position the longest
/// phrase wins and matches never overlap; a phrase never spans two sentences.
struct Lexicon<Label: Sendable>: Sendable {
    /// A phrase found in a text: its label, the phrase as written in the lexicon, and the tokens it covers.
    struct Match: Sendable {
        let label: Label
        let phrase: String
        let tokens: Range<Int>
    }

    private struct Entry: Sendable {
        let words: [WordHash]
        let label: Label
        let phrase: String
    }

    private let entries: [Entry]
    private let byFirstWord: WordTable<[Int]>

    init(_ phrases: [(String, Label)]) {
        var entries: [Entry] = []
        for (phrase, label) in phrases {
            let words = TokenizedText(phrase).hashes
            precondition(!words.isEmpty, "empty lexicon phrase")
            entries.append(Entry(words: words, label: label, phrase: phrase))
        }
        var index: [WordHash: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            index[entry.words[0], default: []].append(position)
        }
        // Longest phrase first, then lexicon order; built once, so iterating the dictionary here is harmless.
        let ordered = index.map { key, positions in
            (key, positions.sorted { a, b in
                let (lengthA, lengthB) = (entries[a].words.count, entries[b].words.count)
                return lengthA > lengthB || (lengthA == lengthB && a < b)
            })
        }
        self.entries = entries
        self.byFirstWord = WordTable(ordered)
    }

    /// Every non-overlapping match, in text order.
    func matches(in text: TokenizedText, within range: Range<Int>? = nil) -> [Match] {
        var found: [Match] = []
        scan(text, within: range) { found.append($0); return true }
        return found
    }

    /// The first match, or nil.
    func firstMatch(in text: TokenizedText, within range: Range<Int>? = nil) -> Match? {
        var first: Match?
        scan(text, within: range) { first = $0; return false }
        return first
    }

    func contains(in text: TokenizedText, within range: Range<Int>? = nil) -> Bool {
        firstMatch(in: text, within: range) != nil
    }

    /// The match that starts exactly at `position`, if any (the longest one). Filler noise between the phrase's
    /// words is skipped, so "I'll, um, send the invite" still matches "i'll send the invite".
    func match(in text: TokenizedText, at position: Int, limit: Int? = nil) -> Match? {
        guard position < text.count, let candidates = byFirstWord[text.hashes[position]] else { return nil }
        let end = min(limit ?? text.count, text.count)
        let sentence = text.sentence(of: position)
        for candidate in candidates {
            let entry = entries[candidate]
            var cursor = position + 1
            var offset = 1
            var matched = true
            while offset < entry.words.count {
                while cursor < end, text.isNoise(cursor), text.hashes[cursor] != entry.words[offset] { cursor += 1 }
                guard cursor < end, text.sentence(of: cursor) == sentence, text.hashes[cursor] == entry.words[offset] else {
                    matched = false
                    break
                }
                cursor += 1
                offset += 1
            }
            if matched { return Match(label: entry.label, phrase: entry.phrase, tokens: position..<cursor) }
        }
        return nil
    }

    private func scan(_ text: TokenizedText, within range: Range<Int>?, _ visit: (Match) -> Bool) {
        let bounds = range ?? 0..<text.count
        var position = bounds.lowerBound
        while position < bounds.upperBound {
            if let found = match(in: text, at: position, limit: bounds.upperBound) {
                guard visit(found) else { return }
                position = found.tokens.upperBound
            } else {
                position += 1
            }
        }
    }
}

extension Lexicon where Label == String {
    /// A lexicon whose label is the phrase itself.
    init(phrases: [String]) {
        self.init(phrases.map { ($0, $0) })
    }
}
