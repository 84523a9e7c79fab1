import Foundation

/// How much of a question a passage speaks to: the share of the question's words, each weighted by how rare it
/// is in the playbook (IDF), that the passage uses somewhere. Fusion ranks by where each search method put a
/// passage; this adds whether the passage actually has the question's telling words, so "the FD wants proper
/// numbers on paper" ranks the entry that says finance and numbers above one that only shares "wants".
///
/// The question's own words count fully; the playbook terms the trade's thesaurus adds for them (`searchText`'s
/// tail) count a quarter, as hints rather than what the rep said. Words are compared as the embedder's light
/// stems, stop words left out.
public struct QuestionCoverage: Sendable {
    /// The weight a thesaurus term gets, against the question's own words.
    public static let expansionWeight = 0.25

    /// Stem → weight.
    let weights: [String: Double]
    let total: Double

    /// `question` is what the rep typed; `expansion` the playbook terms added to it; `idf` a stem's inverse
    /// document frequency.
    public init(question: String, expansion: String, idf: (String) -> Double) {
        var weights: [String: Double] = [:]
        for stem in Self.stems(question) { weights[stem] = idf(stem) }
        for stem in Self.stems(expansion) where weights[stem] == nil { weights[stem] = Self.expansionWeight * idf(stem) }
        self.weights = weights
        self.total = weights.values.reduce(0, +)
    }

    /// The share of the question's weight found among `stems` (a passage's, from `stems(_:)`), 0 to 1.
    public func coverage(_ stems: Set<String>) -> Double {
        guard total > 0 else { return 0 }
        return weights.reduce(0) { $0 + (stems.contains($1.key) ? $1.value : 0) } / total
    }

    /// A text's words as light stems, stop words left out.
    public static func stems(_ text: String) -> [String] {
        TextFeatures.tokens(text).compactMap { token in
            StopWords.contains(token) ? nil : String(String.UnicodeScalarView(WordStemmer.stem(token).compactMap(Unicode.Scalar.init)))
        }
    }

    /// Smoothed IDF from document frequencies, as the embedder's vocabulary weighs features:
    /// ln((N + 1) / (df + 1)) + 1.
    public static func inverseDocumentFrequency(documents: Int, containing: Int) -> Double {
        log(Double(documents + 1) / Double(containing + 1)) + 1
    }
}

extension EmbedderVocabulary {
    /// The IDF of a word stem (as `QuestionCoverage.stems` gives it) in the corpus the vocabulary was fitted on.
    public func inverseDocumentFrequency(stem: String) -> Double {
        var hash = FeatureHash(namespace: .word)
        for scalar in stem.unicodeScalars { hash.add(scalar.value) }
        return QuestionCoverage.inverseDocumentFrequency(documents: documentCount, containing: documentFrequency(FeatureHash.id(hash.value)))
    }
}
