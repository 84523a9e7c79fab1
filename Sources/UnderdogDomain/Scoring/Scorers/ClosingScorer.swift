enum ClosingCriterion: String, ScoringCriterion {
    static let dimension = ScoringDimension.closing
    case askedForNextStep = "asked_for_next_step"
    case exactTime = "exact_time"
    case dayOnly = "day_only"
    case prospectAgreed = "prospect_agreed"
    case confirmed
    case recap
    case tentative
    case pressure
    case reluctantYes = "reluctant_yes"
    case vagueFollowUp = "vague_follow_up"
    case noAsk = "no_ask"
}

/// Scores the end of the call: a next step pinned to a day and time, agreed by the prospect, locked in.
enum ClosingScorer {
    static func score(_ input: ScoringInput, closing found: ClosingFindings) -> DimensionResult {
        var card = ScoreCard(.closing, rubric: input.rubric, scenario: input.scenario)
        guard !input.call.turns(of: .rep).isEmpty else {
            return card.unjudged(scenario: input.scenario, reason: "The rep never spoke, so there was no close to judge.")
        }
        if let step = found.decisive {
            let what = step.kind == .transfer ? "a way through to the decision maker" : "a next step"
            card.apply(
                ClosingCriterion.askedForNextStep,
                turn: step.turn,
                reason: "Asked for \(what) (\(quoted(step.phrase)))."
            )
            switch step.timing {
            case .exact?:
                card.apply(ClosingCriterion.exactTime, turn: step.turn, reason: "Pinned it to a day and time.")
                card.strength("You pinned the next step to a specific day and time.", for: ClosingCriterion.exactTime)
            case .day?:
                card.apply(ClosingCriterion.dayOnly, turn: step.turn, reason: "Named a day but no time.")
                card.improve(
                    "Name the time as well as the day (\u{201C}Tuesday at 10?\u{201D}) so it goes straight into the calendar.",
                    for: ClosingCriterion.exactTime
                )
            case .loose?, nil:
                card.note(ClosingCriterion.exactTime, turn: step.turn, earned: false, reason: "No day or time agreed.")
                card.improve(
                    "Propose a day and time yourself (\u{201C}Does Tuesday at 10 work?\u{201D}) instead of leaving it open.",
                    for: ClosingCriterion.exactTime
                )
            }
            let answer = input.call.nextTurn(of: .prospect, after: step.turn) ?? input.call.previousTurn(of: .prospect, before: step.turn)
            if step.accepted == true, let answer {
                card.apply(ClosingCriterion.prospectAgreed, turn: answer, reason: "The prospect agreed.")
                if let reluctance = ResponseLexicon.reluctance.firstMatch(in: input.call.tokens[answer]) {
                    card.apply(ClosingCriterion.reluctantYes, turn: answer,
                               reason: "The yes was given to end the call (\(quoted(reluctance.phrase))).")
                    card.improve("A yes given to make you go away will not hold: earn the meeting with what it does for them, then ask.",
                                 for: ClosingCriterion.reluctantYes)
                } else {
                    card.strength("The prospect said yes to it.", for: ClosingCriterion.prospectAgreed)
                }
            } else if step.accepted == false {
                card.note(
                    ClosingCriterion.prospectAgreed,
                    turn: step.turn,
                    earned: false,
                    reason: "The prospect did not agree."
                )
                card.improve(
                    "When they turn the next step down, ask what would make a short follow-up worth their time, then offer a smaller step.",
                    for: ClosingCriterion.prospectAgreed
                )
            }
            if let confirmation = found.confirmation {
                card.apply(
                    ClosingCriterion.confirmed,
                    turn: confirmation.turn,
                    reason: "Locked it in (\(quoted(confirmation.phrase)))."
                )
            } else if step.accepted == true {
                card.note(
                    ClosingCriterion.confirmed,
                    turn: step.turn,
                    earned: false,
                    reason: "No invite, hold or confirmation."
                )
                card.improve(
                    "Lock it in before hanging up: \u{201C}I'll send the invite for Tuesday at 10 now.\u{201D}",
                    for: ClosingCriterion.confirmed
                )
            }
            if step.tentative {
                card.apply(ClosingCriterion.tentative, turn: step.turn, reason: "Hedged the ask.")
                card.improve(
                    "Ask with confidence: drop \u{201C}maybe\u{201D} and \u{201C}sometime\u{201D} from the close.",
                    for: ClosingCriterion.tentative
                )
            }
        } else if let vague = found.nextSteps.last(where: { $0.kind == .vague }) {
            card.apply(
                ClosingCriterion.vagueFollowUp,
                turn: vague.turn,
                reason: "Left the next step vague (\(quoted(vague.phrase)))."
            )
            card.improve(
                "Replace \(quoted(vague.phrase)) with a concrete ask: a 15-minute call on a named day and time.",
                for: ClosingCriterion.noAsk
            )
        } else {
            card.apply(
                ClosingCriterion.noAsk,
                turn: input.lastRepTurn,
                reason: "The call ended without asking for any next step."
            )
            card.improve(
                "Always ask for a next step before the call ends: \u{201C}Would you be open to 15 minutes on Thursday at 2?\u{201D}",
                for: ClosingCriterion.noAsk
            )
        }
        if let push = found.pressure.first {
            card.apply(
                ClosingCriterion.pressure,
                turn: push.turn,
                reason: "Pressured the prospect (\(quoted(push.phrase)))."
            )
            card.improve(
                "Drop the pressure (\(quoted(push.phrase))); tie the timing to their deadline, not yours.",
                for: ClosingCriterion.pressure
            )
        }
        if let recap = found.recap {
            card.apply(
                ClosingCriterion.recap,
                turn: recap.turn,
                reason: "Summed up what was agreed (\(quoted(recap.phrase)))."
            )
        }
        return card.result()
    }
}
