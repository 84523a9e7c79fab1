import Foundation

/// Reads a chat model's reply as it arrives, keeping the outcome markers (`PersonaPrompt.meetingMarker`,
/// `PersonaPrompt.hangUpMarker`) out of what the rep sees.
///
/// Text that could still turn into a marker (a trailing `[MEET`) and trailing whitespace are held back until
/// the next piece shows what they are, so the pieces `feed` returns, joined, are exactly the final reply's
/// text: no marker, no leading or trailing whitespace. A marker anywhere is removed (models do not always put
/// it on a line of its own); the last one seen decides the outcome.
public struct PersonaReplyParser: Sendable {
    private static let markers: [(text: String, outcome: PersonaReply.Outcome)] = [
        (PersonaPrompt.meetingMarker, .meetingBooked),
        (PersonaPrompt.hangUpMarker, .hungUp),
    ]

    /// Received, not yet handed out.
    private var pending = ""
    /// Everything handed out so far.
    public private(set) var shown = ""
    public private(set) var outcome = PersonaReply.Outcome.continuing

    public init() {}

    /// The whole reply at once: its text without markers, and its outcome.
    public static func parse(_ text: String) -> PersonaReply {
        var parser = PersonaReplyParser()
        _ = parser.feed(text)
        return parser.finish().reply
    }

    /// Takes the next piece of the reply; returns what may be shown now (possibly empty).
    public mutating func feed(_ piece: String) -> String {
        pending += piece
        return drain(final: false)
    }

    /// The reply is complete: what is left to show, and the reply as a whole.
    public mutating func finish() -> (rest: String, reply: PersonaReply) {
        let rest = drain(final: true)
        return (rest, PersonaReply(text: shown, outcome: outcome))
    }

    private mutating func drain(final: Bool) -> String {
        removeMarkers()
        var end = pending.endIndex
        if !final, let bracket = pending.lastIndex(of: "["), Self.couldBecomeMarker(pending[bracket...]) {
            end = bracket
        }
        // Whitespace waits until something follows it; at the end it is dropped.
        while end > pending.startIndex, pending[pending.index(before: end)].isWhitespace {
            end = pending.index(before: end)
        }
        var out = Substring(pending[..<end])
        if shown.isEmpty { out = out.drop(while: \.isWhitespace) }
        pending.removeSubrange(..<end)
        if final { pending = "" }
        shown += out
        return String(out)
    }

    private mutating func removeMarkers() {
        while true {
            var first: (range: Range<String.Index>, outcome: PersonaReply.Outcome)?
            for marker in Self.markers {
                if let range = pending.range(of: marker.text, options: .caseInsensitive),
                   first.map({ range.lowerBound < $0.range.lowerBound }) ?? true {
                    first = (range, marker.outcome)
                }
            }
            guard let found = first else { return }
            outcome = found.outcome
            pending.removeSubrange(found.range)
        }
    }

    /// `[`, `[MEET`, `[hang_u`: the start of a marker whose end has not arrived yet.
    static func couldBecomeMarker(_ tail: Substring) -> Bool {
        let upper = tail.uppercased()
        return markers.contains { $0.text.hasPrefix(upper) && $0.text.count > upper.count }
    }
}
