/// The rep's discovery: which topics their questions covered, whether they dug deeper, whether the prospect talked.
struct DiscoveryFindings: Sendable {
    /// Questions about the prospect's world or qualification; small talk and scheduling are left out.
    let questions: [Question]
    let pain: Finding?
    let impact: Finding?
    let decisionProcess: Finding?
    let currentState: Finding?
    let followUps: [Finding]
}

enum DiscoveryDetector {
    static func detect(_ call: CallText, questions: [Question]) -> DiscoveryFindings {
        let asked = questions.filter { $0.kind != .other }
        var firstByTopic: [DiscoveryLexicon.Topic: Finding] = [:]
        var followUps: [Finding] = []
        for question in asked {
            let text = call.tokens[question.turn]
            let topics = DiscoveryLexicon.topics.matches(in: text, within: question.tokens)
            for match in topics where firstByTopic[match.label] == nil {
                firstByTopic[match.label] = Finding(turn: question.turn, phrase: match.phrase)
            }
            if followUps.last?.turn != question.turn, let followUp = followUp(call, question) {
                followUps.append(followUp)
            }
        }
        return DiscoveryFindings(
            questions: asked,
            pain: firstByTopic[.pain],
            impact: firstByTopic[.impact],
            decisionProcess: firstByTopic[.decisionProcess],
            currentState: firstByTopic[.currentState],
            followUps: followUps
        )
    }

    /// A question that digs into the prospect's last answer: a follow-up phrase, or two of their topic words.
    private static func followUp(_ call: CallText, _ question: Question) -> Finding? {
        guard let previous = call.previousTurn(of: .prospect, before: question.turn),
              call.nextTurn(of: .rep, after: previous) == question.turn else { return nil }
        let text = call.tokens[question.turn]
        if let match = DiscoveryLexicon.followUp.firstMatch(in: text, within: question.tokens) {
            return Finding(turn: question.turn, phrase: match.phrase)
        }
        let theirs = Set(call.tokens[previous].hashes.filter { !DiscoveryLexicon.stopWords.contains($0) })
        let reused = Set(text.hashes[question.tokens].filter { theirs.contains($0) })
        return reused.count >= 2 ? Finding(turn: question.turn, phrase: "their own words") : nil
    }
}
