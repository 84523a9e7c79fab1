/// The parts of an opening recognised by their shape, for the openings no phrase list holds:
/// - a reason: a first person stating a purpose ("I'm ringing about…", "I'd like to ask…"), or the call's aim
///   with what it is for ("the aim today was to see whether…");
/// - permission: an opening question about their time or asking their help ("Is this a fair moment?");
/// - shared context: a reference to the last conversation ("Last Thursday you said…");
/// - personalisation: something seen or read about them ("I read Catherine's interview…").
/// Each is read within one sentence of the opening turns.
enum OpeningReader {
    static func reason(_ call: CallText, turns: [Int]) -> Finding? {
        firstSentence(call, turns) { text, range in
            for person in OpeningShapeLexicon.firstPerson.matches(in: text, within: range) {
                let after = person.tokens.upperBound..<min(range.upperBound, person.tokens.upperBound + 3)
                if let purpose = OpeningShapeLexicon.purpose.firstMatch(in: text, within: after) {
                    return "\(person.phrase) … \(purpose.phrase)"
                }
            }
            // The call's aim, stated: "the aim today was to see whether…", "this is the call we booked to go through…".
            if let aim = OpeningShapeLexicon.aim.firstMatch(in: text, within: range),
               let clause = OpeningShapeLexicon.purposeClause.firstMatch(
                   in: text, within: aim.tokens.upperBound..<min(range.upperBound, aim.tokens.upperBound + 5)) {
                return "\(aim.phrase) … \(clause.phrase)"
            }
            return nil
        }
    }

    static func permission(_ call: CallText, turns: [Int], questions: [Question]) -> Finding? {
        for question in questions where turns.contains(question.turn) {
            let text = call.tokens[question.turn]
            if let ask = OpeningShapeLexicon.timeOrHelp.firstMatch(in: text, within: question.tokens) {
                return Finding(turn: question.turn, phrase: ask.phrase)
            }
        }
        return nil
    }

    static func sharedContext(_ call: CallText, turns: [Int]) -> Finding? {
        firstSentence(call, turns) { text, range in
            guard let earlier = OpeningShapeLexicon.earlier.firstMatch(in: text, within: range),
                  OpeningShapeLexicon.between.contains(in: text, within: range) else { return nil }
            return earlier.phrase
        }
    }

    static func personalisation(_ call: CallText, turns: [Int]) -> Finding? {
        firstSentence(call, turns) { text, range in
            guard let seen = OpeningShapeLexicon.noticed.firstMatch(in: text, within: range) else { return nil }
            let rest = seen.tokens.upperBound..<range.upperBound
            let aboutThem = OpeningShapeLexicon.theirs.contains(in: text, within: rest) || rest.contains(where: text.isName)
            return aboutThem ? seen.phrase : nil
        }
    }

    private static func firstSentence(_ call: CallText, _ turns: [Int], _ read: (TokenizedText, Range<Int>) -> String?) -> Finding? {
        for turn in turns {
            let text = call.tokens[turn]
            for sentence in text.sentences {
                if let phrase = read(text, sentence.tokens) { return Finding(turn: turn, phrase: phrase) }
            }
        }
        return nil
    }
}
