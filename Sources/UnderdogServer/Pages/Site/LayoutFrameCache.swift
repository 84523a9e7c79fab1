import Foundation
import Synchronization

/// The layout around every page, rendered once per frame (who is signed in, which section is current, the
/// title) and kept with slots for the page's content and the CSRF token: filling the layout template on every
/// request was, after the cached score card itself, the largest part of that page's CPU in the bench's profile.
final class LayoutFrameCache: Sendable {
    struct Key: Hashable, Sendable {
        let signedIn: Bool
        let userEmail: String?
        let current: PageLayout.Section?
        let title: String
    }

    /// Random for each process, so nothing a user typed can stand for a slot.
    let contentSlot = "content-slot-" + UUID().uuidString
    let csrfSlot = "csrf-slot-" + UUID().uuidString
    private let limit: Int
    private let frames = Mutex<[Key: SlottedText]>([:])

    init(limit: Int) {
        self.limit = limit
    }

    /// The frame for `key`, rendered by `render` (given the two slots to put in place of content and token)
    /// the first time. When full, the cache starts again empty.
    func frame(for key: Key, render: (_ contentSlot: String, _ csrfSlot: String) -> String) -> SlottedText {
        if let hit = frames.withLock({ $0[key] }) { return hit }
        let frame = SlottedText(render(contentSlot, csrfSlot), slots: [contentSlot, csrfSlot])
        frames.withLock { frames in
            if frames.count >= limit { frames.removeAll(keepingCapacity: true) }
            frames[key] = frame
        }
        return frame
    }
}
