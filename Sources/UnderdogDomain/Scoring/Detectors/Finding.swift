/// A lexicon phrase found in a turn: what a detector reports and evidence points at.
struct Finding: Sendable, Hashable {
    let turn: Int
    let phrase: String
}

extension Lexicon {
    /// The first match in the given turns, in turn order.
    func first(in call: CallText, turns: some Sequence<Int>) -> Finding? {
        for turn in turns {
            if let match = firstMatch(in: call.tokens[turn]) { return Finding(turn: turn, phrase: match.phrase) }
        }
        return nil
    }

    /// Every match in the given turns, in order.
    func all(in call: CallText, turns: some Sequence<Int>) -> [Finding] {
        turns.flatMap { turn in matches(in: call.tokens[turn]).map { Finding(turn: turn, phrase: $0.phrase) } }
    }
}

extension CallText {
    /// Indices of the rep's (or prospect's) turns, in order.
    func turns(of speaker: Speaker) -> [Int] {
        turns.filter { $0.speaker == speaker }.map(\.index)
    }
}
