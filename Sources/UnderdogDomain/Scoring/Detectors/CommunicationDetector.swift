/// Courtesy, listening, combativeness and rudeness in the rep's words; the rest of communication is metrics.
struct CommunicationFindings: Sendable {
    let courtesy: Finding?
    /// An acknowledgement or a play-back of what the prospect said.
    let listening: Finding?
    let combative: [Finding]
    let rudeness: [Finding]
}

enum CommunicationDetector {
    static func detect(_ call: CallText) -> CommunicationFindings {
        let repTurns = call.turns(of: .rep)
        // Listening only counts after the prospect has said something worth acknowledging.
        let answering = repTurns.filter { call.previousTurn(of: .prospect, before: $0) != nil }
        return CommunicationFindings(
            courtesy: PolitenessLexicon.courtesy.first(in: call, turns: repTurns),
            listening: HandlingLexicon.acknowledge.first(in: call, turns: answering)
                ?? PitchLexicon.tailoring.first(in: call, turns: answering),
            combative: PolitenessLexicon.combative.all(in: call, turns: repTurns),
            rudeness: (PolitenessLexicon.rudeness.all(in: call, turns: repTurns) + ContemptReader.contempt(in: call, turns: repTurns))
                .sorted { $0.turn < $1.turn }
        )
    }
}
