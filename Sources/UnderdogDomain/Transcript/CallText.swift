/// A transcript with every turn tokenised once; every metric and detector reads this, never the raw text again.
struct CallText: Sendable {
    let transcript: Transcript
    let tokens: [TokenizedText]
    /// False for raw speech-to-text without punctuation; question finding then relies on how sentences start.
    let punctuated: Bool

    init(_ transcript: Transcript) {
        self.transcript = transcript
        tokens = transcript.turns.map { TokenizedText($0.text) }
        punctuated = tokens.contains { $0.hasSentencePunctuation }
    }

    var turns: [Turn] { transcript.turns }

    func words(in turn: Int) -> Int { tokens[turn].count }

    func words(by speaker: Speaker) -> Int {
        zip(transcript.turns, tokens).reduce(0) { $0 + ($1.0.speaker == speaker ? $1.1.count : 0) }
    }

    /// The turn of the other speaker that comes before `turn`, if any.
    func previousTurn(of speaker: Speaker, before turn: Int) -> Int? {
        var index = turn - 1
        while index >= 0 {
            if transcript.turns[index].speaker == speaker { return index }
            index -= 1
        }
        return nil
    }

    /// The next turn by `speaker` after `turn`, if any.
    func nextTurn(of speaker: Speaker, after turn: Int) -> Int? {
        var index = turn + 1
        while index < transcript.turns.count {
            if transcript.turns[index].speaker == speaker { return index }
            index += 1
        }
        return nil
    }

    /// Call length in minutes: from the times when known, otherwise from the word count at `wordsPerMinute`.
    /// Only scorers that scale an expectation to call length use the estimate; metrics stay nil without times.
    func minutes(estimatingAt wordsPerMinute: Double) -> Double {
        if let duration = transcript.duration, duration > 0 { return duration / 60 }
        let total = tokens.reduce(0) { $0 + $1.count }
        return wordsPerMinute > 0 ? Double(total) / wordsPerMinute : 0
    }
}
