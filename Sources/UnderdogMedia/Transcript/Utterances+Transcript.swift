import UnderdogDomain

extension Utterances {
    /// Interleaves the two channels of a split-channel call into numbered, timed turns: ordered by start time
    /// (the rep first on a tie), consecutive utterances of the same speaker merged into one turn. A turn that
    /// starts before the other speaker's previous turn ended stays as it is: that is an interruption.
    public static func turns(rep: [Utterance], prospect: [Utterance]) -> [Turn] {
        let tagged = rep.map { (Speaker.rep, $0) } + prospect.map { (Speaker.prospect, $0) }
        let ordered = tagged.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.1, rhs.element.1)
            return a.start != b.start ? a.start < b.start : lhs.offset < rhs.offset
        }.map(\.element)
        var merged: [(speaker: Speaker, text: String, start: Double, end: Double)] = []
        for (speaker, utterance) in ordered where !utterance.text.allSatisfy(\.isWhitespace) {
            if let last = merged.last, last.speaker == speaker {
                merged[merged.count - 1] = (speaker, last.text + " " + utterance.text, last.start, max(last.end, utterance.end))
            } else {
                merged.append((speaker, utterance.text, utterance.start, utterance.end))
            }
        }
        return merged.enumerated().map { index, turn in
            Turn(index: index, speaker: turn.speaker, text: turn.text, start: turn.start, end: turn.end)
        }
    }

    /// The validated transcript of a split-channel call; `TranscriptError.noTurns` when nothing was recognised.
    public static func transcript(rep: [Utterance], prospect: [Utterance]) throws(TranscriptError) -> Transcript {
        try Transcript(turns: turns(rep: rep, prospect: prospect))
    }
}
