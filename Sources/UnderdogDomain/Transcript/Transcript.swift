/// A validated two-party call transcript: at least one turn, indices in order, times finite and ordered.
public struct Transcript: Codable, Sendable, Hashable {
    public let turns: [Turn]

    /// Checks the turns, so metrics never meet an empty call, a NaN or an end before its start.
    public init(turns: [Turn]) throws(TranscriptError) {
        guard !turns.isEmpty else { throw .noTurns }
        for (position, turn) in turns.enumerated() {
            let place = TranscriptError.Location.turn(position)
            guard turn.index == position else { throw .turnOutOfOrder(place, index: turn.index) }
            if turn.text.allSatisfy(\.isWhitespace) { throw .emptyText(place) }
            if let start = turn.start, !start.isFinite || start < 0 {
                throw .invalidTime(place, field: "start", value: start)
            }
            if let end = turn.end, !end.isFinite || end < 0 {
                throw .invalidTime(place, field: "end", value: end)
            }
            if let start = turn.start, let end = turn.end, end < start {
                throw .endBeforeStart(place, start: start, end: end)
            }
        }
        self.turns = turns
    }

    /// Builds a transcript from speakers and texts, numbering the turns; convenient for code and tests.
    public init(_ lines: [(Speaker, String)]) throws(TranscriptError) {
        try self.init(turns: lines.enumerated().map { Turn(index: $0.offset, speaker: $0.element.0, text: $0.element.1) })
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(turns: container.decode([Turn].self, forKey: .turns))
    }

    /// True when every turn has a start and an end; time-based metrics need that and are nil otherwise.
    public var isTimed: Bool { turns.allSatisfy { $0.start != nil && $0.end != nil } }

    /// Seconds from the first start to the last end, when timed.
    public var duration: Double? {
        guard isTimed, let first = turns.compactMap(\.start).min(), let last = turns.compactMap(\.end).max() else {
            return nil
        }
        return last - first
    }
}
