/// Pushback recognised by its structure, for the many ways prospects resist that no phrase list holds:
/// - a question comparing the offer with what they have ("How is that different from what we do now?");
/// - the rep told they have not yet shown the value ("You still haven't said what this saves my desk");
/// - a refusal to be told or sold to ("Don't tell me what I need");
/// - having it covered already ("We've already got someone for that");
/// - money beyond what they have ("It's more than we'd budgeted");
/// - not now ("I can't really sign anything now");
/// - open doubt ("I doubt it", "sounds too good to be true").
/// Each is read within one sentence of a prospect's turn.
enum ResistanceReader {
    struct Pushback: Sendable {
        let category: ObjectionCategory
        let phrase: String
        let tokens: Range<Int>
    }

    static func pushback(in text: TokenizedText, sentence: TokenizedText.Sentence) -> Pushback? {
        let range = sentence.tokens
        if sentence.endsWithQuestionMark || !text.hasSentencePunctuation,
           let comparison = ResistanceLexicon.comparison.firstMatch(in: text, within: range),
           ResistanceLexicon.currentState.contains(in: text, within: range) {
            return Pushback(category: .statusQuo, phrase: comparison.phrase, tokens: comparison.tokens)
        }
        if let notYet = ResistanceLexicon.notYet.firstMatch(in: text, within: range),
           range.lowerBound < notYet.tokens.lowerBound,
           text.hashes[range.lowerBound..<notYet.tokens.lowerBound].contains(Self.you),
           let told = ResistanceLexicon.telling.firstMatch(in: text, within: notYet.tokens.upperBound..<min(range.upperBound, notYet.tokens.upperBound + 3)) {
            return Pushback(category: .statusQuo, phrase: "\(notYet.phrase) … \(told.phrase)", tokens: notYet.tokens.lowerBound..<told.tokens.upperBound)
        }
        if let opener = ResistanceLexicon.refuseOpener.match(in: text, at: range.lowerBound, limit: range.upperBound),
           let act = ResistanceLexicon.refusedAct.firstMatch(in: text, within: opener.tokens.upperBound..<min(range.upperBound, opener.tokens.upperBound + 2)) {
            return Pushback(category: .brushOff, phrase: "\(opener.phrase) \(act.phrase)", tokens: opener.tokens.lowerBound..<act.tokens.upperBound)
        }
        // Turning the call itself away: "we don't take unsolicited calls", "I can't put calls through without…".
        if let no = ResistanceLexicon.callBarrier.firstMatch(in: text, within: range),
           let act = ResistanceLexicon.callPassing.firstMatch(in: text, within: no.tokens.upperBound..<min(range.upperBound, no.tokens.upperBound + 3)),
           ResistanceLexicon.calls.contains(in: text, within: act.tokens.upperBound..<min(range.upperBound, act.tokens.upperBound + 4)) {
            return Pushback(category: .brushOff, phrase: "\(no.phrase) \(act.phrase) … calls", tokens: no.tokens.lowerBound..<act.tokens.upperBound)
        }
        if let already = ResistanceLexicon.already.firstMatch(in: text, within: range),
           let what = ResistanceLexicon.covered.firstMatch(in: text, within: already.tokens.upperBound..<min(range.upperBound, already.tokens.upperBound + 4)) {
            return Pushback(category: .statusQuo, phrase: "already \(what.phrase)", tokens: already.tokens.lowerBound..<what.tokens.upperBound)
        }
        if let money = ResistanceLexicon.money.firstMatch(in: text, within: range),
           ResistanceLexicon.tooMuch.contains(in: text, within: range) {
            return Pushback(category: .pricing, phrase: money.phrase, tokens: money.tokens)
        }
        if ResistanceLexicon.commitment.contains(in: text, within: range),
           let no = ResistanceLexicon.negation.firstMatch(in: text, within: range),
           let when = ResistanceLexicon.notNow.firstMatch(in: text, within: no.tokens.upperBound..<min(range.upperBound, no.tokens.upperBound + 5)) {
            return Pushback(category: .timing, phrase: "\(no.phrase) … \(when.phrase)", tokens: no.tokens.lowerBound..<when.tokens.upperBound)
        }
        // A price set against what they pay today: "that's nearly double what we pay the bureau".
        if let scale = ResistanceLexicon.magnitude.firstMatch(in: text, within: range),
           ResistanceLexicon.currentSpend.contains(in: text, within: range) {
            return Pushback(category: .pricing, phrase: scale.phrase, tokens: scale.tokens)
        }
        // Loyalty to the incumbent: "we've been with them eleven years", "we've used the same firm for ages".
        if let tenure = ResistanceLexicon.tenure.firstMatch(in: text, within: range),
           ResistanceLexicon.duration.contains(in: text, within: tenure.tokens.upperBound..<range.upperBound),
           text.hashes[range].contains(where: Self.we.contains) {
            return Pushback(category: .statusQuo, phrase: tenure.phrase, tokens: tenure.tokens)
        }
        // Screening the caller: "are you selling something?", "is this a sales thing?"
        if sentence.endsWithQuestionMark, let sales = ResistanceLexicon.screening.firstMatch(in: text, within: range) {
            return Pushback(category: .brushOff, phrase: sales.phrase, tokens: sales.tokens)
        }
        // The person asked for is hard to reach: "he's never at his desk", "she's tied up in meetings all week".
        if text.hashes[range].contains(where: Self.thirdPerson.contains),
           let away = ResistanceLexicon.absent.firstMatch(in: text, within: range),
           ResistanceLexicon.reachable.contains(in: text, within: away.tokens.upperBound..<min(range.upperBound, away.tokens.upperBound + 4)) {
            return Pushback(category: .brushOff, phrase: away.phrase, tokens: away.tokens)
        }
        if let doubt = ResistanceLexicon.doubt.firstMatch(in: text, within: range) {
            return Pushback(category: .statusQuo, phrase: doubt.phrase, tokens: doubt.tokens)
        }
        return resistance(in: text, sentence: sentence)
    }

    /// Resistance by its function, whatever the words around it; the category follows what the sentence is about
    /// (money → pricing, a person who decides → authority, the calendar → timing, otherwise the status quo):
    /// - doubt that it is worth it ("I'm not sure we'd get our money's worth");
    /// - a prediction that someone will not take to it ("our planner would never use another tool", "I can't see
    ///   the board going for it");
    /// - habit ("our people are used to the old way");
    /// - a similar attempt before ("we looked at something similar last year");
    /// - a bad time ("the timing is terrible", "ten other things on fire");
    /// - a challenge ("Why would I pay for…?", "What makes you think we need…?");
    /// - too much for them ("a big ask for a team our size") or a hedged verdict ("sounds a bit…").
    static func resistance(in text: TokenizedText, sentence: TokenizedText.Sentence) -> Pushback? {
        let range = sentence.tokens
        func within(_ match: Lexicon<String>.Match, _ words: Int) -> Range<Int> {
            match.tokens.upperBound..<min(range.upperBound, match.tokens.upperBound + words)
        }
        func found(_ match: Lexicon<String>.Match, _ fallback: ObjectionCategory) -> Pushback {
            Pushback(category: topic(of: text, range, fallback: fallback), phrase: match.phrase, tokens: match.tokens)
        }
        if let unsure = ResistanceLexicon.unsure.firstMatch(in: text, within: range),
           ResistanceLexicon.unsureAbout.contains(in: text, within: within(unsure, 3)) {
            return found(unsure, .statusQuo)
        }
        if let refusal = ResistanceLexicon.predictedRefusal.firstMatch(in: text, within: range),
           ResistanceLexicon.adoption.contains(in: text, within: within(refusal, 5)) {
            return found(refusal, .statusQuo)
        }
        if let habit = ResistanceLexicon.habit.firstMatch(in: text, within: range) {
            return found(habit, .statusQuo)
        }
        if let tried = ResistanceLexicon.triedBefore.firstMatch(in: text, within: range),
           ResistanceLexicon.before.contains(in: text, within: tried.tokens.upperBound..<range.upperBound),
           text.hashes[range.lowerBound..<tried.tokens.lowerBound].contains(where: Self.firstPerson.contains) {
            return found(tried, .statusQuo)
        }
        if let busy = ResistanceLexicon.badTime.firstMatch(in: text, within: range) {
            return Pushback(category: .timing, phrase: busy.phrase, tokens: busy.tokens)
        }
        if let midst = ResistanceLexicon.midst.firstMatch(in: text, within: range) {
            let before = max(range.lowerBound, midst.tokens.lowerBound - 3)..<midst.tokens.lowerBound
            let subject = text.hashes[before]
            if subject.count == 3, subject.allSatisfy(ResistanceLexicon.busySubject.contains),
               subject.contains(where: Self.firstPerson.contains) {
                return Pushback(category: .timing, phrase: midst.phrase, tokens: midst.tokens)
            }
        }
        if let moment = ResistanceLexicon.moment.firstMatch(in: text, within: range) {
            let near = max(range.lowerBound, moment.tokens.lowerBound - 3)..<min(range.upperBound, moment.tokens.upperBound + 3)
            if ResistanceLexicon.bad.contains(in: text, within: near) {
                return Pushback(category: .timing, phrase: moment.phrase, tokens: moment.tokens)
            }
        }
        if sentence.endsWithQuestionMark || !text.hasSentencePunctuation,
           let challenge = ResistanceLexicon.challenge.match(in: text, at: range.lowerBound, limit: range.upperBound) {
            return found(challenge, .statusQuo)
        }
        if let size = ResistanceLexicon.tooBig.firstMatch(in: text, within: range) {
            return found(size, .statusQuo)
        }
        if let verdict = ResistanceLexicon.verdict.firstMatch(in: text, within: range),
           ResistanceLexicon.hedge.match(in: text, at: verdict.tokens.upperBound, limit: range.upperBound) != nil {
            return found(verdict, .statusQuo)
        }
        return resistanceByFunction(in: text, range, found: found, within: within)
    }

    /// More resistance by what it does rather than how it is worded:
    /// - no point to it ("I don't really see the point", "no real value for us");
    /// - bound elsewhere ("we just signed a three-year deal");
    /// - not theirs to decide ("it's not something I can decide");
    /// - no one to take it on ("we haven't got the headcount to roll it out", "nobody has time to learn another");
    /// - hard to get past someone ("a hard sell to my boss");
    /// - a vendor that let them down before ("the last company promised the same and it was rubbish").
    private static func resistanceByFunction(
        in text: TokenizedText, _ range: Range<Int>,
        found: (Lexicon<String>.Match, ObjectionCategory) -> Pushback,
        within: (Lexicon<String>.Match, Int) -> Range<Int>
    ) -> Pushback? {
        let speaker = text.hashes[range].contains(where: Self.speaking.contains)
        for no in ResistanceLexicon.denial.matches(in: text, within: range) {
            if ResistanceLexicon.worth.contains(in: text, within: within(no, 4)) { return found(no, .statusQuo) }
            if speaker, ResistanceLexicon.deciding.contains(in: text, within: within(no, 6)) {
                return Pushback(category: .authority, phrase: no.phrase, tokens: no.tokens)
            }
            if let lack = ResistanceLexicon.resource.firstMatch(in: text, within: within(no, 4)),
               ResistanceLexicon.takingOn.contains(in: text, within: within(lack, 5)) {
                return Pushback(category: .timing, phrase: "\(no.phrase) … \(lack.phrase)", tokens: no.tokens.lowerBound..<lack.tokens.upperBound)
            }
        }
        if speaker, let bound = ResistanceLexicon.bound.firstMatch(in: text, within: range),
           ResistanceLexicon.boundBy.contains(in: text, within: within(bound, 6)) {
            return Pushback(category: .statusQuo, phrase: bound.phrase, tokens: bound.tokens)
        }
        if let hard = ResistanceLexicon.hard.firstMatch(in: text, within: range),
           ResistanceLexicon.selling.contains(in: text, within: within(hard, 2)) {
            return found(hard, .statusQuo)
        }
        if let soured = ResistanceLexicon.soured.firstMatch(in: text, within: range),
           ResistanceLexicon.vendor.contains(in: text, within: range) {
            return found(soured, .statusQuo)
        }
        return nil
    }

    /// What a resisting sentence is about: money, a person who decides, the calendar, or (the fallback) their setup.
    private static func topic(of text: TokenizedText, _ range: Range<Int>, fallback: ObjectionCategory) -> ObjectionCategory {
        if ResistanceLexicon.money.contains(in: text, within: range) || ResistanceLexicon.paying.contains(in: text, within: range) {
            return .pricing
        }
        if ResistanceLexicon.decider.contains(in: text, within: range) { return .authority }
        return fallback
    }

    private static let firstPerson = WordSet(["i", "we", "i've", "we've", "we'd", "i'd", "our"])
    private static let speaking = WordSet(["i", "we", "i've", "we've", "we'd", "i'd", "our", "we're", "i'm", "me", "us", "my"])

    private static let you = WordHash("you")
    private static let we = WordSet(["we", "we've", "we're", "we'd", "us", "our"])
    private static let thirdPerson = WordSet(["he", "she", "he's", "she's", "they're", "he'll", "she'll", "they"])
}
