/// What an ingestion run must do, decided before anything is embedded: every wanted item is new, changed,
/// or unchanged against what is stored; whatever is stored and no longer wanted goes.
///
/// An item is unchanged only when its content hash and the model of its stored vector both match, so an edit
/// re-embeds that item alone and a change of embedding model re-embeds them all.
public struct IngestPlan<Wanted: Sendable, StoredID: Hashable & Sendable>: Sendable {
    public struct Stored: Sendable {
        public let id: StoredID
        public let key: String
        public let contentHash: String
        public let model: String?

        public init(id: StoredID, key: String, contentHash: String, model: String?) {
            self.id = id
            self.key = key
            self.contentHash = contentHash
            self.model = model
        }
    }

    public private(set) var inserts: [Wanted] = []
    public private(set) var updates: [(StoredID, Wanted)] = []
    public private(set) var unchanged = 0
    public private(set) var deletes: [StoredID] = []

    /// `key` and `hash` read an item's identity and content hash. Two wanted items with one key: the first wins.
    /// Stored rows that share a key (left by an earlier, interrupted run) are all but one deleted.
    public init(wanted: [Wanted], stored: [Stored], model: String, key: (Wanted) -> String, hash: (Wanted) -> String) {
        var byKey: [String: Stored] = [:]
        for row in stored {
            if byKey[row.key] == nil { byKey[row.key] = row } else { deletes.append(row.id) }
        }
        var seen = Set<String>()
        for item in wanted {
            let itemKey = key(item)
            guard seen.insert(itemKey).inserted else { continue }
            guard let row = byKey.removeValue(forKey: itemKey) else {
                inserts.append(item)
                continue
            }
            if row.contentHash == hash(item) && row.model == model {
                unchanged += 1
            } else {
                updates.append((row.id, item))
            }
        }
        deletes.append(contentsOf: byKey.values.map(\.id))
    }

    /// Items that need a vector.
    public var toEmbed: Int { inserts.count + updates.count }
}
