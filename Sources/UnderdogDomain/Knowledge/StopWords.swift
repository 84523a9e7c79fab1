/// Common English words that say little about a passage's subject; left out of word features (character
/// n-grams still see them). Negations stay features: "we don't have budget" is not "we have budget".
enum StopWords {
    static let words = [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "id", "if", "ill", "im", "in", "into", "is", "it", "its", "itself", "ive", "just", "let", "lets",
        "me", "might", "more", "most", "must", "my", "myself", "of", "off", "on", "once", "only", "or", "other",
        "our", "ours", "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such",
        "than", "that", "thats", "the", "their", "theirs", "them", "themselves", "then", "there", "theres",
        "these", "they", "theyre", "this", "those", "through", "to", "too", "under", "until", "up", "us",
        "very", "was", "we", "were", "weve", "what", "whats", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "you", "youd", "youll", "your", "youre", "yours", "yourself",
        "yourselves", "youve",
    ]

    private static let hashes: Set<UInt64> = Set(words.map { hash(Array($0.unicodeScalars.map(\.value))) })

    static func contains(_ token: [UInt32]) -> Bool {
        token.count <= 10 && hashes.contains(hash(token))
    }

    private static func hash(_ token: [UInt32]) -> UInt64 {
        var hash = FeatureHash(namespace: .word)
        for scalar in token { hash.add(scalar) }
        return hash.value
    }
}
