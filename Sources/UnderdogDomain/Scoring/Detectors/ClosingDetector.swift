/// Finds the next steps the rep asked for and how specific they were.
struct ClosingFindings: Sendable {
    let nextSteps: [NextStep]
    /// The step the call landed on: the last real ask the prospect clearly answered, or else the last real ask.
    /// A neutral reply ("No, that's everything") to a later recap does not undo an earlier yes.
    let decisive: NextStep?
    /// A calendar invite, hold or agenda sent at or after the decisive step.
    let confirmation: Finding?
    let recap: Finding?
    let pressure: [Finding]
}

/// How the prospect answered an ask.
enum Answer: Sendable {
    case yes
    case no
    case unclear
}

enum ClosingDetector {
    /// Reads each rep turn for an ask (an ask phrase, an invite, or a non-discovery question), a time (in the
    /// turn, or just offered by the prospect) and a meeting word within the last few turns.
    static func detect(_ call: CallText, questions: [Question], thresholds: ClosingThresholds,
                       scenario: ScenarioType = .coldCall) -> ClosingFindings {
        var steps: [NextStep] = []
        // Questions about their world ("how do you schedule today?") are discovery, never a closing ask.
        // The rep's first turn is the opener: "have you got a few minutes?" there is permission, not a close.
        let firstRepTurn = call.turns(of: .rep).first
        // A bare question in the rep's first two turns ("I wanted to go deeper today. Is that all right?") asks
        // leave for this conversation; only an ask in so many words proposes a next step that early.
        let opening = Set(call.turns(of: .rep).prefix(2))
        let askingQuestionTurns = Set(questions.filter { $0.kind == .other && !opening.contains($0.turn) }.map(\.turn))
        // Questions come in turn order, so one cursor walks them alongside the rep turns.
        var nextQuestion = 0
        for turn in call.turns(of: .rep) {
            let text = call.tokens[turn]
            let contextStart = max(0, turn - thresholds.meetingContextTurns)
            var ask = ClosingLexicon.ask.firstMatch(in: text)
            // In the opener an ask phrase in a statement is the agenda ("I wanted to talk about next steps"), not
            // a proposal: there it asks only as a question ("Could you put me through to…?") or with a time.
            if turn == firstRepTurn, let opening = ask, timing(text) == nil,
               !text.sentences[text.sentence(of: opening.tokens.lowerBound)].endsWithQuestionMark {
                ask = nil
            }
            let invite = ClosingLexicon.invite.firstMatch(in: text)
            // "Would Thursday at 2pm work?" offers a slot even when the question reads as being about them.
            while nextQuestion < questions.count && questions[nextQuestion].turn < turn { nextQuestion += 1 }
            var slot: String?
            var proposal: String?
            var routing: String?
            var onward: String?
            while nextQuestion < questions.count && questions[nextQuestion].turn == turn {
                let question = questions[nextQuestion].tokens
                slot = slot ?? slotQuestion(text, question)
                if turn != firstRepTurn {
                    proposal = proposal ?? proposalQuestion(text, question)
                    onward = onward ?? onwardQuestion(text, question)
                }
                if scenario == .gatekeeper, RoutingLexicon.asksTheWayIn(text, question) { routing = routing ?? "asked the way in" }
                nextQuestion += 1
            }
            slot = slot ?? proposal
            let asking = ask != nil || invite != nil || slot != nil || onward != nil || askingQuestionTurns.contains(turn)
            // A slot question names its own event: the time or the meeting word is in it. Only an ask needs the
            // look back for a meeting word, so it is skipped otherwise.
            let meetingNearby = asking && (slot != nil
                || (contextStart...turn).contains { ClosingLexicon.meeting.contains(in: call.tokens[$0]) })
            let previousProspect = call.previousTurn(of: .prospect, before: turn).flatMap { $0 >= contextStart ? $0 : nil }
            let answerTurn = call.nextTurn(of: .prospect, after: turn)
            // A short yes only answers something the rep proposed, not a question about the buyer's world.
            let proposed = ask != nil || invite != nil || slot != nil || onward != nil
            let answer = answerTurn.map { self.answer(call, $0, proposed: proposed) }
            let accepted: Bool? = answer.flatMap { $0 == .yes ? true : $0 == .no ? false : nil }
            let phrase = ask?.phrase ?? invite?.phrase ?? slot ?? onward ?? "a question"
            let tentative = ClosingLexicon.tentative.contains(in: text)
            let ownTime = timing(text)
            let offeredTime = previousProspect.flatMap { timing(call.tokens[$0]) }
            let answeredTime = accepted == true ? answerTurn.flatMap { timing(call.tokens[$0]) } : nil

            if asking && meetingNearby && ownTime != nil {
                let precision = [ownTime, offeredTime, answeredTime].compactMap { $0 }.max()
                steps.append(NextStep(turn: turn, kind: .concrete, phrase: phrase, timing: precision, accepted: accepted,
                                      confirmed: invite != nil, tentative: tentative))
            } else if asking && meetingNearby, let offeredTime {
                // The prospect offered the time and the rep took it: accepted by definition.
                steps.append(NextStep(turn: turn, kind: .concrete, phrase: phrase, timing: offeredTime, accepted: true,
                                      confirmed: invite != nil, tentative: tentative))
            } else if let offeredTime, offeredTime >= .day, let ownTime, ownTime >= .day,
                      (contextStart...turn).contains(where: { ClosingLexicon.meeting.contains(in: call.tokens[$0]) }),
                      !ClosingLexicon.vague.contains(in: text),
                      ResponseLexicon.agreement.contains(in: text), !ResponseLexicon.refusal.contains(in: text),
                      let offer = previousProspect, !ObjectionDetector.objections(in: call.tokens[offer]).contains(where: { $0.category == .timing }) {
                // "Tuesday at nine fifteen would be great": the rep takes the time the prospect just offered.
                steps.append(NextStep(turn: turn, kind: .concrete, phrase: "took the time offered", timing: max(offeredTime, ownTime),
                                      accepted: true, confirmed: invite != nil, tentative: tentative))
            } else if let transfer = ClosingLexicon.gatekeeperAsk.firstMatch(in: text)?.phrase ?? routing {
                steps.append(NextStep(turn: turn, kind: .transfer, phrase: transfer, timing: answeredTime,
                                      accepted: accepted, confirmed: false, tentative: tentative))
            } else if asking, onward != nil || ClosingLexicon.meeting.contains(in: text) {
                steps.append(NextStep(turn: turn, kind: .meeting, phrase: phrase, timing: answeredTime, accepted: accepted,
                                      confirmed: invite != nil, tentative: tentative))
            } else if let vague = ClosingLexicon.vague.firstMatch(in: text) {
                steps.append(NextStep(turn: turn, kind: .vague, phrase: vague.phrase, timing: nil, accepted: nil,
                                      confirmed: false, tentative: tentative))
            }
        }
        let real = steps.filter { $0.kind != .vague }
        let repTurns = call.turns(of: .rep)
        let settled = real.map { putThrough($0, call: call, scenario: scenario) }.map { pinned($0, call: call, repTurns: repTurns) }
        // The best step the prospect took (the most precise time, the first on a tie); else the last they
        // answered; else the last asked. A later ask turned down does not undo an earlier yes.
        let decisive = settled.filter { $0.accepted == true }.max { ($0.timing ?? .loose, -$0.turn) < ($1.timing ?? .loose, -$1.turn) }
            ?? settled.last { $0.accepted != nil } ?? settled.last
        // A turn that asks for a step itself ("I'll call Sunil on Wednesday at nine. Does that sound alright?")
        // proposes it; reading a step back confirms one already agreed.
        let askTurns = Set(real.map(\.turn))
        let confirmation = decisive.flatMap { step -> Finding? in
            if step.confirmed { return Finding(turn: step.turn, phrase: step.phrase) }
            let after = repTurns.filter { $0 >= step.turn }
            return ClosingLexicon.invite.first(in: call, turns: after) ?? lockIn(call, turns: after)
                ?? readBack(call, after: step.turn, questions: questions) ?? restated(call, step, turns: after.filter { !askTurns.contains($0) })
        }
        let recapFrom = decisive.map { max(0, $0.turn - 2) } ?? (call.turns.count * 2 / 3)
        let recap = ClosingLexicon.recap.first(in: call, turns: repTurns.filter { $0 >= recapFrom })
        let pressure = (ClosingLexicon.pressure.all(in: call, turns: repTurns) + deadlines(call, turns: repTurns))
            .sorted { $0.turn < $1.turn }
        return ClosingFindings(nextSteps: steps, decisive: decisive, confirmation: confirmation, recap: recap,
                               pressure: pressure)
    }

    /// The most precise time in a text: a clock time ("10:30", "3pm", "3 pm") or time of day is exact, a day or
    /// date ("Thursday", "the 14th") is a day, a period ("next week") is loose.
    static func timing(_ text: TokenizedText, within range: Range<Int>? = nil) -> NextStep.Timing? {
        let range = range ?? 0..<text.count
        var best = ClosingLexicon.time.matches(in: text, within: range).compactMap(\.label).max()
        for position in range where text.hasDigit(position) {
            if text.isClockTime(position) { return .exact }
            if let next = text.hash(at: position + 1), next == Self.am || next == Self.pm { return .exact }
            if text.isOrdinal(position) { best = max(best ?? .day, .day) }
        }
        return best
    }

    /// A question that offers a slot: a starter ("would", "how does"), then a time or a meeting word, then what the
    /// slot should do ("work", "look", "suit"): "Would Thursday at 2pm work?", "How does Tuesday morning look?",
    /// "Would a demo work?". "Does your team work on Mondays?" is not one: nothing names a slot before "work".
    /// Returns the ask for the evidence: "would … work".
    static func slotQuestion(_ text: TokenizedText, _ range: Range<Int>) -> String? {
        // Find the verb first (one lookup a word); only a question with one is read for its starter.
        for position in range where position > range.lowerBound {
            guard let fit = ClosingLexicon.slotFit.match(in: text, at: position, limit: range.upperBound) else {
                continue
            }
            // The nearest starter before the verb decides: "would it be worth it if Thursday is good?" asks with "is".
            var start: Lexicon<String>.Match?
            var cursor = range.lowerBound
            while cursor < position {
                if let found = ClosingLexicon.slotAsk.match(in: text, at: cursor, limit: position) {
                    start = found
                    cursor = found.tokens.upperBound
                } else {
                    cursor += 1
                }
            }
            guard let start, start.tokens.upperBound < position else { continue }
            let between = start.tokens.upperBound..<position
            if timing(text, within: between) != nil || ClosingLexicon.meeting.contains(in: text, within: between) {
                return "\(start.phrase) … \(fit.phrase)"
            }
        }
        return nil
    }

    /// A gatekeeper who puts the rep through ("putting you through now") grants the step then and there: it
    /// is taken, timed to the minute and needs no invite.
    static func putThrough(_ step: NextStep, call: CallText, scenario: ScenarioType) -> NextStep {
        guard scenario == .gatekeeper, step.kind == .transfer,
              call.turns(of: .prospect).contains(where: { $0 > step.turn && grantsTheWay(call.tokens[$0]) })
        else { return step }
        return NextStep(turn: step.turn, kind: .transfer, phrase: step.phrase, timing: .exact, accepted: true, confirmed: true,
                        tentative: step.tentative)
    }

    /// "Putting you through now", but not "I can't transfer you" or "I'll put you through to his voicemail".
    static func grantsTheWay(_ text: TokenizedText) -> Bool {
        ClosingLexicon.putThrough.matches(in: text).contains { match in
            let sentence = text.sentences[text.sentence(of: match.tokens.lowerBound)].tokens
            return !ClosingLexicon.notGranted.contains(in: text, within: sentence)
        }
    }

    /// The rep reading the step back as a question ("So that's Priya, Thursday after two. Have I got that
    /// right?") and the prospect saying yes: locked in as surely as an invite.
    static func readBack(_ call: CallText, after turn: Int, questions: [Question]) -> Finding? {
        for question in questions where question.turn > turn {
            let text = call.tokens[question.turn]
            guard ClosingLexicon.recap.contains(in: text, within: question.tokens),
                  let reply = call.nextTurn(of: .prospect, after: question.turn), answer(call, reply) == .yes
            else { continue }
            return Finding(turn: question.turn, phrase: "read it back")
        }
        return nil
    }

    /// An agreed step whose time the rep pins down in the next two turns ("Great, Tuesday at two then") takes
    /// that time.
    static func pinned(_ step: NextStep, call: CallText, repTurns: [Int]) -> NextStep {
        guard step.accepted == true, step.timing != .exact else { return step }
        let following = repTurns.filter { $0 > step.turn }.prefix(2)
        // A good wish in parting ("have a good service tonight") names their evening, not the step's time.
        let times = following.flatMap { turn -> [NextStep.Timing] in
            let text = call.tokens[turn]
            return text.sentences.filter { !ClosingLexicon.wish.contains(in: text, within: $0.tokens) }
                .compactMap { timing(text, within: $0.tokens) }
        }
        guard let better = times.max(), better > (step.timing ?? .loose) || step.timing == nil else {
            return step
        }
        return NextStep(turn: step.turn, kind: step.kind, phrase: step.phrase, timing: better, accepted: step.accepted,
                        confirmed: step.confirmed, tentative: step.tentative)
    }

    /// The rep saying they will send the invite, hold or agenda, in any words: "I'll email you both an invite".
    static func lockIn(_ call: CallText, turns: [Int]) -> Finding? {
        for turn in turns {
            let text = call.tokens[turn]
            for action in ClosingLexicon.selfAction.matches(in: text) {
                let sentence = text.sentences[text.sentence(of: action.tokens.lowerBound)].tokens
                if let thing = ClosingLexicon.lockIn.firstMatch(in: text, within: action.tokens.upperBound..<sentence.upperBound) {
                    return Finding(turn: turn, phrase: "\(action.phrase) … \(thing.phrase)")
                }
            }
        }
        return nil
    }

    /// A question that proposes a next step, however it is worded: it looks forward (a modal, "worth", "how
    /// about"), names an event ("a call", "a visit", "twenty minutes"), and nothing in it looks back. Returns
    /// the ask for the evidence: "would … call".
    static func proposalQuestion(_ text: TokenizedText, _ range: Range<Int>) -> String? {
        guard let forward = ClosingLexicon.forward.firstMatch(in: text, within: range),
              !ClosingLexicon.backward.contains(in: text, within: range),
              forward.tokens.upperBound < range.upperBound
        else { return nil }
        let rest = forward.tokens.upperBound..<range.upperBound
        if let event = ClosingLexicon.meeting.firstMatch(in: text, within: rest) { return "\(forward.phrase) … \(event.phrase)" }
        // A day or a clock time names the event well enough: "would it be worth half an hour on Thursday at ten?"
        if let when = timing(text, within: rest), when >= .day { return "\(forward.phrase) … \(when == .exact ? "a time" : "a day")" }
        return nil
    }

    /// The rep confirming an agreed step in a later turn by its time and who is coming ("So: Wednesday at ten,
    /// thirty minutes, you and Tomasz"): a day and time read back, with the people.
    static func restated(_ call: CallText, _ step: NextStep, turns: [Int]) -> Finding? {
        guard step.accepted == true, step.timing == .exact else { return nil }
        for turn in turns where turn > step.turn {
            let text = call.tokens[turn]
            guard timing(text) == .exact else { continue }
            if ClosingLexicon.attendees.contains(in: text) || namesSomeone(text) {
                return Finding(turn: turn, phrase: "confirmed the time and who is coming")
            }
        }
        return nil
    }

    /// A name inside a sentence that is not a day or a month: "you and Tomasz", "Bobby will join".
    private static func namesSomeone(_ text: TokenizedText) -> Bool {
        (0..<text.count).contains { position in
            text.isName(position) && ClosingLexicon.time.match(in: text, at: position, limit: text.count) == nil
        }
    }

    /// A deadline the rep presses, read by its shape: something that closes, expires or goes up, with a day or
    /// time in the same sentence ("the grant we can get you closes this Friday"). A sentence about the prospect's
    /// own deadline ("your contract expires in March") is theirs, not pressure.
    static func deadlines(_ call: CallText, turns: [Int]) -> [Finding] {
        var found: [Finding] = []
        for turn in turns {
            let text = call.tokens[turn]
            for match in ClosingLexicon.deadline.matches(in: text) {
                let sentence = text.sentences[text.sentence(of: match.tokens.lowerBound)].tokens
                guard timing(text, within: sentence) != nil,
                      !text.hashes[sentence].contains(where: { $0 == Self.your || $0 == Self.yours }) else { continue }
                found.append(Finding(turn: turn, phrase: match.phrase))
                break
            }
        }
        return found
    }

    private static let your = WordHash("your")
    private static let yours = WordHash("yours")

    /// "What would you like to do next?", "Where shall we go from here?": a forward-looking question about the
    /// next move, with nothing in it looking back. The prospect's answer names the step.
    static func onwardQuestion(_ text: TokenizedText, _ range: Range<Int>) -> String? {
        guard let onward = ClosingLexicon.onward.firstMatch(in: text, within: range),
              ClosingLexicon.forward.contains(in: text, within: range) || ClosingLexicon.slotAsk.contains(in: text, within: range),
              !ClosingLexicon.backward.contains(in: text, within: range)
        else { return nil }
        return "asked what \(onward.phrase)"
    }

    /// A short reply with no negative in it ("Go for it.", "Happy with that.", "Pencil it in.") is a yes to what
    /// was just proposed, whatever its words; one made only of hesitation ("Hmm.", "Er…") or asking back is not.
    static func shortYes(_ text: TokenizedText) -> Bool {
        guard text.count > 0, text.count <= shortReplyWords, !text.sentences.contains(where: \.endsWithQuestionMark)
        else { return false }
        var substantive = false
        for position in 0..<text.count {
            let hash = text.hashes[position]
            if negatives.contains(hash) { return false }
            if !hesitation.contains(hash) && !text.isNoise(position) { substantive = true }
        }
        return substantive
    }

    /// Replies up to this many words are short enough that a lack of any negative reads as agreement.
    static let shortReplyWords = 5
    private static let negatives = WordSet([
        "no", "not", "nope", "nah", "never", "can't", "cannot", "won't", "don't", "doesn't", "isn't", "aren't",
        "wasn't", "weren't", "wouldn't", "couldn't", "shouldn't", "haven't", "hasn't", "didn't", "sorry", "busy",
        "later", "maybe", "perhaps", "unless", "if", "but", "think", "see", "doubt", "hmm", "bye", "goodbye",
        "depends", "sometimes", "know", "check", "might",
    ])
    /// A sentence of nothing but a hedge and hesitation: "Maybe.", "Perhaps, yeah… maybe."
    private static func onlyHedged(_ text: TokenizedText, _ sentence: Range<Int>) -> Bool {
        var hedged = false
        for position in sentence where !text.isNoise(position) {
            let hash = text.hashes[position]
            if hedges.contains(hash) { hedged = true } else if !hesitation.contains(hash) { return false }
        }
        return hedged
    }

    private static let hedges = WordSet(["maybe", "perhaps", "possibly"])
    private static let hesitation = WordSet(["hmm", "um", "umm", "uh", "er", "erm", "ah", "oh", "well", "right", "so"])

    /// Agreement that comes before any refusal or objection is a yes ("Tuesday might work, I'd have to check");
    /// a refusal ("not really", "I'm not signing") or being sent to voicemail is a no. An objection on its own
    /// ("I'd have to check with Dan") or a bare "no" ("No, that's everything") leaves the answer unclear: the
    /// objection is scored as an objection, and the close rests on the last clear answer.
    static func answer(_ call: CallText, _ turn: Int, proposed: Bool = false) -> Answer {
        let text = call.tokens[turn]
        if ResponseLexicon.deflection.contains(in: text) { return .no }
        let agreement = ResponseLexicon.agreement.firstMatch(in: text)
        let refusals = ResponseLexicon.refusal.matches(in: text)
        let refusal = refusals.first
        let objection = ObjectionDetector.objections(in: text, firstOnly: true).first
        let negativeStart = [refusal?.tokens.lowerBound, objection?.tokens.lowerBound].compactMap { $0 }.min()
        // A yes taken back by a hedge after it ("Sure. Maybe.") commits to nothing unless a time comes with it.
        if let agreement, timing(text) == nil, text.sentences.contains(where: { sentence in
            sentence.tokens.lowerBound > agreement.tokens.lowerBound && onlyHedged(text, sentence.tokens)
        }) {
            return .unclear
        }
        if let agreement, negativeStart.map({ agreement.tokens.lowerBound < $0 }) ?? true { return .yes }
        // "Tomorrow won't happen. Maybe the end of next week." turns a no into a counter-offer.
        let times = ClosingLexicon.time.matches(in: text).filter { $0.label != nil }
        if let refusal, times.contains(where: { $0.tokens.lowerBound >= refusal.tokens.upperBound }) {
            return .yes
        }
        // "No, that doesn't work for me": a bare "no" followed by a real refusal is a no.
        if refusals.contains(where: { $0.tokens.count > 1 }) {
            return .no
        }
        if refusal != nil || objection != nil { return .unclear }
        return timing(text) != nil || (proposed && shortYes(text)) ? .yes : .unclear
    }

    private static let am = WordHash("am")
    private static let pm = WordHash("pm")
}
