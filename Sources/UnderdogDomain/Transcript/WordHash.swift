/// A word's 64-bit FNV-1a hash over its lowercased UTF-8 bytes.
///
/// Tokens are hashed once while tokenising, so lexicon lookups compare integers instead of hashing strings again
/// for every lexicon; FNV is fixed (unlike Swift's seeded `Hasher`), so results are the same in every process.
struct WordHash: Hashable, Sendable {
    let value: UInt64

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    init(value: UInt64) { self.value = value }

    /// Hashes an already normalised word (lowercase, straight apostrophes), the way the tokenizer does.
    init(_ word: String) {
        var hash = Self.offsetBasis
        for byte in word.utf8 {
            hash = (hash ^ UInt64(byte)) &* Self.prime
        }
        value = hash
    }
}

/// A set of words for context rules (what may precede a filler, stop words); hashes, so checks are cheap.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    init(_ words: [String]) { table = WordTable(words.map { (WordHash($0), true) }) }

    func contains(_ hash: WordHash) -> Bool { table[hash] != nil }
}
