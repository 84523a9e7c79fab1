/// Contempt recognised by its shape in the rep's words, for the rudeness no phrase list holds: a pet name set
/// off by commas ("Look, love, I haven't got all day"), telling the other person what their job is ("You're a
/// receptionist"), telling them it is none of their business, daring them ("Don't you dare hang up"), telling them
/// to calm down.
enum ContemptReader {
    static func contempt(in call: CallText, turns: [Int]) -> [Finding] {
        turns.compactMap { turn in
            let text = call.tokens[turn]
            for name in ContemptLexicon.petNames.matches(in: text) {
                let position = name.tokens.lowerBound
                let before = position == 0 || text.startsSentence(position) || text.pauseAfter(position - 1)
                let after = text.pauseAfter(name.tokens.upperBound - 1) || name.tokens.upperBound == text.count
                    || text.startsSentence(name.tokens.upperBound)
                if before && after && position > 0 { return Finding(turn: turn, phrase: "called them \u{201C}\(name.phrase)\u{201D}") }
            }
            for sentence in text.sentences {
                // Telling them to calm down opens the sentence; "when does it calm down for you?" asks about their season.
                if let order = ContemptLexicon.calm.match(in: text, at: sentence.tokens.lowerBound, limit: sentence.tokens.upperBound) {
                    return Finding(turn: turn, phrase: order.phrase)
                }
                if let job = ContemptLexicon.yourJob.firstMatch(in: text, within: sentence.tokens),
                   ContemptLexicon.jobVerdict.contains(in: text, within: job.tokens.upperBound..<sentence.tokens.upperBound) {
                    return Finding(turn: turn, phrase: "told them what their job is")
                }
                if let none = ContemptLexicon.noneOfYours.firstMatch(in: text, within: sentence.tokens),
                   ResistanceLexicon.negation.contains(in: text, within: sentence.tokens) {
                    return Finding(turn: turn, phrase: "not \(none.phrase)")
                }
            }
            return ContemptLexicon.dare.firstMatch(in: text).map { Finding(turn: turn, phrase: $0.phrase) }
        }
    }
}
