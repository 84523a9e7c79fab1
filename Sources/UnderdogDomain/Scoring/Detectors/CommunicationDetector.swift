/// Courtesy, listening, combativeness and rudeness in the rep's words; the rest of communication is metrics.
struct CommunicationFindings: Sendable {
    let courtesy: Finding?
    /// An acknowledgement or a play-back of what the prospect said: the first such answer.
    var listening: Finding? { listeningTurns.first }
    /// Every answer that took up what the prospect had just said, in turn order.
    let listeningTurns: [Finding]
    let combative: [Finding]
    let rudeness: [Finding]
}

enum CommunicationDetector {
    static func detect(_ call: CallText, objections: [DetectedObjection] = []) -> CommunicationFindings {
        let repTurns = call.turns(of: .rep)
        // Listening only counts after the prospect has said something worth acknowledging.
        let answering = repTurns.filter { call.previousTurn(of: .prospect, before: $0) != nil }
        let combative = PolitenessLexicon.combative.all(in: call, turns: repTurns) + pushedBack(call, objections)
        return CommunicationFindings(
            courtesy: PolitenessLexicon.courtesy.first(in: call, turns: repTurns),
            listeningTurns: listening(call, answering: answering),
            combative: combative.sorted { $0.turn < $1.turn },
            rudeness: (PolitenessLexicon.rudeness.all(in: call, turns: repTurns) + ContemptReader.contempt(in: call, turns: repTurns))
                .sorted { $0.turn < $1.turn }
        )
    }

    /// Listening is shown by engaging with what the prospect just said: an acknowledgement or play-back in a turn
    /// that takes up at least one of their own words ("Two hundred hires, mostly seasonal — that's a lot"), or a
    /// turn that gives back several of them. "Got it. Do you use video interviews?" acknowledges nothing it heard.
    static func listening(_ call: CallText, answering: [Int]) -> [Finding] {
        let first = call.turns(of: .rep).first
        var found: [Finding] = []
        for turn in answering where turn != first && !arguing(call.tokens[turn]) {
            guard let heard = call.previousTurn(of: .prospect, before: turn) else { continue }
            let reused = reusedWords(call.tokens[turn], from: call.tokens[heard])
            guard reused >= 1 else { continue }
            if let phrase = HandlingLexicon.acknowledge.firstMatch(in: call.tokens[turn])?.phrase
                ?? PitchLexicon.tailoring.firstMatch(in: call.tokens[turn])?.phrase {
                found.append(Finding(turn: turn, phrase: phrase))
            } else if reused >= playBackWords {
                found.append(Finding(turn: turn, phrase: "played back their words"))
            }
        }
        return found
    }

    /// A prospect turn with a refusal, a negative or a "but" in it holds back ("I think so, but I need to take it
    /// to the partners", "You didn't mention that").
    static func demurs(_ text: TokenizedText) -> Bool {
        ResponseLexicon.refusal.contains(in: text) || text.hashes.contains(where: reservations.contains)
    }

    private static let reservations = WordSet([
        "but", "not", "no", "nope", "can't", "cannot", "don't", "didn't", "won't", "isn't", "doesn't", "wouldn't",
        "couldn't", "haven't", "hasn't", "aren't", "rather",
    ])

    /// A turn that argues or talks down repeats the prospect's words to contradict them, not to show they heard.
    static func arguing(_ text: TokenizedText) -> Bool {
        PolitenessLexicon.combative.contains(in: text) || PolitenessLexicon.rudeness.contains(in: text)
            || HandlingLexicon.argue.contains(in: text) || PolitenessLexicon.pushing.contains(in: text)
    }

    /// Distinct words of the prospect's turn, other than everyday ones, that the rep's turn repeats.
    static func reusedWords(_ rep: TokenizedText, from prospect: TokenizedText) -> Int {
        var theirs = Set<WordHash>()
        for position in 0..<prospect.count where !prospect.isNoise(position) {
            let hash = prospect.hashes[position]
            if !DiscoveryLexicon.stopWords.contains(hash) && !HandlingLexicon.commonWords.contains(hash) { theirs.insert(hash) }
        }
        return Set(rep.hashes.filter(theirs.contains)).count
    }

    /// A turn that repeats this many of the prospect's own words plays back what they said.
    static let playBackWords = 2

    /// Pushing past a no: the prospect objects or refuses and the rep's next turn neither takes it up nor
    /// explores it but argues, presses a deadline or asks for the commitment again ("Doesn't matter, the grant
    /// closes Friday", "this pricing's only valid until five", "Could you not just ring one of them now?").
    /// Each such answer is a combative turn. Asking again counts only after a plain refusal, and not when the ask
    /// takes up their words ("so let's get Dan on a call") or a time they offered: that answers the no.
    static func pushedBack(_ call: CallText, _ objections: [DetectedObjection]) -> [Finding] {
        let answered = Set(objections.map(\.turn))
        var found: [Finding] = []
        for no in call.turns(of: .prospect) where answered.contains(no) || demurs(call.tokens[no]) {
            guard let turn = call.nextTurn(of: .rep, after: no), turn == no + 1, found.last?.turn != turn else { continue }
            let text = call.tokens[turn]
            if HandlingLexicon.acknowledge.contains(in: text) { continue }
            if let push = HandlingLexicon.argue.firstMatch(in: text) ?? PolitenessLexicon.pushing.firstMatch(in: text)
                ?? ClosingLexicon.pressure.firstMatch(in: text) {
                found.append(Finding(turn: turn, phrase: push.phrase))
            } else if ResponseLexicon.refusal.contains(in: call.tokens[no]), ClosingDetector.timing(call.tokens[no]) == nil,
                      let ask = ClosingLexicon.ask.firstMatch(in: text), reusedWords(text, from: call.tokens[no]) == 0 {
                found.append(Finding(turn: turn, phrase: ask.phrase))
            }
        }
        return found
    }
}
