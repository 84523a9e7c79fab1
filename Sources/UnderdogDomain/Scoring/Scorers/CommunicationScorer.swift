enum CommunicationCriterion: String, ScoringCriterion {
    static let dimension = ScoringDimension.communication
    case balancedTalk = "balanced_talk"
    case talkedTooMuch = "talked_too_much"
    case longMonologue = "long_monologue"
    case paceInBand = "pace_in_band"
    case paceOff = "pace_off"
    case fewFillers = "few_fillers"
    case manyFillers = "many_fillers"
    case heavyFillers = "heavy_fillers"
    case fillerBurst = "filler_burst"
    case courteous
    case listening
    case combative
    case rude
    case interrupts
    case attentiveConversation = "attentive_conversation"
}

/// Scores how the rep spoke: share of talk, monologues, pace, fillers, courtesy, interruptions.
enum CommunicationScorer {
    /// A rep stretch of at least this many words, and `dwarfingRatio` times the prospect's longest turn, is a
    /// monologue however long the call. Tuned on the tuning calls: good calls stay under 3.5 times.
    static let dwarfingMinWords = 60
    static let dwarfingRatio = 4
    /// Answers that take up what the prospect just said, at least this many and reaching into the second half of
    /// the rep's turns, show listening kept up through the call rather than a single "that makes sense". Tuned on
    /// the tuning calls: at three, calls people rated 7 qualified as often as those they rated 9.
    static let attentiveAnswers = 5

    static func score(_ input: ScoringInput, objections: [DetectedObjection] = []) -> DimensionResult {
        var card = ScoreCard(.communication, rubric: input.rubric, scenario: input.scenario)
        let thresholds = input.rubric.communication.thresholds
        let metrics = input.metrics
        let first = input.firstRepTurn
        guard metrics.repWords >= thresholds.minRepWords else {
            return card.unjudged(scenario: input.scenario, reason: "The rep said too little (\(metrics.repWords) words) to judge how they communicate.")
        }
        var talkBalanced = false
        var interrupted = false
        let share = metrics.talkRatio.preferred
        let percent = Int((share * 100).rounded())
        let measure = metrics.talkRatio.byTime == nil ? "of the words" : "of the time"
        if share > thresholds.talkRatioMax {
            card.apply(
                CommunicationCriterion.talkedTooMuch,
                turn: metrics.longestRepMonologue?.firstTurn ?? first,
                reason: "Talked \(percent)% \(measure)."
            )
            card.improve(
                "You talked \(percent)% \(measure); aim for under \(Int(thresholds.talkRatioMax * 100))% by asking a question and letting them finish.",
                for: CommunicationCriterion.talkedTooMuch
            )
        } else if thresholds.talkRatioIdeal.contains(share) {
            talkBalanced = true
            card.apply(
                CommunicationCriterion.balancedTalk,
                turn: first,
                reason: "Talked \(percent)% \(measure), in the best-converting range."
            )
            card.strength(
                "You kept the talk balanced (\(percent)% \(measure)) and let the prospect speak.",
                for: CommunicationCriterion.balancedTalk
            )
        } else {
            card.note(
                CommunicationCriterion.balancedTalk,
                turn: first,
                earned: false,
                reason: "Talked \(percent)% \(measure), outside the \(Int(thresholds.talkRatioIdeal.min * 100))–\(Int(thresholds.talkRatioIdeal.max * 100))% range."
            )
        }
        var monologueCosted = false
        if let monologue = metrics.longestRepMonologue {
            let totalWords = metrics.repWords + metrics.prospectWords
            let wordShare = totalWords > 0 ? Double(monologue.words) / Double(totalWords) : 0
            let theirLongest = input.call.turns(of: .prospect).map(input.call.words(in:)).max() ?? 0
            if let seconds = monologue.seconds {
                // In a short call even a one-minute stretch can be most of the conversation.
                let share = (metrics.durationSeconds ?? 0) > 0 ? seconds / (metrics.durationSeconds ?? 1) : 0
                if seconds > thresholds.monologueMaxSeconds || share > thresholds.monologueMaxShare
                    || wordShare > thresholds.monologueMaxShare {
                    monologueCosted = true
                    card.apply(
                        CommunicationCriterion.longMonologue,
                        turn: monologue.firstTurn,
                        reason: seconds > thresholds.monologueMaxSeconds || share > thresholds.monologueMaxShare
                            ? "Spoke for \(Int(seconds)) seconds without a break (\(Int((share * 100).rounded()))% of the call)."
                            : "Spoke \(monologue.words) words without a break (\(Int((wordShare * 100).rounded()))% of the words in the call)."
                    )
                    card.improve(
                        "Break up long stretches (\(Int(seconds)) seconds in one go): make one point, then ask a question.",
                        for: CommunicationCriterion.longMonologue
                    )
                }
            } else if monologue.words > thresholds.monologueMaxWords {
                monologueCosted = true
                card.apply(
                    CommunicationCriterion.longMonologue,
                    turn: monologue.firstTurn,
                    reason: "Spoke \(monologue.words) words without a break."
                )
                card.improve(
                    "Break up long stretches (\(monologue.words) words in one go): make your point, then ask a question.",
                    for: CommunicationCriterion.longMonologue
                )
            } else if monologue.seconds == nil, wordShare > thresholds.monologueMaxShare {
                monologueCosted = true
                card.apply(
                    CommunicationCriterion.longMonologue,
                    turn: monologue.firstTurn,
                    reason: "Spoke \(monologue.words) words without a break (\(Int((wordShare * 100).rounded()))% of the call)."
                )
                card.improve(
                    "Break up long stretches (\(monologue.words) words in one go): make your point, then ask a question.",
                    for: CommunicationCriterion.longMonologue
                )
            }
            // A stretch that dwarfs anything the prospect said is a speech, not a conversation, even when the call
            // is long enough for it to be a small share: the feature dump the prospect has to sit through.
            if !monologueCosted, monologue.words >= Self.dwarfingMinWords,
               monologue.words >= Self.dwarfingRatio * max(1, theirLongest) {
                monologueCosted = true
                card.apply(
                    CommunicationCriterion.longMonologue,
                    turn: monologue.firstTurn,
                    reason: "Spoke \(monologue.words) words in one go; the prospect's longest turn was \(theirLongest)."
                )
                card.improve(
                    "Your longest stretch (\(monologue.words) words) was \(monologue.words / max(1, theirLongest)) times anything they said: make one point, then ask a question.",
                    for: CommunicationCriterion.longMonologue
                )
            }
        }
        if let pace = metrics.wordsPerMinute {
            let wpm = Int(pace.rounded())
            if thresholds.wordsPerMinute.contains(pace) {
                card.apply(CommunicationCriterion.paceInBand, turn: first, reason: "Spoke at \(wpm) words a minute.")
            } else {
                card.apply(CommunicationCriterion.paceOff, turn: first, reason: "Spoke at \(wpm) words a minute.")
                let advice = pace > thresholds.wordsPerMinute.max ? "Slow down" : "Pick up the pace a little"
                card.improve(
                    "\(advice): \(wpm) words a minute; \(Int(thresholds.wordsPerMinute.min))–\(Int(thresholds.wordsPerMinute.max)) is easy to follow.",
                    for: CommunicationCriterion.paceOff
                )
            }
        }
        let fillers = metrics.fillerWords
        let tenths = Int((fillers.rate * 1000).rounded())
        let fillerPercent = "\(tenths / 10).\(tenths % 10)"
        if fillers.rate > thresholds.fillerRateMax {
            let which = fillers.words.prefix(3).map { quoted($0.word) }.joined(separator: ", ")
            card.apply(
                CommunicationCriterion.manyFillers,
                turn: fillers.turns.first ?? first,
                reason: "Fillers were \(fillerPercent)% of the words (\(which))."
            )
            card.improve(
                "Cut the fillers (\(which)): a short pause sounds more confident than \(quoted(fillers.words.first?.word ?? "um")).",
                for: CommunicationCriterion.manyFillers
            )
            if fillers.rate > thresholds.fillerRateHeavy {
                card.apply(
                    CommunicationCriterion.heavyFillers,
                    turn: fillers.turns.first ?? first,
                    reason: "Fillers were more than \(Int(thresholds.fillerRateHeavy * 100))% of the words."
                )
            }
        } else {
            card.apply(
                CommunicationCriterion.fewFillers,
                turn: fillers.turns.first ?? first,
                reason: "Fillers were \(fillerPercent)% of the words."
            )
            // Fillers bunched in one turn (often a nervous opening) are heard even when the call's rate is low.
            if let burst = FillerBursts.worst(input.call, minimum: thresholds.fillerBurstMin, rate: thresholds.fillerRateHeavy) {
                card.apply(
                    CommunicationCriterion.fillerBurst,
                    turn: burst.turn,
                    reason: "\(burst.count) fillers in one turn of \(burst.words) words."
                )
                card.improve(
                    "Plan your first sentence so it comes out clean; \(burst.count) fillers in one turn is what they remember.",
                    for: CommunicationCriterion.fillerBurst
                )
            }
        }
        let found = CommunicationDetector.detect(input.call, objections: objections)
        if let courtesy = found.courtesy {
            card.apply(
                CommunicationCriterion.courteous,
                turn: courtesy.turn,
                reason: "Courteous (\(quoted(courtesy.phrase)))."
            )
        }
        if let listening = found.listening {
            card.apply(
                CommunicationCriterion.listening,
                turn: listening.turn,
                reason: "Showed they were listening (\(quoted(listening.phrase)))."
            )
            card.strength(
                "You showed you were listening by acknowledging and playing back what they said.",
                for: CommunicationCriterion.listening
            )
        } else {
            card.note(
                CommunicationCriterion.listening,
                turn: first,
                earned: false,
                reason: "Never acknowledged or played back what the prospect said."
            )
            card.improve(
                "Show you heard them: acknowledge (\u{201C}That makes sense\u{201D}) or play it back (\u{201C}So it sounds like…\u{201D}) before moving on.",
                for: CommunicationCriterion.listening
            )
        }
        // A rude turn is already costed as rude; combativeness counts the other turns.
        let rudeTurns = Set(found.rudeness.map(\.turn))
        let combativeTurns = found.combative.map(\.turn).filter { !rudeTurns.contains($0) }.uniqued()
        let fight = found.combative.first { !rudeTurns.contains($0.turn) }
        if let fight, combativeTurns.count >= thresholds.combativeTurnsMin {
            card.apply(
                CommunicationCriterion.combative,
                turn: fight.turn,
                reason: "Argued or talked down in \(combativeTurns.count) turns (\(quoted(fight.phrase)))."
            )
            card.improve(
                "Stop arguing (\(quoted(fight.phrase))): agree with the feeling, then ask a question about it.",
                for: CommunicationCriterion.combative
            )
        }
        if let rude = found.rudeness.first {
            card.apply(
                CommunicationCriterion.rude,
                turn: rude.turn,
                reason: "Dismissive or rude (\(quoted(rude.phrase)))."
            )
            card.improve(
                "Never be dismissive (\(quoted(rude.phrase))); stay curious even when the prospect is difficult.",
                for: CommunicationCriterion.rude
            )
        }
        if let interruptions = metrics.interruptions, interruptions.byRep > thresholds.repInterruptionsMax,
           let turn = interruptions.turns.first(where: { input.call.turns[$0].speaker == .rep }) {
            interrupted = true
            card.apply(
                CommunicationCriterion.interrupts,
                turn: turn,
                reason: "Interrupted the prospect \(interruptions.byRep) times."
            )
            card.improve(
                "Let them finish: you cut in \(interruptions.byRep) times.",
                for: CommunicationCriterion.interrupts
            )
        }
        // A conversation, not a presentation: the rep kept taking up what they heard through the call, kept the
        // talk balanced, never held the floor too long, cut nobody off and never fought.
        let repTurns = input.call.turns(of: .rep)
        let laterHalf = repTurns.isEmpty ? 0 : repTurns[repTurns.count / 2]
        let attentive = found.listeningTurns
        if attentive.count >= Self.attentiveAnswers, let last = attentive.last, last.turn >= laterHalf,
           talkBalanced, !monologueCosted, !interrupted, combativeTurns.isEmpty, found.rudeness.isEmpty {
            card.apply(
                CommunicationCriterion.attentiveConversation,
                turn: last.turn,
                reason: "Took up what the prospect said in \(attentive.count) answers (turns \(attentive.prefix(4).map { String($0.turn) }.joined(separator: ", "))\(attentive.count > 4 ? ", …" : "")) with balanced talk and no monologue."
            )
            card.strength(
                "It was a conversation: you kept building on their answers all the way through and let them talk.",
                for: CommunicationCriterion.attentiveConversation
            )
        }
        return card.result()
    }
}
