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
        let objectionTurns = Set(call.turns(of: .prospect).filter { raised(call, $0, decisionQuestionTurns) })
        for turn in call.turns(of: .prospect) where objectionTurns.contains(turn) {
            var categories: [(ObjectionCategory, String)] = []
            let answeringWhoDecides = call.previousTurn(of: .rep, before: turn).map(decisionQuestionTurns.contains) ?? false
            for match in ObjectionLexicon.phrases.matches(in: call.tokens[turn]) {
                guard let category = match.label, !categories.contains(where: { $0.0 == category }) else { continue }
                if category == .authority && answeringWhoDecides { continue }
                categories.append((category, match.phrase))
            }
            let responses = responseTurns(call, after: turn, limit: thresholds.responseRepTurns, stopAt: objectionTurns)
            let handling = handling(call, responses, questionTurns: questionTurns, concreteTurns: concreteTurns)
            let reaction = reaction(call, after: responses.first, objectionTurns: objectionTurns)
            for (category, phrase) in categories {
                var missteps = handling.missteps
                if handling.discounted && !handling.moves.contains(.question) { missteps.append(.discounted) }
                found.append(DetectedObjection(turn: turn, category: category, phrase: phrase, responseTurns: responses,
                                               moves: handling.moves, missteps: missteps, reaction: reaction))
            }
        }
        return found
    }

    private static func raised(_ call: CallText, _ turn: Int, _ decisionQuestionTurns: Set<Int>) -> Bool {
        let answeringWhoDecides = call.previousTurn(of: .rep, before: turn).map(decisionQuestionTurns.contains) ?? false
        return ObjectionLexicon.phrases.matches(in: call.tokens[turn]).contains { match in
            guard let category = match.label else { return false }
            return !(category == .authority && answeringWhoDecides)
        }
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

    private static func handling(_ call: CallText, _ responses: [Int], questionTurns: Set<Int>, concreteTurns: Set<Int>)
        -> (moves: [HandlingMove], missteps: [HandlingMisstep], discounted: Bool) {
        guard !responses.isEmpty else { return ([], [.ignored], false) }
        let discounted = HandlingLexicon.discount.first(in: call, turns: responses) != nil
        var moves: [HandlingMove] = []
        if HandlingLexicon.acknowledge.first(in: call, turns: responses) != nil { moves.append(.acknowledge) }
        if responses.contains(where: questionTurns.contains) { moves.append(.question) }
        if HandlingLexicon.reframe.first(in: call, turns: responses) != nil { moves.append(.reframe) }
        // Proof is a customer story or a result with a number in it; "thirty percent off" is a discount, not proof.
        let proof = HandlingLexicon.proof.first(in: call, turns: responses) != nil
            || responses.contains { quantifiedResult(call.tokens[$0]) }
        if proof && !discounted { moves.append(.proof) }

        var missteps: [HandlingMisstep] = []
        let advanced = moves.contains(.question) || moves.contains(.reframe) || moves.contains(.proof)
            || responses.contains(where: concreteTurns.contains)
        // Only the first answer can cave: a polite goodbye after a booked meeting is not giving up.
        if !advanced, HandlingLexicon.caveIn.first(in: call, turns: responses.prefix(1)) != nil { missteps.append(.caved) }
        // Arguing, pressure and rudeness all tell the prospect their concern is in the way.
        let pushedBack = HandlingLexicon.argue.first(in: call, turns: responses) != nil
            || ClosingLexicon.pressure.first(in: call, turns: responses) != nil
            || PolitenessLexicon.rudeness.first(in: call, turns: responses) != nil
            || PolitenessLexicon.combative.first(in: call, turns: responses) != nil
        if pushedBack { missteps.append(.argued) }
        if moves.isEmpty && missteps.isEmpty && !discounted { missteps.append(.ignored) }
        return (moves, missteps, discounted)
    }

    /// A sentence with both a number and a result: "their close dropped from six days to a day and a half".
    private static func quantifiedResult(_ text: TokenizedText) -> Bool {
        text.sentences.contains { sentence in
            NumberWords.quantified(text, within: sentence.tokens)
                && PitchLexicon.value.contains(in: text, within: sentence.tokens)
        }
    }

    /// The prospect's next turn after the first answer: agreement moves on, a new objection or refusal persists.
    private static func reaction(_ call: CallText, after response: Int?, objectionTurns: Set<Int>) -> ProspectReaction? {
        guard let response, let next = call.nextTurn(of: .prospect, after: response) else { return nil }
        let text = call.tokens[next]
        if objectionTurns.contains(next) { return .persisted }
        if let refusal = ResponseLexicon.refusal.firstMatch(in: text) {
            // A bare "no" next to agreement ("No, that makes sense") is not a refusal; "not interested" is.
            if refusal.tokens.count == 1, ResponseLexicon.movesOn.contains(in: text) { return .movedOn }
            return .persisted
        }
        if ResponseLexicon.movesOn.contains(in: text) { return .movedOn }
        return .engaged
    }
}
