import Foundation

/// How much likelier a question's words are in the playbook than in general English: the playbook's own
/// vocabulary statistics against English's, instead of a hand list of words. A passage of the playbook is far
/// likelier than a passage of English to say "objection", "gatekeeper" or "discovery", about as likely to say
/// "good" or "week", and never says "mortgage"; a question whose words lean the playbook's way is about selling.
///
/// Each content word scores log10 of P(a playbook passage uses it) / P(an English passage of the same length
/// does): the playbook's share smoothed toward English's (a word it never uses scores a small constant below
/// zero, however rare), clamped so that no one word decides alone. The trade's everyday wording (the thesaurus),
/// a report of what the buyer said and a mention of the rep's calls add to it as the subject-word check counts
/// them. Constants chosen on the tuning questions only.
public enum PlaybookLikelihood {
    /// Words in a passage, to turn English's per-word frequency into the chance a passage uses the word.
    static let passageWords = 50.0
    /// How many passages' worth of English the playbook's counts are smoothed with, per playbook passage.
    static let englishPrior = 3.0
    /// The frequency taken for a word rarer than `EnglishFrequency.floor`.
    static let rarest = 2.5
    /// The most and least one word can add.
    static let most = 2.0
    static let least = -0.5

    private static let stopWords = Set(StopWords.words)

    /// The words that are scored: each once, at least three letters, not a number, not a stop word.
    public static func contentWords(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { word in
            word.count >= 3 && !word.allSatisfy(\.isNumber) && !stopWords.contains(word) && seen.insert(word).inserted
        }
    }

    /// One word's score, from how many of `total` passages use it.
    public static func score(_ word: String, passages: Int, total: Int) -> Double {
        let zipf = max(EnglishFrequency.zipf(word) ?? 0, rarest)
        let english = min(0.5, passageWords * pow(10, zipf - 9))
        let total = Double(max(total, 1))
        let playbook = (Double(passages) + englishPrior * total * english) / ((1 + englishPrior) * total)
        return min(most, max(least, log10(playbook / english)))
    }

    /// The question's score: its content words' scores (the trade's words aside) plus one for each trade word,
    /// one for a report of the other side and a half for a mention of the rep's calls.
    public static func score(words: [String], passages: [String: Int], total: Int, trade: Set<String>,
                             reportsTheOtherSide: Bool, speaksOfCalls: Bool) -> Double {
        var sum = Double(trade.count) + (reportsTheOtherSide ? 1 : 0) + (speaksOfCalls ? 0.5 : 0)
        for word in contentWords(words) where !trade.contains(word) {
            sum += score(word, passages: passages[word] ?? 0, total: total)
        }
        return sum
    }
}
