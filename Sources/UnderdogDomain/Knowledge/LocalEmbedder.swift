import Foundation

/// The offline embedder: TF-IDF over hashed features, folded into the same 1536 dimensions as the vectors a
/// hosted model makes, so the store and its pgvector indexes never care which one ran.
///
/// A text's word unigrams, word bigrams and character 3–5-grams (see `TextFeatures`) are weighted by
/// sublinear term frequency (1 + ln tf) times the vocabulary's IDF. Each kind is scaled to a fixed share of
/// the vector (words carry topic, bigrams phrasing, character n-grams spelling variants and word forms the
/// stemmer misses), hashed into a dimension with a sign, and the sum is L2-normalised.
public struct LocalEmbedder: Sendable {
    public static let dimensions = 1536
    /// The shares of the squared norm the three kinds of feature get, before the final normalisation.
    static let shares: (words: Double, bigrams: Double, characters: Double) = (0.5, 0.15, 0.35)

    public let vocabulary: EmbedderVocabulary

    public init(vocabulary: EmbedderVocabulary) {
        self.vocabulary = vocabulary
    }

    /// Names the algorithm and the statistics: a different corpus gives different vectors, so a new
    /// vocabulary is a new model and everything embedded with the old one is re-embedded.
    public var modelName: String { "underdog-local-v1:\(vocabulary.fingerprint)" }

    /// A unit vector of `dimensions` floats; all zeros for a text with no letters or digits.
    public func embed(_ text: String) -> [Float] {
        let features = TextFeatures(text)
        var vector = [Double](repeating: 0, count: Self.dimensions)
        add(features.words, share: Self.shares.words, to: &vector)
        add(features.bigrams, share: Self.shares.bigrams, to: &vector)
        add(features.characters, share: Self.shares.characters, to: &vector)
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return [Float](repeating: 0, count: Self.dimensions) }
        return vector.map { Float($0 / norm) }
    }

    /// Adds one kind of feature, its TF-IDF weights scaled so their squared sum is `share`.
    private func add(_ features: [UInt64], share: Double, to vector: inout [Double]) {
        guard !features.isEmpty else { return }
        // Counted in a small open-addressing table (features are already well mixed hashes): cheaper than
        // sorting, and its order is a fixed function of the features, so the sums below are reproducible.
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var counts = [UInt32](repeating: 0, count: capacity)
        for feature in features {
            let key = feature == 0 ? 1 : feature
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            counts[slot] += 1
        }
        var squares = 0.0
        var weights = [Double](repeating: 0, count: capacity)
        for slot in 0..<capacity where counts[slot] > 0 {
            let tf = counts[slot] == 1 ? 1 : 1 + log(Double(counts[slot]))
            let weight = tf * vocabulary.inverseDocumentFrequency(FeatureHash.id(keys[slot]))
            weights[slot] = weight
            squares += weight * weight
        }
        let scale = (share / squares).squareRoot()
        for slot in 0..<capacity where counts[slot] > 0 {
            let target = FeatureHash.slot(keys[slot], dimensions: Self.dimensions)
            vector[target.index] += target.negative ? -weights[slot] * scale : weights[slot] * scale
        }
    }
}
