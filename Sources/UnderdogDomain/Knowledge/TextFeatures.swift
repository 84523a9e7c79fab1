/// The features the local embedder counts in a text, as 64-bit hashes: stemmed word unigrams and bigrams
/// (stop words left out) and character 3- to 5-grams of every word (stop words included, within
/// `<word>` boundaries so prefixes and suffixes are features of their own).
///
/// Hashes are FNV-1a over Unicode scalar values, finished with MurmurHash3's 64-bit mix: fixed functions
/// (unlike Swift's per-process seeded `Hasher`), so a feature has the same id in every run on every platform.
struct TextFeatures {
    var words: [UInt64] = []
    var bigrams: [UInt64] = []
    var characters: [UInt64] = []

    /// Words longer than this are cut before their character n-grams are taken (a pasted URL or token
    /// should not produce hundreds of features).
    static let longestWordForNGrams = 32

    init(_ text: String) {
        var previous: UInt64?
        let tokens = Self.tokens(text)
        words.reserveCapacity(tokens.count)
        bigrams.reserveCapacity(tokens.count)
        characters.reserveCapacity(tokens.count * 16)
        for token in tokens {
            Self.addCharacterNGrams(of: token, to: &characters)
            if StopWords.contains(token) { continue }
            let stem = WordStemmer.stem(token)
            var hash = FeatureHash(namespace: .word)
            for scalar in stem { hash.add(scalar) }
            words.append(hash.value)
            if let previous {
                bigrams.append(FeatureHash.bigram(previous, hash.value))
            }
            previous = hash.value
        }
    }

    /// Every feature of the text once, as the vocabulary's ids.
    var distinctIDs: Set<UInt32> {
        Set((words + bigrams + characters).map(FeatureHash.id))
    }

    /// The n-grams of `<token>`, read in place (no padded copy of the token is made).
    static func addCharacterNGrams(of token: [UInt32], to out: inout [UInt64]) {
        let count = min(token.count, longestWordForNGrams)
        let paddedCount = count + 2
        @inline(__always) func scalar(_ index: Int) -> UInt32 {
            index == 0 ? 0x3C : index == paddedCount - 1 ? 0x3E : token[index - 1]
        }
        for length in 3...5 where paddedCount >= length {
            for start in 0...(paddedCount - length) {
                var hash = FeatureHash(namespace: .characters)
                for index in start..<(start + length) { hash.add(scalar(index)) }
                out.append(hash.value)
            }
        }
    }

    /// Lower-cased runs of letters and digits. An apostrophe between letters stays inside the word and is
    /// then dropped ("don't" → "dont"), except a possessive "'s", which goes ("customer's" → "customer").
    static func tokens(_ text: String) -> [[UInt32]] {
        var tokens: [[UInt32]] = []
        var current: [UInt32] = []
        func flush() {
            while current.last == apostrophe { current.removeLast() }
            guard !current.isEmpty else { return }
            if current.count > 2, current[current.count - 2] == apostrophe, current[current.count - 1] == 0x73 {
                current.removeLast(2)
            }
            current.removeAll { $0 == apostrophe }
            if !current.isEmpty { tokens.append(current) }
            current = []
        }
        for scalar in text.lowercased().unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    current.append(value)
                } else if value == apostrophe, !current.isEmpty, current.last != apostrophe {
                    current.append(apostrophe)
                } else {
                    flush()
                }
            } else if value == 0x2019 || value == 0x2BC {
                // A typographic apostrophe is the same apostrophe.
                if !current.isEmpty, current.last != apostrophe { current.append(apostrophe) } else { flush() }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                current.append(value)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    static let apostrophe: UInt32 = 0x27
}

/// FNV-1a 64 over 32-bit values, in a namespace per kind of feature so a word and an n-gram never share an id.
struct FeatureHash {
    enum Namespace: UInt32 {
        case word = 1, bigram = 2, characters = 3
    }

    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    init(namespace: Namespace) { add(namespace.rawValue) }

    @inline(__always)
    mutating func add(_ value: UInt32) { state = (state ^ UInt64(value)) &* Self.prime }

    /// The state finished with MurmurHash3's mix, so every output bit depends on every input.
    var value: UInt64 {
        var z = state
        z ^= z >> 33
        z = z &* 0xff51_afd7_ed55_8ccd
        z ^= z >> 33
        z = z &* 0xc4ce_b9fe_1a85_ec53
        return z ^ (z >> 33)
    }

    static func bigram(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var hash = FeatureHash(namespace: .bigram)
        for word in [first, second] {
            hash.add(UInt32(truncatingIfNeeded: word))
            hash.add(UInt32(truncatingIfNeeded: word >> 32))
        }
        return hash.value
    }

    /// The vocabulary's key for a feature: its top 32 bits, never 0 (0 marks an empty slot). Two features
    /// share an id only by a 1-in-4-billion chance per pair; ~100k features make that a handful at worst.
    @inline(__always)
    static func id(_ feature: UInt64) -> UInt32 {
        let id = UInt32(truncatingIfNeeded: feature >> 32)
        return id == 0 ? 1 : id
    }

    /// Where a feature lands in the embedding (from the low 32 bits, independent of the id) and with which
    /// sign: opposite signs make colliding features cancel on average instead of piling up.
    @inline(__always)
    static func slot(_ feature: UInt64, dimensions: Int) -> (index: Int, negative: Bool) {
        let low = UInt32(truncatingIfNeeded: feature)
        return (Int(low % UInt32(dimensions)), feature >> 63 == 1)
    }
}
