/// A question's words as the coach reads them: lower-cased letters and digits ("10%" becomes "10 percent"),
/// stemmed to compare, and sorted into words that say what the question is about and words any question uses.
public enum QuestionWords {
    /// Lower-cased words, in order.
    public static func words(_ text: String) -> [String] {
        TextFeatures.tokens(text.replacingOccurrences(of: "%", with: " percent "))
            .map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
    }

    /// The light stem the embedder uses, as a string.
    static func stem(_ word: String) -> String {
        String(String.UnicodeScalarView(WordStemmer.stem(word.unicodeScalars.map(\.value)).compactMap(Unicode.Scalar.init)))
    }

    /// The words that carry the question's subject: not stop words, not everyday English ("good", "way",
    /// "week", "work"), not numbers, at least three letters. "How do I close a bank account" keeps only
    /// "bank"; "what's the best way to handle a gatekeeper" keeps "gatekeeper".
    public static func subjectWords(_ words: [String]) -> [String] {
        words.filter { word in
            word.count >= 3 && !word.allSatisfy(\.isNumber) && !stopWords.contains(word) && !CommonEnglish.contains(word)
        }
    }

    /// Whether the question tells what someone on the other end said or did ("she said…", "they keep asking",
    /// "he reckons", "they're drowning in…"): reps ask about buyers that way, in whatever slang the buyer used,
    /// and questions about anything else rarely do.
    public static func reportsTheOtherSide(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() {
            if ["theyre", "theyve", "theyd", "theyll", "hes", "shes", "hed", "shed"].contains(word) { return true }
            guard theOtherSide.contains(word), index + 1 < words.count else { continue }
            if reportingVerbs.contains(words[index + 1]) { return true }
        }
        return false
    }

    /// Whether the question speaks of the rep's own calls ("on calls", "my last call", "a horrible call", "during
    /// the call"): the word alone is everyday English ("the call stack"), these uses are the job.
    public static func speaksOfCalls(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where word == "call" || word == "calls" {
            guard index > 0 else { continue }
            if index + 1 < words.count, ["stack", "centre", "center", "option", "options", "sign"].contains(words[index + 1]) { continue }
            if callQualifiers.contains(words[index - 1]) { return true }
        }
        return false
    }

    static let callQualifiers: Set<String> = [
        "on", "during", "my", "last", "next", "first", "cold", "sales", "discovery", "horrible", "bad", "good", "great", "awful",
        "tough", "every", "each", "live", "practice", "follow", "intro", "booked",
    ]

    /// Who a rep reports on: the buyer by pronoun, role or title.
    static let theOtherSide: Set<String> = [
        "they", "he", "she", "buyer", "prospect", "customer", "client", "manager", "director", "owner", "ceo", "cfo", "cto", "md",
        "fd", "founder", "boss", "head", "lead", "guy", "lady", "woman", "receptionist", "assistant",
    ]

    static let reportingVerbs: Set<String> = [
        "said", "say", "says", "told", "tell", "tells", "asked", "ask", "asks", "keep", "keeps", "kept", "want", "wants", "wanted",
        "reckon", "reckons", "warned", "put", "finally", "dont", "didnt", "wont", "cant", "doesnt", "are", "were", "have", "has",
        "had", "sounded", "sounds", "seemed", "seems", "went", "got", "just", "already", "never", "cut", "hung", "laughed", "replied",
        "mentioned", "claims", "claimed", "insists", "insisted",
    ]

    private static let stopWords = Set(StopWords.words)

    /// The question's words and the playbook's terms for what it says in everyday language: what the coach
    /// searches with.
    public static func searchText(_ question: String, terms: String? = nil) -> String {
        let terms = terms ?? playbookTerms(question)
        return terms.isEmpty ? question : question + " " + terms
    }

    /// The playbook's terms the trade's thesaurus adds for the question's words, space-separated; empty when none.
    public static func playbookTerms(_ question: String) -> String {
        SalesThesaurus.playbookTerms(for: words(question)).joined(separator: " ")
    }
}
