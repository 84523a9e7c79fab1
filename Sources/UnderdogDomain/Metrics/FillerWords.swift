/// How often the rep used filler words, and which ones.
public struct FillerWords: Codable, Sendable, Hashable {
    /// One filler and how many times the rep said it.
    public struct Count: Codable, Sendable, Hashable {
        public let word: String
        public let count: Int
    }

    public let count: Int
    /// Fillers per rep word, 0…1.
    public let rate: Double
    /// Most frequent first, then alphabetical, so the order is stable.
    public let words: [Count]
    /// The rep turns that contain fillers, for evidence.
    public let turns: [Int]

    init(count: Int, rate: Double, words: [Count], turns: [Int]) {
        self.count = count
        self.rate = rounded3(rate)
        self.words = words
        self.turns = turns
    }
}

extension Measure {
    /// Counts the rep's fillers using the context rules in `FillerRules`.
    static func fillerWords(_ call: CallText) -> FillerWords {
        var counts: [String: Int] = [:]
        var total = 0
        var turns: [Int] = []
        for turn in call.turns where turn.speaker == .rep {
            let text = call.tokens[turn.index]
            var inTurn = 0
            for match in FillerLexicon.fillers.matches(in: text) where FillerRules.isFiller(match, in: text) {
                counts[match.label, default: 0] += 1
                inTurn += 1
            }
            if inTurn > 0 { turns.append(turn.index) }
            total += inTurn
        }
        let words = call.words(by: .rep)
        // Sorted explicitly: a Dictionary's order changes between processes.
        let list = counts.map { FillerWords.Count(word: $0.key, count: $0.value) }
            .sorted { $0.count > $1.count || ($0.count == $1.count && $0.word < $1.word) }
        return FillerWords(count: total, rate: words > 0 ? Double(total) / Double(words) : 0, words: list, turns: turns)
    }
}

/// Tells a filler from the same words used for meaning: "like" in "it was, like, huge" against "I'd like to",
/// "you know" in "and, you know, it works" against "do you know the price".
enum FillerRules {
    static func isFiller(_ match: Lexicon<String>.Match, in text: TokenizedText) -> Bool {
        let first = match.tokens.lowerBound
        let last = match.tokens.upperBound - 1
        let before = text.hash(at: first - 1)
        let next = match.tokens.upperBound
        let after = next < text.count && text.sentence(of: next) == text.sentence(of: last) ? text.hash(at: next) : nil
        let pausedBefore = text.startsClause(first)
        let pausedAfter = text.pauseAfter(last) || after == nil
        switch match.label {
        case "-":
            return false
        case "like":
            if text.pauseAfter(last) && !(before.map(FillerLexicon.likeMeaningfulBefore.contains) ?? false) { return true }
            if let after, FillerLexicon.likeMeaningfulAfter.contains(after) { return false }
            if let before, FillerLexicon.likeMeaningfulBefore.contains(before) { return false }
            // Sentence-initial "Like, …" or "like" after a pause, a filler, or a conjunction.
            return pausedBefore || before == nil || before.map(Self.likeLeadIns.contains) == true
        case "you know", "i mean":
            if let before, !pausedBefore, FillerLexicon.literalBeforeKnowOrMean.contains(before) { return false }
            if text.pauseAfter(last) { return true }
            if let after, FillerLexicon.literalAfterKnowOrMean.contains(after) { return false }
            return pausedBefore || pausedAfter || before.map(Self.likeLeadIns.contains) == true
        case "sort of", "kind of":
            if match.tokens.count == 1 { return true }  // "kinda", "sorta"
            if let before, FillerLexicon.typeOfBefore.contains(before) { return false }
            return true
        default:
            return true
        }
    }

    /// Words after which "like", "you know" or "i mean" is almost always a filler.
    static let likeLeadIns = WordSet([
        "um", "uh", "and", "but", "so", "was", "were", "it's", "that's", "they're", "we're", "i'm", "he's",
        "she's", "is", "are", "like", "just", "totally", "basically", "literally", "or", "then", "because",
        "have", "had", "about",
    ])
}

/// The rep turn most crowded with fillers, when it crosses both a count and a rate.
enum FillerBursts {
    static func worst(_ call: CallText, minimum: Int, rate: Double) -> (turn: Int, count: Int, words: Int)? {
        var worst: (turn: Int, count: Int, words: Int)?
        for turn in call.turns where turn.speaker == .rep {
            let text = call.tokens[turn.index]
            let count = FillerLexicon.fillers.matches(in: text).count { FillerRules.isFiller($0, in: text) }
            guard count >= minimum, text.count > 0, Double(count) / Double(text.count) > rate else { continue }
            if count > (worst?.count ?? 0) { worst = (turn.index, count, text.count) }
        }
        return worst
    }
}
