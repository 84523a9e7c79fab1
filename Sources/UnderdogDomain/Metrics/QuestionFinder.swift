/// Finds questions sentence by sentence and tells their form and kind.
///
/// A sentence is a question when it ends with "?" — or, in a transcript with no punctuation at all (raw
/// speech-to-text), when it starts like one. "Tell me about…" and "Walk me through…" count even with a full stop,
/// since that is how open questions are often said. One-word reactions such as "Right?" or "Really?" do not count.
enum QuestionFinder {
    /// How far into a clause-less sentence a question word may appear: "I'd love to know what…".
    static let searchWindow = 8

    static func questions(in call: CallText, by speaker: Speaker = .rep) -> [Question] {
        var found: [Question] = []
        for turn in call.turns where turn.speaker == speaker {
            let text = call.tokens[turn.index]
            if !call.punctuated {
                found += spokenQuestions(text, turn: turn.index)
                continue
            }
            for sentence in text.sentences {
                if let shape = classify(text, sentence, punctuated: call.punctuated) {
                    let (kind, topical) = shape.proposal || shape.leading ? (QuestionKind.other, false) : kind(text, shape.asking)
                    found.append(Question(turn: turn.index, form: shape.form, kind: kind, tokens: shape.range,
                                          yesNo: shape.yesNo, topical: topical))
                }
            }
        }
        return found
    }

    /// Questions in unpunctuated speech: each strong starter opens a question that runs to the next one (or the
    /// turn's end); starters within a few words of each other ("so what do you… how do you…") are one question.
    static func spokenQuestions(_ text: TokenizedText, turn: Int) -> [Question] {
        var starts: [(position: Int, label: QuestionLexicon.Start)] = []
        var position = 0
        while position < text.count {
            let leadIn = position == 0 || QuestionLexicon.spokenLeadIns.contains(text.hashes[position - 1])
            let weak = leadIn ? QuestionLexicon.spokenWeakStarts.match(in: text, at: position) : nil
            if let match = QuestionLexicon.spokenStarts.match(in: text, at: position) ?? weak {
                if let last = starts.last, position - last.position < spokenMergeDistance {
                    position = match.tokens.upperBound
                    continue
                }
                starts.append((position, match.label))
                position = match.tokens.upperBound
            } else {
                position += 1
            }
        }
        return starts.enumerated().map { index, start in
            let end = index + 1 < starts.count ? starts[index + 1].position : text.count
            let range = start.position..<end
            let open = start.label == .open || start.label == .imperative
            let (kind, topical) = start.label == .proposal ? (QuestionKind.other, false) : kind(text, range)
            return Question(turn: turn, form: open ? .open : .closed, kind: kind, tokens: range,
                            yesNo: start.label == .auxiliary, topical: topical)
        }
    }

    /// Starters closer than this many words belong to the same spoken question.
    static let spokenMergeDistance = 4

    /// What `classify` learns about a question sentence.
    struct Shape {
        let form: QuestionForm
        let range: Range<Int>
        /// Answerable by yes or no: starts with "do", "is", "can"… or with nothing at all.
        let yesNo: Bool
        /// "What if I…?", "How about…?": an offer, not a question about them.
        let proposal: Bool
        /// Ends with a tag that pushes for agreement: "…, aren't you?", "…, right?"
        let leading: Bool
        /// The clause that asks, from its question word to the end: its topic decides the question's kind.
        let asking: Range<Int>
    }

    /// The shape of a question sentence, or nil when the sentence is not a question.
    static func classify(_ text: TokenizedText, _ sentence: TokenizedText.Sentence, punctuated: Bool) -> Shape? {
        let range = sentence.tokens
        guard !range.isEmpty else { return nil }
        // Clause by clause: "I don't know yet if it's relevant, so how are you handling it?" asks in its last clause.
        var starter: QuestionLexicon.Start?
        var atBeginning = false
        var proposalFirst = false
        var asking = range
        for clause in range where clause == range.lowerBound || text.pauseAfter(clause - 1) {
            var position = clause
            while position < range.upperBound,
                  let match = QuestionLexicon.starts.match(in: text, at: position, limit: range.upperBound),
                  match.label == .preface {
                position = match.tokens.upperBound
            }
            guard position < range.upperBound,
                  let match = QuestionLexicon.starts.match(in: text, at: position, limit: range.upperBound) else { continue }
            if clause == range.lowerBound {
                atBeginning = true
                proposalFirst = match.label == .proposal
            }
            if rank(match.label) > rank(starter) {
                starter = match.label
                asking = position..<range.upperBound
            }
        }
        // A question word inside a clause still makes it a question of that kind: "I'd love to know what…".
        if starter == nil {
            var position = range.lowerBound
            let limit = min(range.upperBound, range.lowerBound + searchWindow)
            while position < limit {
                if let match = QuestionLexicon.starts.match(in: text, at: position, limit: range.upperBound),
                   match.label == .open || match.label == .closed {
                    starter = match.label
                    break
                }
                position += 1
            }
        }
        if proposalFirst { starter = .proposal }

        func shape(_ starter: QuestionLexicon.Start?, leading: Bool = false) -> Shape {
            let open = starter == .open || starter == .imperative
            return Shape(form: open ? .open : .closed, range: range, yesNo: starter == nil || starter == .auxiliary,
                         proposal: starter == .proposal, leading: leading, asking: asking)
        }
        if sentence.endsWithQuestionMark {
            if starter == nil || starter == .auxiliary, range.count <= 3,
               let tag = QuestionLexicon.tags.match(in: text, at: range.lowerBound), tag.tokens == range {
                return nil
            }
            let tagged = endsWithTag(text, range)
            // "…a great fit for you, you know?" is a statement with a tag, not a question.
            if starter == nil, tagged { return nil }
            return shape(starter, leading: tagged && starter != .open && starter != .imperative)
        }
        if starter == .imperative { return shape(.imperative) }
        if !punctuated, atBeginning, let starter { return shape(starter) }
        return nil
    }

    /// Which starter decides the form when clauses disagree: an open clause makes the question open.
    private static func rank(_ start: QuestionLexicon.Start?) -> Int {
        switch start {
        case .open?, .imperative?: 4
        case .closed?: 3
        case .auxiliary?: 2
        case .proposal?: 1
        case .preface?, nil: 0
        }
    }

    /// True when the sentence's last one or two words are a tag such as "you know", "right" or "okay".
    static func endsWithTag(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
        for length in [2, 1] where range.count > length {
            let start = range.upperBound - length
            let tag = QuestionLexicon.tags.match(in: text, at: start, limit: range.upperBound)
            if let tag, tag.tokens.upperBound == range.upperBound {
                return true
            }
        }
        return false
    }

    /// The first topic phrase decides small talk (and permission, scheduling, contact details, closing asks);
    /// otherwise any discovery word beats any qualifying word, and a question with no topic words is about their
    /// situation, so discovery.
    static func kind(_ text: TokenizedText, _ range: Range<Int>) -> (QuestionKind, topical: Bool) {
        let matches = QuestionLexicon.topics.matches(in: text, within: range)
        if let first = matches.first, first.label == .smallTalk { return (.other, false) }
        if matches.contains(where: { $0.label == .discovery }) { return (.discovery, true) }
        if matches.contains(where: { $0.label == .qualifying }) { return (.qualifying, true) }
        return (.discovery, false)
    }
}
