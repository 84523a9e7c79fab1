/// A read-only hash table keyed by word hashes, for lookups on every token.
///
/// The keys are already well-mixed FNV hashes, so hashing them again with Swift's seeded `Hasher` (as `Dictionary`
/// and `Set` do) is wasted work; this table indexes by the hash bits directly, with linear probing.
struct WordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let occupied: [Bool]
    private let mask: Int

    init(_ entries: [(WordHash, Value)]) {
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        var occupied = [Bool](repeating: false, count: capacity)
        let mask = capacity - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key.value) & mask
            while occupied[slot] && keys[slot] != key.value { slot = (slot + 1) & mask }
            keys[slot] = key.value
            values[slot] = value
            occupied[slot] = true
        }
        self.keys = keys
        self.values = values
        self.occupied = occupied
        self.mask = mask
    }

    subscript(key: WordHash) -> Value? {
        var slot = Int(truncatingIfNeeded: key.value) & mask
        while occupied[slot] {
            if keys[slot] == key.value { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
