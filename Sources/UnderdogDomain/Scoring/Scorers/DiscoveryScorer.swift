enum DiscoveryCriterion: String, ScoringCriterion {
    static let dimension = ScoringDimension.discovery
    case enoughQuestions = "enough_questions"
    case someQuestions = "some_questions"
    case noQuestions = "no_questions"
    case openQuestions = "open_questions"
    case pain
    case impact
    case decisionProcess = "decision_process"
    case followUp = "follow_up"
    case letThemTalk = "let_them_talk"
}

/// Scores the rep's questions: enough of them for the call's length, open, covering pain, impact and decision.
enum DiscoveryScorer {
    static func score(_ input: ScoringInput) -> DimensionResult {
        var card = ScoreCard(.discovery, rubric: input.rubric, scenario: input.scenario)
        let thresholds = input.rubric.discovery.thresholds
        let found = DiscoveryDetector.detect(input.call, questions: input.questions)
        let anchor = input.firstRepTurn
        guard !input.call.turns(of: .rep).isEmpty else {
            return card.unjudged(scenario: input.scenario, reason: "The rep never spoke, so there was no discovery to judge.")
        }
        if skipsGatekeeperDiscovery(input) {
            return card.unjudged(scenario: input.scenario, reason: "A gatekeeper call needs no discovery, and none was attempted, so discovery is not scored on this call.")
        }

        // The published band is for a full discovery conversation; a shorter call expects proportionally fewer.
        // Open questions count fully, factual ones ("When is go-live?") partly, yes/no ones barely: a string of
        // "Do you…?" questions teaches the rep little.
        let pace = input.rubric.communication.thresholds.wordsPerMinute.midpoint
        let share = min(1, input.call.minutes(estimatingAt: pace) / thresholds.referenceCallMinutes)
        let expectedMin = max(thresholds.minQuestions, Int((thresholds.questionsPerCall.min * share).rounded()))
        let expectedMax = max(expectedMin, Int((thresholds.questionsPerCall.max * share).rounded()))
        let open = found.questions.filter { $0.form == .open }
        let factual = found.questions.filter { $0.form == .closed && !$0.yesNo }
        let yesNo = found.questions.filter { $0.form == .closed && $0.yesNo }
        let effective = Double(open.count) + thresholds.factualQuestionWeight * Double(factual.count)
            + thresholds.yesNoQuestionWeight * Double(yesNo.count)
        let count = found.questions.count
        let firstQuestion = found.questions.first?.turn ?? anchor
        let described = "\(count) question\(count == 1 ? "" : "s") (\(open.count) open)"

        if count == 0 {
            card.apply(
                DiscoveryCriterion.noQuestions,
                turn: anchor,
                reason: "Asked no questions about their situation."
            )
            card.improve(
                "Ask about their world before pitching: \u{201C}How do you handle X today?\u{201D}, \u{201C}What's the hardest part?\u{201D}",
                for: DiscoveryCriterion.noQuestions
            )
        } else if effective >= thresholds.enoughShare * Double(expectedMin) {
            card.apply(
                DiscoveryCriterion.enoughQuestions,
                turn: firstQuestion,
                reason: "Asked \(described); about \(expectedMin)–\(expectedMax) suit a call this length."
            )
            card.strength(
                "You asked enough good questions to understand their situation.",
                for: DiscoveryCriterion.enoughQuestions
            )
        } else if effective >= thresholds.someShare * Double(expectedMin) {
            card.apply(
                DiscoveryCriterion.someQuestions,
                turn: firstQuestion,
                reason: "Asked \(described); about \(expectedMin)–\(expectedMax) suit a call this length."
            )
            card.improve(
                "Ask more open questions before you pitch: about \(expectedMin)–\(expectedMax) in a call this length.",
                for: DiscoveryCriterion.enoughQuestions
            )
        } else {
            card.note(
                DiscoveryCriterion.someQuestions,
                turn: firstQuestion,
                earned: false,
                reason: "Asked \(described); about \(expectedMin)–\(expectedMax) suit a call this length."
            )
            card.improve(
                "Ask more open questions before you pitch: about \(expectedMin)–\(expectedMax) in a call this length.",
                for: DiscoveryCriterion.enoughQuestions
            )
        }
        if count >= 2 {
            let closedShare = Double(count - open.count) / Double(count)
            if let first = open.first, closedShare <= thresholds.maxClosedShare {
                card.apply(
                    DiscoveryCriterion.openQuestions,
                    turn: first.turn,
                    reason: "\(open.count) of \(count) questions were open."
                )
            } else {
                card.note(
                    DiscoveryCriterion.openQuestions,
                    turn: firstQuestion,
                    earned: false,
                    reason: "Mostly closed questions (\(count - open.count) of \(count))."
                )
                card.improve(
                    "Turn yes/no questions into open ones: \u{201C}What…\u{201D}, \u{201C}How…\u{201D}, \u{201C}Walk me through…\u{201D}",
                    for: DiscoveryCriterion.openQuestions
                )
            }
        }
        // Covering the topics matters, but no more than asking enough: their points stop at the rubric's cap.
        var topicPoints = 0
        let topics: [(Finding?, DiscoveryCriterion, String, String, String)] = [
            (found.pain, .pain, "pain", "Ask what's hard or not working for them today.", "You found out what's actually hurting."),
            (found.impact, .impact, "impact", "Ask what the problem costs them (time, deals, money) so they feel the size of it.",
             "You made them put a size on the problem."),
            (found.decisionProcess, .decisionProcess, "decision process",
             "Ask who else is involved in a decision like this and how they usually buy.", "You learned how the decision gets made."),
        ]
        for (finding, criterion, label, ask, praise) in topics {
            if let finding {
                let points = input.rubric.points(.discovery, criterion.rawValue)
                if topicPoints + points <= thresholds.maxTopicPoints {
                    card.apply(
                        criterion,
                        turn: finding.turn,
                        reason: "Asked about \(label) (\(quoted(finding.phrase)))."
                    )
                    topicPoints += points
                } else {
                    card.note(
                        criterion,
                        turn: finding.turn,
                        earned: true,
                        reason: "Asked about \(label) (\(quoted(finding.phrase))); topic points already at the cap."
                    )
                }
                card.strength(praise, for: criterion)
            } else {
                card.note(criterion, turn: firstQuestion, earned: false, reason: "No question about \(label).")
                card.improve(ask, for: criterion)
            }
        }
        if let followUp = found.followUps.first {
            card.apply(
                DiscoveryCriterion.followUp,
                turn: followUp.turn,
                reason: "Dug into their answer (\(quoted(followUp.phrase)))."
            )
            card.strength(
                "You followed up on their answers instead of moving to the next item on a list.",
                for: DiscoveryCriterion.followUp
            )
        } else if count > 0 {
            card.note(
                DiscoveryCriterion.followUp,
                turn: firstQuestion,
                earned: false,
                reason: "No follow-up on an answer."
            )
            card.improve(
                "When they answer, dig one level deeper (\u{201C}Tell me more about that\u{201D}, \u{201C}What happened then?\u{201D}).",
                for: DiscoveryCriterion.followUp
            )
        }
        if let story = input.metrics.longestCustomerStory, story.words >= thresholds.minCustomerStoryWords {
            card.apply(
                DiscoveryCriterion.letThemTalk,
                turn: story.firstTurn,
                reason: "The prospect spoke for \(story.words) words in a row."
            )
        }
        return card.result()
    }
}
