import Foundation
import Synchronization

/// HTML that is the same for every request with one key, rendered once and kept as `SlottedText`, with
/// slots for what differs per request (the viewer's CSRF token, a page's content). Used for a finished call's
/// score card, which never changes, for a rep's home per model, and for the layout around every page;
/// rendering each was most of what its page cost in `scripts/bench pages`' profile. The slots are random for each process, so nothing a user
/// typed can stand for one.
final class SlottedTextCache<Key: Hashable & Sendable>: Sendable {
    /// The placeholder of each slot, in the order `render` receives them and `SlottedText.filled` takes values.
    let slots: [String]
    private let limit: Int
    private let entries = Mutex<[Key: SlottedText]>([:])

    /// `slotNames` only make the placeholders readable when debugging; `limit` is how many entries are kept.
    init(slotNames: [String], limit: Int) {
        slots = slotNames.map { "\($0)-slot-" + UUID().uuidString }
        self.limit = limit
    }

    /// The kept text for `key`, or `render(slots)`'s, kept for next time. When full, the cache starts again
    /// empty: simpler than recency bookkeeping, and a miss costs one render.
    func text(for key: Key, render: ([String]) throws -> String) rethrows -> SlottedText {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let text = SlottedText(try render(slots), slots: slots)
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = text
        }
        return text
    }
}
