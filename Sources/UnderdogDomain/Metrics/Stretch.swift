/// A run of consecutive turns by one speaker: a rep monologue or a customer story.
///
/// Speech-to-text often cuts one monologue into several segments, so consecutive turns by the same speaker are
/// joined. The longest run is measured in seconds when timed (first start to last end), in words otherwise.
public struct Stretch: Codable, Sendable, Hashable {
    public let firstTurn: Int
    public let lastTurn: Int
    public let words: Int
    public let seconds: Double?

    public init(firstTurn: Int, lastTurn: Int, words: Int, seconds: Double?) {
        self.firstTurn = firstTurn
        self.lastTurn = lastTurn
        self.words = words
        self.seconds = rounded3(seconds)
    }

    enum CodingKeys: String, CodingKey {
        case firstTurn = "first_turn"
        case lastTurn = "last_turn"
        case words, seconds
    }
}

extension Measure {
    /// The longest stretch by `speaker`, or nil when they never speak.
    static func longestStretch(_ call: CallText, by speaker: Speaker) -> Stretch? {
        let timed = call.transcript.isTimed
        var best: Stretch?
        var index = 0
        let turns = call.turns
        while index < turns.count {
            guard turns[index].speaker == speaker else { index += 1; continue }
            let first = index
            var words = 0
            while index < turns.count && turns[index].speaker == speaker {
                words += call.words(in: index)
                index += 1
            }
            let last = index - 1
            var seconds: Double?
            if timed, let start = turns[first].start, let end = turns[last].end { seconds = max(0, end - start) }
            let candidate = Stretch(firstTurn: first, lastTurn: last, words: words, seconds: seconds)
            if let current = best {
                let longer = timed
                    ? (candidate.seconds ?? 0) > (current.seconds ?? 0)
                    : candidate.words > current.words
                if longer { best = candidate }
            } else {
                best = candidate
            }
        }
        return best
    }
}
