/// The next step: answering an offered slot as that slot, letting the rep confirm an agreed meeting before the
/// call ends, and a gatekeeper's bar for putting a caller through.
extension PersonaEngine {
    var meetingConditionsMet: Bool {
        guard state.pendingObjection == nil else { return false }
        if scenario == .gatekeeper {
            return state.callerIdentified && state.reasonGiven && relevanceShown
                && state.trust >= Double(max(0, persona.meeting.minimumTrust - Tuning.gatekeeperTrustAllowance))
        }
        // The topics they need to hear about, or part of the way there with a caller who has earned more trust;
        // a caller who has asked about their world twice has shown enough interest to be heard out.
        let minimum = Double(persona.meeting.minimumTrust)
        let required = persona.meeting.requiredTopics
        let covered = required.filter { state.topicsCovered.contains($0) }.count
        let topicsMet = covered == required.count || (covered >= 1 && state.trust >= minimum + 1) || state.trust >= minimum + 2.5
            || (state.factsShared.count >= 2 && covered >= 1)
        return state.trust >= minimum - (state.factsShared.count >= 2 ? 1 : 0) && topicsMet
    }

    /// A proposed next step: declined (naming the slot) while not ready, countered on a busy day, accepted otherwise.
    mutating func answerMeetingAsk(_ named: [MeetingSlot], reading: RepTurnReading, ready: Bool, resolvedNow: Bool) -> PersonaReply {
        // A time with no day ("at ten") is settled by the persona offering a day.
        let slots = named.filter { $0.day != nil }
        let offered = slots.first
        if let offered { lastOfferedSlot = offered }
        // Taking the slot the persona offered.
        if let proposed = proposedSlot, state.pendingObjection == nil {
            if slots.isEmpty || slots.contains(where: { $0.weekday == proposed.weekday }) {
                // "Shall I send the invite to you?": the yes and the confirmation in one.
                if reading.contains(PersonaEngineLexicon.confirmCue) {
                    _ = agree(proposed)
                    return say(fill(pick(persona.voice.confirm), slot: proposed), [.acceptSlot, .confirm])
                }
                return agree(proposed)
            }
        }
        if state.pendingObjection != nil {
            let decline = offered.map { fill(pick(persona.voice.declineSlot), slot: $0) + " " } ?? ""
            return say(decline + pick(persona.voice.blockedByObjection), [.declineSlot, .keepObjection])
        }
        guard ready else {
            if scenario == .gatekeeper {
                if !state.callerIdentified || !state.reasonGiven { return say(pick(persona.voice.askPurpose), .askPurpose) }
                return say(takeMessage(naming: offered), [.takeMessage, .declineSlot])
            }
            let notYet = state.lastReply?.hasSuffix(persona.meeting.notYetLine) == true
                ? pick(persona.voice.repeatedNotYet) : persona.meeting.notYetLine
            let decline = offered.map { fill(pick(persona.voice.declineSlot), slot: $0) + " " } ?? ""
            return say(decline + notYet, .declineSlot)
        }
        // The last hurdle before agreeing to an open-ended ask: timing or authority, once per call.
        if offered == nil, proposedSlot == nil, scenario != .gatekeeper, !meetingStageObjectionRaised {
            meetingStageObjectionRaised = true
            for category in [ObjectionCategory.timing, .authority]
            where isUnvoiced(category) {
                // Not a yes yet: the meeting waits on this.
                if let line = raise(category) { return say(line, [.raiseObjection, .declineSlot]) }
            }
        }
        // "Good, I'll send an invite over" after a slot the buyer turned down only for the worry now settled: that
        // slot, confirmed.
        if slots.isEmpty, reading.contains(PersonaEngineLexicon.confirmCue), let last = lastOfferedSlot,
           last.weekday.map({ !persona.calendar.busyDays.contains($0) }) ?? true {
            _ = agree(last)
            return say(fill(pick(persona.voice.confirm), slot: last) + whoComes(reading), [.acceptSlot, .confirm])
        }
        guard !slots.isEmpty else {
            proposedSlot = counterSlot
            // A gatekeeper offering the boss's time has decided to let the caller through.
            return say(fill(pick(persona.voice.askSlot), slot: counterSlot), scenario == .gatekeeper ? [.putThrough, .proposeSlot] : [.proposeSlot])
        }
        let busy = Set(persona.calendar.busyDays)
        if let free = slots.first(where: { $0.weekday.map { !busy.contains($0) } ?? true }) {
            // "I'll send the invite for Thursday at ten": agreeing and confirming in one reply.
            if reading.contains(PersonaEngineLexicon.confirmCue) {
                _ = agree(free)
                return say(fill(pick(persona.voice.confirm), slot: free), [.acceptSlot, .confirm])
            }
            return agree(free)
        }
        proposedSlot = counterSlot
        return say(fill(pick(persona.voice.counterSlot), slot: offered!), .counterSlot)
    }

    /// The rep confirms details of a meeting the persona has not agreed to yet ("who else should join?"): a buyer
    /// who is near enough goes along with it for the slot last offered; one who is not says so.
    /// A buyer near enough with a worry still open goes along too, and names the worry as what the meeting must
    /// settle: the rep has earned the time, not the yes.
    mutating func answerAssumedMeeting(_ reading: RepTurnReading) -> PersonaReply {
        let near = state.trust >= Double(persona.meeting.minimumTrust) - 2.5
        guard near else {
            return say(pick(persona.voice.repeatedNotYet), [.declineSlot])
        }
        // The day the rep names now ("Tuesday at eleven is good, I'll send the agenda") is the one confirmed; a
        // day the buyer cannot do, named now or earlier, is countered, never confirmed.
        let named = reading.slots.first { $0.day != nil }
        let slot = named ?? proposedSlot ?? lastOfferedSlot ?? counterSlot
        if let weekday = slot.weekday, persona.calendar.busyDays.contains(weekday) {
            lastOfferedSlot = slot
            proposedSlot = counterSlot
            return say(fill(pick(persona.voice.counterSlot), slot: slot), [.counterSlot])
        }
        let worry = state.pendingObjection.flatMap(persona.objection)
        _ = agree(slot)
        let confirmation = fill(pick(persona.voice.confirm), slot: slot) + whoComes(reading)
        guard let worry else { return say(confirmation, [.acceptSlot, .confirm]) }
        return say(confirmation + " " + worry.line, [.acceptSlot, .confirm, .keepObjection])
    }

    /// Asked who should come ("who'll be on from your side?"): who else has a say, in the persona's own words
    /// (the first sentence of the fact keyed to who decides), after the confirmation.
    func whoComes(_ reading: RepTurnReading) -> String {
        guard reading.asksQuestion, reading.contains(PersonaEngineLexicon.attendees),
              let index = persona.facts.firstIndex(where: { !Set($0.keywords).isDisjoint(with: ["who else", "decision", "sign off"]) })
        else { return "" }
        let answer = persona.facts[index].answer
        let sentences = Self.sentences(of: answer)
        // The sentence that names others, when the first only says whose call it is.
        let named = sentences.first { sentence in sentence.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true } }
        return " " + (named ?? sentences.first ?? answer)
    }

    /// Agreeing to `slot`: the call goes on so the rep can confirm it.
    mutating func agree(_ slot: MeetingSlot) -> PersonaReply {
        proposedSlot = nil
        state.agreedSlot = slot
        state.meetingAgreed = true
        turnsSinceAgreement = 0
        let line = fill(persona.meeting.acceptLine, slot: slot)
        return say(line, scenario == .gatekeeper ? [.acceptSlot, .putThrough] : [.acceptSlot])
    }

    /// After agreeing: the rep confirms (the persona confirms back), asks something (answered), or says goodbye
    /// (the call ends, booked). After `Tuning.confirmTurns` turns the persona closes the call itself.
    mutating func afterAgreement(_ move: RepMove, reading: RepTurnReading, fact: Int?) -> PersonaReply {
        // Questions keep the call going; only confirmations and small talk count towards the buyer closing it.
        if move != .question { turnsSinceAgreement += 1 }
        let slot = state.agreedSlot ?? counterSlot
        let closing = turnsSinceAgreement >= Tuning.confirmTurns
        switch move {
        case .goodbye:
            return book(pick(persona.voice.goodbye), [.goodbye])
        case .rude:
            warnings += 1
            return say(pick(persona.voice.warning), .warning)
        case .question:
            let text = fact.map { factAnswer($0, asked: reading) } ?? pick(persona.voice.noFact)
            return closing ? book(text + " " + pick(persona.voice.goodbye), [.answer, .goodbye]) : say(text, .answer)
        case .meetingAsk(let slots):
            // Moving the agreed slot: the persona takes the new one if it is free.
            let busy = Set(persona.calendar.busyDays)
            var agreed = slot
            if let moved = slots.first, moved != slot, moved.weekday.map({ !busy.contains($0) }) ?? true {
                state.agreedSlot = moved
                agreed = moved
            }
            let text = fill(pick(persona.voice.confirm), slot: agreed)
            return closing ? book(text + " " + pick(persona.voice.goodbye), [.acceptSlot, .confirm, .goodbye]) : say(text, [.acceptSlot, .confirm])
        default:
            let text = fill(pick(persona.voice.confirm), slot: slot) + whoComes(reading)
            return closing ? book(text + " " + pick(persona.voice.goodbye), [.confirm, .goodbye]) : say(text, .confirm)
        }
    }

    /// Ends the call with the meeting booked.
    private mutating func book(_ text: String, _ acts: [PersonaReply.Act]) -> PersonaReply {
        state.outcome = .meetingBooked
        return say(text, acts, outcome: .meetingBooked)
    }

    // MARK: - Gatekeeper

    /// What a caller has told the gatekeeper so far: who they are, why they call, whom they want.
    mutating func screen(_ reading: RepTurnReading, topicsTouched: [String], turn: Int) {
        if reading.introduction, !state.callerIdentified {
            state.callerIdentified = true
            state.adjustTrust(Tuning.identifiedTrust)
        }
        if reading.statesPurpose || reading.personalisation || reading.pitch || reading.cites || relevant(reading), !state.reasonGiven {
            state.reasonGiven = true
            state.adjustTrust(Tuning.reasonTrust)
        }
        if relevant(reading), !relevanceShown {
            relevanceShown = true
            state.adjustTrust(Tuning.relevanceTrust)
        }
        if bossNamedIn(reading) { bossNamed = true }
        if reading.courtesy, turn > 2 { state.adjustTrust(Tuning.courtesyTrust) }
    }

    private func relevant(_ reading: RepTurnReading) -> Bool {
        guard let relevanceLexicon else { return false }
        return reading.contains(relevanceLexicon)
    }

    func bossNamedIn(_ reading: RepTurnReading) -> Bool {
        guard let bossLexicon else { return false }
        return reading.contains(bossLexicon)
    }

    /// Asked to be put through: the caller must have said who they are, why (relevant to the boss), and whom
    /// they want; then the gatekeeper puts them through or books them in, and otherwise asks or takes a message.
    mutating func answerGatekeeperRequest(_ reading: RepTurnReading, ready: Bool) -> PersonaReply {
        guard let gatekeeper = persona.gatekeeper else { return say(pick(persona.voice.askPurpose), .askPurpose) }
        if state.pendingObjection != nil { return say(pick(persona.voice.blockedByObjection), .keepObjection) }
        // A mobile or a direct line is a way round the gatekeeper: never given, whoever asks.
        if reading.contains(PersonaEngineLexicon.wayRound) {
            // Their own reason for never giving it out, when the file has one.
            if let fact = persona.facts.indices.first(where: { factLexicons[$0].contains(in: reading.tokens)
                && !Set(persona.facts[$0].keywords).isDisjoint(with: ["mobile", "his number", "her number", "direct line", "mobile number"]) }) {
                return say(factAnswer(fact), [.answer, .takeMessage])
            }
            return say(pick(gatekeeper.takeMessage), .takeMessage)
        }
        let named = reading.slots.first { $0.day != nil }
        // A caller who keeps asking without clearing the bar gets a message taken, not another question.
        if state.meetingAsks >= 3, !ready {
            return say(takeMessage(naming: named), named == nil ? [.takeMessage] : [.takeMessage, .declineSlot])
        }
        if !state.callerIdentified || !state.reasonGiven { return say(pick(persona.voice.askPurpose), .askPurpose) }
        if !bossNamed && !reading.asksForDecisionMaker { return say(pick(gatekeeper.askName), .askPurpose) }
        guard ready else { return say(takeMessage(naming: named), named == nil ? [.takeMessage] : [.takeMessage, .declineSlot]) }
        return putThrough(named)
    }

    /// A gatekeeper who has heard enough: with a slot named, books it with the boss; without one, offers the
    /// boss's next free slot and waits for the caller's yes.
    mutating func putThrough(_ slot: MeetingSlot?) -> PersonaReply {
        guard let slot else {
            proposedSlot = counterSlot
            return say(fill(pick(persona.voice.askSlot), slot: counterSlot), [.putThrough, .proposeSlot])
        }
        let busy = Set(persona.calendar.busyDays)
        if let weekday = slot.weekday, busy.contains(weekday) {
            proposedSlot = counterSlot
            return say(fill(pick(persona.voice.counterSlot), slot: slot), [.putThrough, .counterSlot])
        }
        _ = agree(slot)
        return say(fill(pick(persona.gatekeeper?.putThrough ?? persona.voice.confirm), slot: slot), [.putThrough, .acceptSlot])
    }

    /// The turn asks a gatekeeper for the boss's time or to speak with them ("I'd like twenty minutes with
    /// Graham", "could I speak to Mr Whitley about it?"), not only names them.
    func asksForTimeWithBoss(_ reading: RepTurnReading) -> Bool {
        reading.contains(PersonaEngineLexicon.putThrough) || reading.contains(PersonaEngineLexicon.withTheBoss)
            || reading.contains(ClosingLexicon.gatekeeperAsk) || reading.proposesNextStep
            || (bossNamedIn(reading) && (reading.contains(PersonaEngineLexicon.speakTo) || reading.contains(PersonaEngineLexicon.meetingNoun)))
    }

    /// A message taken instead of a booking, naming the slot turned down when there was one.
    func takeMessage(naming slot: MeetingSlot?) -> String {
        let message = pick(persona.gatekeeper?.takeMessage ?? persona.voice.sendInfo)
        guard let slot else { return message }
        return fill(pick(persona.voice.declineSlot), slot: slot) + " " + message
    }

    /// The caller has said what the call is about, unasked: the gatekeeper decides on it.
    mutating func screenPurpose(_ reading: RepTurnReading, ready: Bool) -> PersonaReply {
        if !state.callerIdentified { return say(pick(persona.voice.askPurpose), .askPurpose) }
        if ready, bossNamed || reading.asksForDecisionMaker {
            // Asked for time with the boss in this turn: the gatekeeper offers it. Told the reason only, she warms
            // to it and leaves the asking to the caller: a diary slot is not offered before one is asked for.
            if asksForTimeWithBoss(reading) { return putThrough(nil) }
            return say(pick(persona.gatekeeper?.willHelp ?? persona.voice.pitchWarm), [.putThrough])
        }
        // A reason that says nothing of what matters to the boss ("just a catch-up") is pressed once more; after
        // asking twice, the gatekeeper takes a message.
        if !relevanceShown, purposeAsks < 2, !reading.cites {
            return say(pick(persona.voice.askPurpose), .askPurpose)
        }
        // The boss already asked for, and still not ready to let the caller through (short of trust after a
        // rough start): a message, not the question of whom they want.
        if !relevanceShown || state.meetingAsks >= 2 || bossNamed { return say(takeMessage(naming: nil), .takeMessage) }
        return say(pick(persona.gatekeeper?.askName ?? persona.voice.askPurpose), .askPurpose)
    }
}
