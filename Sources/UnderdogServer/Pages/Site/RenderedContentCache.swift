import Foundation
import Synchronization

/// Page content that is the same for every viewer of one version of a record, rendered once and kept: a finished
/// practice call's score card never changes, and rendering it (decoding its stored analysis, filling the
/// template) is most of what its page costs. What differs per viewer is only the CSRF token in its forms, so
/// the content is rendered with `csrfSlot` in its place and the viewer's token is put in as it is served. The
/// slot is random for each process, so nothing a user typed into a call can stand for it.
final class RenderedContentCache: Sendable {
    struct Key: Hashable, Sendable {
        let id: UUID
        /// Anything that would change the content: the stored transcript's hash and the scores.
        let version: String
    }

    /// Rendered content, kept cut at the CSRF slot (`SlottedText`): searching a 15 KB page for the slot on
    /// every view (Foundation's `replacingOccurrences`, which goes through NSString on Linux) was the largest
    /// single cost of a cached score card in `scripts/bench pages`' profile.
    struct Content: Sendable {
        fileprivate let text: SlottedText

        /// The content with the viewer's CSRF token in its forms.
        func served(csrf: String) -> String {
            text.filled([csrf])
        }
    }

    let csrfSlot = "csrf-slot-" + UUID().uuidString
    private let limit: Int
    private let entries = Mutex<[Key: Content]>([:])

    init(limit: Int) {
        self.limit = limit
    }

    /// The cached content for `key`, or `render()`'s, kept for next time. When full, the cache starts again
    /// empty: simpler than recency bookkeeping, and a score card renders in about a millisecond.
    func content(for key: Key, render: () throws -> String) rethrows -> Content {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let content = Content(text: SlottedText(try render(), slots: [csrfSlot]))
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = content
        }
        return content
    }
}
