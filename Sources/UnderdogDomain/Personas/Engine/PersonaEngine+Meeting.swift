/// The next step: answering an offered slot as that slot, letting the rep confirm an agreed meeting before the
/// call ends, and a gatekeeper's bar for putting a caller through.
extension PersonaEngine {
    var meetingConditionsMet: Bool {
        guard state.pendingObjection == nil else { return false }
        if scenario == .gatekeeper {
            return state.callerIdentified && state.reasonGiven && relevanceShown
                && state.trust >= Double(max(0, persona.meeting.minimumTrust - Tuning.gatekeeperTrustAllowance))
        }
        // The topics they need to hear about, or most of the way there with a caller who has earned more trust.
        let minimum = Double(persona.meeting.minimumTrust)
        let required = persona.meeting.requiredTopics
        let covered = required.filter { state.topicsCovered.contains($0) }.count
        return state.trust >= minimum
            && (covered == required.count || (covered >= 1 && state.trust >= minimum + 1.5) || state.trust >= minimum + 3)
    }

    /// The persona's counter slot, read from its diary.
    var counterSlot: MeetingSlot {
        MeetingSlot.parse(persona.calendar.counterSlot).first ?? MeetingSlot(day: nil, time: persona.calendar.counterSlot)
    }

    /// A proposed next step: declined (naming the slot) while not ready, countered on a busy day, accepted otherwise.
    mutating func answerMeetingAsk(_ slots: [MeetingSlot], reading: RepTurnReading, ready: Bool, resolvedNow: Bool) -> PersonaReply {
        let offered = slots.first
        // Taking the slot the persona offered.
        if let proposed = proposedSlot, state.pendingObjection == nil {
            if slots.isEmpty || slots.contains(where: { $0.weekday == proposed.weekday }) {
                return agree(proposed)
            }
        }
        if state.pendingObjection != nil {
            let decline = offered.map { fill(pick(persona.voice.declineSlot), slot: $0) + " " } ?? ""
            return say(decline + pick(persona.voice.blockedByObjection), offered == nil ? [.keepObjection] : [.declineSlot, .keepObjection])
        }
        guard ready else {
            if scenario == .gatekeeper {
                if !state.callerIdentified || !state.reasonGiven { return say(pick(persona.voice.askPurpose), .askPurpose) }
                return say(pick(persona.gatekeeper?.takeMessage ?? persona.voice.sendInfo), [.takeMessage, .declineSlot])
            }
            let notYet = state.lastReply?.hasSuffix(persona.meeting.notYetLine) == true
                ? pick(persona.voice.repeatedNotYet) : persona.meeting.notYetLine
            let decline = offered.map { fill(pick(persona.voice.declineSlot), slot: $0) + " " } ?? ""
            return say(decline + notYet, .declineSlot)
        }
        // The last hurdle before agreeing to an open-ended ask: timing or authority, once per call.
        if offered == nil, proposedSlot == nil, scenario != .gatekeeper, !meetingStageObjectionRaised {
            meetingStageObjectionRaised = true
            for category in [ObjectionCategory.timing, .authority] where !state.objectionsRaised.contains(category) {
                if let line = raise(category) { return say(line, .raiseObjection) }
            }
        }
        guard !slots.isEmpty else {
            proposedSlot = counterSlot
            return say(fill(pick(persona.voice.askSlot), slot: counterSlot), .proposeSlot)
        }
        let busy = Set(persona.calendar.busyDays)
        if let free = slots.first(where: { $0.weekday.map { !busy.contains($0) } ?? true }) {
            return agree(free)
        }
        proposedSlot = counterSlot
        return say(fill(pick(persona.voice.counterSlot), slot: offered!), .counterSlot)
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
        turnsSinceAgreement += 1
        let slot = state.agreedSlot ?? counterSlot
        let closing = turnsSinceAgreement >= Tuning.confirmTurns
        switch move {
        case .goodbye:
            return book(pick(persona.voice.goodbye), [.goodbye])
        case .rude:
            return say(pick(persona.voice.warning), .warning)
        case .question:
            let text = fact.map { factAnswer($0) } ?? pick(persona.voice.noFact)
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
            let text = fill(pick(persona.voice.confirm), slot: slot)
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
        if !state.callerIdentified || !state.reasonGiven { return say(pick(persona.voice.askPurpose), .askPurpose) }
        if !bossNamed && !reading.asksForDecisionMaker { return say(pick(gatekeeper.askName), .askPurpose) }
        guard ready else { return say(pick(gatekeeper.takeMessage), .takeMessage) }
        let slot = MeetingSlot.parse(reading.text).first ?? counterSlot
        proposedSlot = nil
        state.agreedSlot = slot
        state.meetingAgreed = true
        turnsSinceAgreement = 0
        return say(fill(pick(gatekeeper.putThrough), slot: slot), [.putThrough])
    }
}
