/// A text's content words, lower-cased and cut to a rough stem ("reminders" → "remind", "chasing" → "chas"),
/// so a question and a fact that share a word in different forms are seen to share it.
struct ContentStems: Sendable, Hashable {
    let stems: Set<String>

    init(_ text: String) {
        var stems = Set<String>()
        var word = ""
        func flush() {
            defer { word = "" }
            // Quotation marks, not apostrophes: 'parcel' is parcel.
            while word.hasPrefix("'") { word.removeFirst() }
            while word.hasSuffix("'") { word.removeLast() }
            guard word.count >= 4, !Self.stopWords.contains(word) else { return }
            stems.insert(Self.stem(word))
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "'" { word.append(character) } else { flush() }
        }
        flush()
        self.stems = stems
    }

    func shared(with other: ContentStems) -> Int { stems.intersection(other.stems).count }

    static func stem(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) }
        // "somebody has to walk" says what "someone walks" does.
        if word.hasSuffix("body"), let person = ["somebody": "someone", "anybody": "anyone", "everybody": "everyone", "nobody": "no one"][word] {
            word = person
        }
        for suffix in ["ings", "ing", "ers", "er", "ies", "es", "ed", "s", "ly"] where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            word.removeLast(suffix.count)
            break
        }
        // "quote" and "quotes", "live" and "lives": one stem.
        if word.hasSuffix("e"), word.count >= 5 { word.removeLast() }
        return word
    }

    /// Words too common to say what a question is about.
    static let stopWords: Set<String> = [
        "the", "and", "for", "you", "your", "yours", "are", "was", "were", "what", "when", "where", "who", "how", "why",
        "which", "that", "this", "these", "those", "with", "from", "about", "have", "has", "had", "does", "did", "doing",
        "can", "could", "would", "should", "will", "just", "really", "like", "get", "got", "any", "some", "much", "many",
        "there", "their", "they", "them", "then", "than", "into", "onto", "our", "ours", "out", "all", "not", "but",
        "yeah", "yes", "okay", "right", "sure", "well", "also", "too", "very", "bit", "lot", "lots", "thing", "things",
        "one", "ones", "it's", "i'm", "you're", "that's", "what's", "how's", "there's", "don't", "doesn't", "isn't",
        "guys", "moment", "minute", "today", "currently", "now", "still", "ever", "every", "make", "makes", "made",
        "handle", "handled", "work", "works", "working", "people", "time", "times", "day", "days", "week", "weeks",
        "mind", "asking", "ask", "tell", "know", "think", "mean", "say", "said", "go", "going", "been", "being", "let",
        "his", "her", "him", "she", "he's", "she's", "we're", "we've", "i've", "i'd", "you'd", "you've", "they're",
        "team", "company", "business", "end", "actually", "honestly", "else", "other", "more", "most", "such",
    ]
}
