/// Finds objections in prospect turns and reads how the rep answered each in the following rep turn(s).
enum ObjectionDetector {
    static func detect(_ call: CallText, questions: [Question], nextSteps: [NextStep],
                       thresholds: ObjectionThresholds) -> [DetectedObjection] {
        var found: [DetectedObjection] = []
        // Probing the concern means asking about their world; "would you be open to a demo?" is not probing.
        let questionTurns = Set(questions.filter(\.probes).map(\.turn))
        // "Dan signs off on that" in answer to "who else decides?" is information, not an authority objection.
        let decisionQuestionTurns = Set(questions.filter { question in
            DiscoveryLexicon.topics.matches(in: call.tokens[question.turn], within: question.tokens)
                .contains { $0.label == .decisionProcess }
        }.map(\.turn))
        let concreteTurns = Set(nextSteps.filter { $0.kind != .vague }.map(\.turn))
        // Each prospect turn's objections, in turn order: the categories it raises, once each, with the first phrase.
        var raised: [(turn: Int, categories: [(ObjectionCategory, String)])] = []
        for turn in call.turns(of: .prospect) {
            let previousRep = call.previousTurn(of: .rep, before: turn)
            let answeringWhoDecides = previousRep.map(decisionQuestionTurns.contains) ?? false
            // "I'm good, thanks" answers "how are you?"; it is not a brush-off. Read only for a curt reply.
            let afterPleasantry = {
                guard let previousRep else { return false }
                return OpenerLexicon.pleasantry.matches(in: call.tokens[previousRep]).contains { $0.label }
            }
            var categories: [(ObjectionCategory, String)] = []
            for match in objections(in: call.tokens[turn], afterPleasantry: afterPleasantry) {
                guard !categories.contains(where: { $0.0 == match.category }) else { continue }
                if match.category == .authority && answeringWhoDecides { continue }
                categories.append((match.category, match.phrase))
            }
            if !categories.isEmpty { raised.append((turn, categories)) }
        }
        // A prospect answering the rep's probing question about a concern is elaborating on it, not raising a new
        // one ("Is it the price?" "It's not the price, it's…"): the turn joins that objection's thread, and the
        // rep's answers to the elaboration count as answers to the objection.
        var threads: [(turn: Int, categories: [(ObjectionCategory, String)], elaborations: Int)] = []
        for (index, item) in raised.enumerated() {
            if var thread = threads.last, let asked = call.previousTurn(of: .rep, before: item.turn),
               questionTurns.contains(asked) {
                let stop = Set(raised[index...].map(\.turn))
                let answers = responseTurns(call, after: thread.turn, limit: thresholds.responseRepTurns + thread.elaborations,
                                            stopAt: stop)
                if answers.contains(asked) {
                    thread.elaborations += 1
                    threads[threads.count - 1] = thread
                    continue
                }
            }
            threads.append((item.turn, item.categories, 0))
        }
        let objectionTurns = Set(threads.map(\.turn))
        for (turn, categories, elaborations) in threads {
            let responses = responseTurns(call, after: turn, limit: thresholds.responseRepTurns + elaborations,
                                          stopAt: objectionTurns)
            let handling = handling(call, objection: turn, responses, questionTurns: questionTurns, concreteTurns: concreteTurns)
            let reaction = reaction(call, after: responses, objectionTurns: objectionTurns,
                                    probed: handling.moves.contains(.question))
            for (category, phrase) in categories {
                var missteps = handling.missteps
                if handling.discounted && !handling.moves.contains(.question) { missteps.append(.discounted) }
                found.append(DetectedObjection(turn: turn, category: category, phrase: phrase, responseTurns: responses,
                                               moves: handling.moves, missteps: missteps, reaction: reaction))
            }
        }
        return found
    }

    /// An objection phrase in a prospect's words, once the context rules have let it count.
    struct Match: Sendable {
        let category: ObjectionCategory
        let phrase: String
        let tokens: Range<Int>
    }

    /// The objections in a prospect's words, in text order:
    /// - a bare time ("next quarter", "this year") counts as timing only beside a deferral cue in its sentence;
    /// - a curt "I'm good" is a brush-off only as the whole reply, and not right after "how are you?";
    /// - a status-quo phrase about a slot ("Thursday at 2 works fine for us", "I'm all set for Thursday") accepts it.
    static func objections(in text: TokenizedText, afterPleasantry: () -> Bool = { false },
                           firstOnly: Bool = false) -> [Match] {
        var found: [Match] = []
        // Sentences a "this is not an objection" phrase speaks for: the shape reader below leaves them alone.
        var shadowed: Set<Int> = []
        for match in ObjectionLexicon.phrases.matches(in: text) {
            if firstOnly && !found.isEmpty { break }
            let sentence = text.sentences[text.sentence(of: match.tokens.lowerBound)].tokens
            switch match.label {
            case .raises(let category):
                if category == .statusQuo, aboutASlot(text, match, sentence) { continue }
                if dismissed(text, match, category, sentence) {
                    shadowed.insert(text.sentence(of: match.tokens.lowerBound))
                    continue
                }
                found.append(Match(category: category, phrase: match.phrase, tokens: match.tokens))
            case .deferral:
                let cued = ObjectionLexicon.deferralCues.matches(in: text, within: sentence).contains { cue in
                    switch cue.label {
                    case .anywhere: !cue.tokens.overlaps(match.tokens)
                    case .after: cue.tokens.lowerBound >= match.tokens.upperBound
                    }
                }
                if cued { found.append(Match(category: .timing, phrase: match.phrase, tokens: match.tokens)) }
            case .curt:
                let wholeReply = sentence.allSatisfy { position in
                    match.tokens.contains(position) || ObjectionLexicon.curtCompanions.contains(text.hashes[position])
                }
                if wholeReply && !afterPleasantry() {
                    found.append(Match(category: .brushOff, phrase: match.phrase, tokens: match.tokens))
                }
            case .notObjection:
                shadowed.insert(text.sentence(of: match.tokens.lowerBound))
            }
        }
        // Sentences no listed phrase objects in may still push back by their shape.
        if firstOnly && !found.isEmpty { return found }
        let covered = Set(found.map { text.sentence(of: $0.tokens.lowerBound) })
        for (index, sentence) in text.sentences.enumerated() where !covered.contains(index) && !shadowed.contains(index) {
            if let pushback = ResistanceReader.pushback(in: text, sentence: sentence) {
                found.append(Match(category: pushback.category, phrase: pushback.phrase, tokens: pushback.tokens))
                if firstOnly { break }
            }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// An objection phrase the prospect sets aside: negated just before it ("it's not the price", "we're not happy
    /// with them") or, for money and timing, called fine just after it ("the price is fine", "timing isn't an issue").
    private static func dismissed(_ text: TokenizedText, _ match: Lexicon<ObjectionSignal>.Match,
                                  _ category: ObjectionCategory, _ sentence: Range<Int>) -> Bool {
        let start = match.tokens.lowerBound
        var before = start - 1
        while before >= sentence.lowerBound, ResistanceLexicon.hedges.contains(text.hashes[before]) { before -= 1 }
        if before >= sentence.lowerBound, ResistanceLexicon.setAside.contains(text.hashes[before]) { return true }
        guard category == .pricing || category == .timing else { return false }
        let end = match.tokens.upperBound
        let after = end..<min(end + 3, sentence.upperBound)
        return !after.isEmpty && ResistanceLexicon.settled.contains(in: text, within: after)
    }

    /// A status-quo phrase about a meeting slot, not their current setup: "works…" straight after a time
    /// ("Thursday works fine for us", "2pm works for us"), or a day or clock time in the three words after it
    /// ("I'm all set for Thursday", "happy with Tuesday at 10"). "We're all set for next year" still objects.
    private static func aboutASlot(_ text: TokenizedText, _ match: Lexicon<ObjectionSignal>.Match,
                                   _ sentence: Range<Int>) -> Bool {
        let (start, end) = (match.tokens.lowerBound, match.tokens.upperBound)
        if start > sentence.lowerBound, match.phrase.hasPrefix("work") {
            if text.hasDigit(start - 1) { return true }
            let before = ClosingLexicon.time.matches(in: text, within: sentence.lowerBound..<start)
            if before.contains(where: { $0.label != nil && $0.tokens.upperBound == start }) { return true }
        }
        let after = end..<min(end + 3, sentence.upperBound)
        return !after.isEmpty && ClosingDetector.timing(text, within: after).map { $0 >= .day } == true
    }

    /// The rep turns that answer an objection: up to `limit`, stopping at the next objection.
    private static func responseTurns(_ call: CallText, after turn: Int, limit: Int, stopAt objections: Set<Int>) -> [Int] {
        var result: [Int] = []
        var index = turn + 1
        while index < call.turns.count && result.count < max(1, limit) {
            if call.turns[index].speaker == .rep {
                result.append(index)
            } else if objections.contains(index) {
                break
            }
            index += 1
        }
        return result
    }

    private static func handling(_ call: CallText, objection: Int, _ responses: [Int], questionTurns: Set<Int>,
                                 concreteTurns: Set<Int>)
        -> (moves: [HandlingMove], missteps: [HandlingMisstep], discounted: Bool) {
        guard let first = responses.first else { return ([], [.ignored], false) }
        let discounted = HandlingLexicon.discount.first(in: call, turns: responses) != nil
        var moves: [HandlingMove] = []
        if HandlingLexicon.acknowledge.first(in: call, turns: responses) != nil
            || acknowledges(call.tokens[first], objection: call.tokens[objection]) {
            moves.append(.acknowledge)
        }
        if responses.contains(where: questionTurns.contains) { moves.append(.question) }
        // Arguing, pressure and rudeness all tell the prospect their concern is in the way.
        let pushedBack = HandlingLexicon.argue.first(in: call, turns: responses) != nil
            || ClosingLexicon.pressure.first(in: call, turns: responses) != nil
            || PolitenessLexicon.rudeness.first(in: call, turns: responses) != nil
            || PolitenessLexicon.combative.first(in: call, turns: responses) != nil
        // Their words thrown back in an argument are not an answer built on them.
        if HandlingLexicon.reframe.first(in: call, turns: responses) != nil
            || (!pushedBack && answersTheirWords(call, objection, responses)) {
            moves.append(.reframe)
        }
        // Proof is a customer story or a result with a number in it; "thirty percent off" is a discount, not proof.
        let proof = HandlingLexicon.proof.first(in: call, turns: responses) != nil
            || responses.contains { quantifiedResult(call.tokens[$0]) }
        if proof && !discounted { moves.append(.proof) }

        var missteps: [HandlingMisstep] = []
        let advanced = moves.contains(.question) || moves.contains(.reframe) || moves.contains(.proof)
            || responses.contains(where: concreteTurns.contains)
        // Folding, in any answer before a step was booked: a polite goodbye after a booked meeting is not giving up.
        let beforeBooking = responses.prefix { !concreteTurns.contains($0) }
        if !advanced, HandlingLexicon.caveIn.first(in: call, turns: beforeBooking) != nil
            || beforeBooking.contains(where: { sendsMaterial(call.tokens[$0]) }) {
            missteps.append(.caved)
            // "No worries at all, sorry to have bothered you" acknowledges nothing: it lets go.
            moves.removeAll { $0 == .acknowledge }
        } else if beforeBooking.dropFirst().contains(where: { response in
            // A good first answer, then folding when they push again: "I'm still not going to look at it" answered
            // with "shall I send some info in the meantime?" gives the concern the last word.
            guard let push = call.previousTurn(of: .prospect, before: response), push > first else { return false }
            let pushedAgain = ResponseLexicon.refusal.contains(in: call.tokens[push])
                || !objections(in: call.tokens[push], firstOnly: true).isEmpty
            return pushedAgain && (HandlingLexicon.caveIn.first(in: call, turns: [response]) != nil
                || sendsMaterial(call.tokens[response]))
        }) {
            missteps.append(.caved)
        }
        if pushedBack {
            missteps.append(.argued)
            // An answer that argues explores nothing: "do you even know what you're losing?" is a jab, not a
            // question about the concern, and a number thrown at them is ammunition, not proof. Granting the
            // point first still counts for what it is.
            moves.removeAll { $0 != .acknowledge }
        }
        if moves.isEmpty && missteps.isEmpty && !discounted { missteps.append(.ignored) }
        return (moves, missteps, discounted)
    }

    /// An answer built on what the prospect said about the concern: after they have explained it (in answer to the
    /// rep's first reply), a later reply takes up at least `tiedWords` of their own words from the objection and the
    /// explanation ("So paper works until an auditor asks for one sheet, and then it costs you a re-induction").
    static func answersTheirWords(_ call: CallText, _ objection: Int, _ responses: [Int]) -> Bool {
        guard let first = responses.first else { return false }
        var theirs = Set(call.tokens[objection].hashes.filter(Self.meaningful))
        var previous = first
        for response in responses.dropFirst() {
            for turn in (previous + 1)..<response where call.turns[turn].speaker == .prospect {
                theirs.formUnion(call.tokens[turn].hashes.filter(Self.meaningful))
            }
            if Set(call.tokens[response].hashes.filter(theirs.contains)).count >= Self.tiedWords { return true }
            previous = response
        }
        return false
    }

    static let tiedWords = 3

    private static func meaningful(_ hash: WordHash) -> Bool {
        !DiscoveryLexicon.stopWords.contains(hash) && !HandlingLexicon.commonWords.contains(hash)
    }

    /// Answering push-back by offering to send something ("I'll post you a leaflet", "let me drop you a brochure"):
    /// the rep's own "I'll" or "let me", a sending verb, and the material within a few words.
    static func sendsMaterial(_ text: TokenizedText) -> Bool {
        for send in HandlingLexicon.sending.matches(in: text) {
            let before = max(0, send.tokens.lowerBound - 2)..<send.tokens.lowerBound
            guard HandlingLexicon.repOffers.contains(in: text, within: before) else { continue }
            let after = send.tokens.upperBound..<min(text.count, send.tokens.upperBound + 6)
            if HandlingLexicon.material.contains(in: text, within: after) { return true }
        }
        return false
    }

    /// An answer that shows the concern was heard by its shape: it opens by granting the point ("Yes, it is",
    /// "True, and…", "I am, yes"), or its first sentence gives the prospect's own words back ("Eleven years is a
    /// long relationship" to "we've been with them eleven years").
    private static func acknowledges(_ answer: TokenizedText, objection: TokenizedText) -> Bool {
        guard let opening = answer.sentences.first?.tokens, !opening.isEmpty else { return false }
        if HandlingLexicon.granting.match(in: answer, at: opening.lowerBound, limit: opening.upperBound) != nil { return true }
        let theirs = Set(objection.hashes.filter { !DiscoveryLexicon.stopWords.contains($0) && !HandlingLexicon.commonWords.contains($0) })
        return Set(answer.hashes[opening].filter(theirs.contains)).count >= 2
    }

    /// A sentence with both a number and a result: "their close dropped from six days to a day and a half".
    private static func quantifiedResult(_ text: TokenizedText) -> Bool {
        text.sentences.contains { sentence in
            NumberWords.quantified(text, within: sentence.tokens)
                && PitchLexicon.value.contains(in: text, within: sentence.tokens)
        }
    }

    /// How the prospect took the answer. Their next turn after the first answer decides when it agrees (moved on)
    /// or objects again (persisted). When the rep asked about the concern and the prospect answers (engaged), the
    /// concern is got past if, before raising anything new, the prospect goes on to agree with a later answer and
    /// never refuses: a question, their answer, an answer built on it, and "that makes sense" is an objection
    /// handled to the end. Without the question, only the very next turn counts.
    private static func reaction(_ call: CallText, after responses: [Int], objectionTurns: Set<Int>,
                                 probed: Bool) -> ProspectReaction? {
        guard let first = responses.first, let next = call.nextTurn(of: .prospect, after: first) else { return nil }
        let immediate = reaction(call, call.tokens[next], objectionTurns.contains(next))
        guard immediate == .engaged, probed else { return immediate }
        var turn = next
        for _ in 0..<Self.landingWindow {
            guard let later = call.nextTurn(of: .prospect, after: turn), !objectionTurns.contains(later) else { break }
            switch reaction(call, call.tokens[later], false) {
            case .movedOn?: return .movedOn
            case .persisted?: return .engaged
            default: turn = later
            }
        }
        return .engaged
    }

    /// Prospect turns after an engaged answer in which the objection may still be seen to land.
    static let landingWindow = 3

    private static func reaction(_ call: CallText, _ text: TokenizedText, _ objecting: Bool) -> ProspectReaction? {
        if objecting { return .persisted }
        if let refusal = ResponseLexicon.refusal.firstMatch(in: text) {
            // A bare "no" next to agreement ("No, that makes sense") is not a refusal; "not interested" is.
            if refusal.tokens.count == 1, ResponseLexicon.movesOn.contains(in: text) { return .movedOn }
            return .persisted
        }
        if ResponseLexicon.movesOn.contains(in: text) { return .movedOn }
        return .engaged
    }
}
