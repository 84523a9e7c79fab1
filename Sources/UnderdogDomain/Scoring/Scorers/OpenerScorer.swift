enum OpenerCriterion: String, ScoringCriterion {
    static let dimension = ScoringDimension.opener
    case introduction
    case askedWho = "asked_who"
    case reasonForCalling = "reason_for_calling"
    case permissionAsk = "permission_ask"
    case personalisation
    case sharedContext = "shared_context"
    case apologetic
    case pressure
    case genericPleasantry = "generic_pleasantry"
    case pitchDump = "pitch_dump"
    case completeOpening = "complete_opening"
}

/// Scores the first seconds: did the rep earn the next minute?
enum OpenerScorer {
    static func score(_ input: ScoringInput) -> DimensionResult {
        var card = ScoreCard(.opener, rubric: input.rubric, scenario: input.scenario)
        let found = OpenerDetector.detect(input.call, questions: input.questions, thresholds: input.rubric.opener.thresholds)
        guard let first = found.openingTurns.first else {
            return card.unjudged(scenario: input.scenario, reason: "The rep never spoke, so there was no opening to judge.")
        }
        card.expect(
            OpenerCriterion.introduction, found.introduction, missedAt: first,
            met: { _ in "Said who they are and where from." },
            missed: "No name and company at the start.",
            fix: "Say your name and company in the first breath, so they know who is calling.")
        if let hit = found.askedWho {
            card.apply(
                OpenerCriterion.askedWho,
                turn: hit.turn,
                reason: "The prospect had to ask who was calling (\(quoted(hit.phrase)))."
            )
            card.improve("Never make them ask who you are: name and company come first.", for: OpenerCriterion.askedWho)
        }
        card.expect(
            OpenerCriterion.reasonForCalling, found.reason, missedAt: first,
            met: { "Gave a reason for the call (\(quoted($0.phrase)))." },
            strength: "You told them early why you were calling.",
            missed: "No clear reason for the call.",
            fix: "State the reason for your call in one sentence (\u{201C}The reason I'm calling is…\u{201D}) before anything else.")
        card.expect(
            OpenerCriterion.permissionAsk, found.permission, missedAt: first,
            met: { "Asked for time or permission (\(quoted($0.phrase)))." },
            strength: "Asking for their time made it easy for them to stay on the line.",
            missed: "Did not ask for their time.",
            fix: "Ask for a short slice of their time (\u{201C}Can I take 30 seconds to tell you why I called, then you decide?\u{201D}).")
        if let hit = found.personalisation {
            card.apply(
                OpenerCriterion.personalisation,
                turn: hit.turn,
                reason: "Made it about them (\(quoted(hit.phrase)))."
            )
            card.strength(
                "Mentioning something specific to them made the opening feel researched, not scripted.",
                for: OpenerCriterion.personalisation
            )
        } else if found.context == nil {
            card.note(
                OpenerCriterion.personalisation,
                turn: first,
                earned: false,
                reason: "Nothing specific to this prospect."
            )
            card.improve(
                "Open with one thing specific to them (a hire, a post, a result at a similar company) so it doesn't sound like a script.",
                for: OpenerCriterion.personalisation
            )
        }
        if let hit = found.context, found.personalisation == nil {
            card.apply(
                OpenerCriterion.sharedContext,
                turn: hit.turn,
                reason: "Picked up from last time (\(quoted(hit.phrase)))."
            )
            card.strength(
                "You picked up where the last conversation left off, so the call had a purpose from the start.",
                for: OpenerCriterion.sharedContext
            )
        }
        if let hit = found.pressure {
            card.apply(
                OpenerCriterion.pressure,
                turn: hit.turn,
                reason: "Opened with pressure (\(quoted(hit.phrase)))."
            )
            card.improve(
                "Don't open with your deadline (\(quoted(hit.phrase))); open with theirs.",
                for: OpenerCriterion.pressure
            )
        }
        if let hit = found.apology {
            card.apply(
                OpenerCriterion.apologetic,
                turn: hit.turn,
                reason: "Apologised for calling (\(quoted(hit.phrase)))."
            )
            card.improve(
                "Drop the apology (\(quoted(hit.phrase))); it tells them the call isn't worth their time.",
                for: OpenerCriterion.apologetic
            )
        }
        if let hit = found.pleasantry {
            card.apply(
                OpenerCriterion.genericPleasantry,
                turn: hit.turn,
                reason: "Scripted pleasantry (\(quoted(hit.phrase)))."
            )
            card.improve(
                "Skip \(quoted(hit.phrase)) with a stranger; go straight to who you are and why you called.",
                for: OpenerCriterion.genericPleasantry
            )
        }
        if let dump = found.pitchDump {
            card.apply(
                OpenerCriterion.pitchDump,
                turn: dump.turn,
                reason: "Opened with \(dump.words) words before asking anything."
            )
            card.improve(
                "Keep the first turn short and end it with a question, instead of \(dump.words) words of pitch.",
                for: OpenerCriterion.pitchDump
            )
        }
        // Everything the opening is for in the first breath, nothing that spoils it: the rubric's four parts in the
        // first turn, before the prospect has to ask. Picking up from last time counts as being about them when it
        // gives back what they said ("you said the leakage report got the partners' attention"), not when it is
        // only what the rep did ("the proposal I sent").
        let aboutThem = found.personalisation
            ?? found.context.flatMap { context in
                PitchLexicon.tailoring.contains(in: input.call.tokens[context.turn]) ? context : nil
            }
        if let intro = found.introduction, let reason = found.reason, let permission = found.permission, let about = aboutThem,
           [intro.turn, reason.turn, permission.turn, about.turn].allSatisfy({ $0 == first }),
           found.askedWho == nil, found.apology == nil, found.pleasantry == nil, found.pressure == nil, found.pitchDump == nil {
            card.apply(
                OpenerCriterion.completeOpening,
                turn: first,
                reason: "Said who, why and something about them, and asked for their time, with nothing to spoil it."
            )
            card.strength("A clean opening: who you are, why you called, something about them, and a question for their time.",
                          for: OpenerCriterion.completeOpening)
        }
        return card.result()
    }
}
