/// The buyer's concerns: when one is raised, what meets it, and what a turn that passes it by gets.
extension PersonaEngine {
    /// True when the turn meets the concern: it touches what the objection's `resolvedBy` names; or it takes
    /// the concern seriously (acknowledges or reframes it) and backs the answer with something concrete (a number,
    /// a customer, a plan in enough words); or, for a brush-off, it asks about what they care about or says why
    /// the call matters. Waving the concern away never meets it.
    func resolves(_ category: ObjectionCategory, _ reading: RepTurnReading, topicsTouched: [String]) -> Bool {
        guard let index = persona.objections.firstIndex(where: { $0.category == category }) else { return true }
        if reading.contains(PersonaEngineLexicon.dismissive) || reading.contains(PersonaEngineLexicon.setsAside) { return false }
        if saysOutsideQuestions(resolveLexicons[index], reading) { return true }
        // "Lots of companies like yours use it and they love it": a claim with nothing behind it settles nothing.
        if reading.contains(PersonaEngineLexicon.claimedProof) { return false }
        let engages = reading.acknowledges || reading.reframes
        let concrete = reading.cites || reading.contains(PersonaEngineLexicon.quantity)
            || (0..<reading.tokens.count).contains { reading.tokens.hasDigit($0) }
        // Asking about the worry is handling it, not answering it: a question meets only a brush-off.
        // A long answer must be about the worry: it shares a word with it, or (money) talks money.
        let onTheWorry = !objectionStems[index].stems.isDisjoint(with: reading.textStems.stems) || (category == .pricing && reading.mentionsPrice)
            || relevantTo(reading, [])
        if engages && (concrete || (reading.probingQuestion && category == .brushOff) || (reading.words >= 20 && !reading.asksQuestion && onTheWorry)) {
            return true
        }
        if category == .statusQuo && reading.contains(PersonaEngineLexicon.alongside) { return true }
        // "Why change?" met by what would change in their own trouble: an offer told in the words of the pains
        // they have told ("typed once… the late finishes and the redeliveries gone").
        if category == .statusQuo, !reading.asksQuestion, reading.words >= 12 {
            let told = state.factsShared.reduce(into: Set<String>()) { $0.formUnion(ContentStems(persona.facts[$1].answer).stems) }
            if reading.textStems.stems.intersection(told).count >= 3 { return true }
        }
        // Straight after the concern: an answer with at least two of a plan, an amount, a customer, an acknowledgement.
        if state.lastActs.contains(.raiseObjection) || state.lastActs.contains(.keepObjection) {
            let signs = [engages, concrete, reading.contains(PersonaEngineLexicon.offersPlan), reading.cites].filter { $0 }.count
            if signs >= 2 { return true }
        }
        if reading.cites && !topicsTouched.isEmpty { return true }
        if category == .brushOff && ((reading.asksQuestion && !topicsTouched.isEmpty) || reading.statesPurpose) { return true }
        return false
    }

    /// True when `lexicon` has a phrase in what the turn tells, not only in what it asks: "worth looking at before
    /// January?" does not offer January.
    func saysOutsideQuestions(_ lexicon: Lexicon<String>, _ reading: RepTurnReading) -> Bool {
        lexicon.matches(in: reading.tokens).contains { match in
            // A proposal ("could we book you and Claire on Thursday?") offers what it names.
            !reading.questions.contains { !$0.proposal && !RepTurnReading.namesSlot(reading.tokens, within: $0.range)
                && $0.range.contains(match.tokens.lowerBound) }
        }
    }

    /// True when the turn says what meets `category` (its `resolvedBy` words).
    func answers(_ category: ObjectionCategory, _ reading: RepTurnReading) -> Bool {
        guard let index = persona.objections.firstIndex(where: { $0.category == category }) else { return false }
        return reading.contains(resolveLexicons[index])
    }

    /// An objection not yet settled whose `resolvedBy` words the turn already says.
    func preempted(_ reading: RepTurnReading) -> ObjectionCategory? {
        for (index, objection) in persona.objections.enumerated()
        where !state.objectionsResolved.contains(objection.category) && saysOutsideQuestions(resolveLexicons[index], reading) {
            return objection.category
        }
        return nil
    }

    /// Takes a worry seriously and backs the answer: an acknowledgement or reframe, with a number, a customer or a
    /// plan, and no waving it away.
    func reassures(_ reading: RepTurnReading) -> Bool {
        guard reading.acknowledges || reading.reframes, !reading.contains(PersonaEngineLexicon.dismissive) else {
            return false
        }
        return reading.cites || reading.contains(PersonaEngineLexicon.quantity) || reading.contains(PersonaEngineLexicon.offersPlan)
    }

    /// The objection that fits this moment, voiced (and recorded) now; nil when none fits.
    mutating func objectionToRaise(_ reading: RepTurnReading, move: RepMove, turn: Int, fact: Int?) -> String? {
        if scenario == .objection, turn <= 2, state.objectionsRaised.isEmpty, let first = openingObjection(reading) {
            // The scenario is about objections: the first comes with the reply to a caller who has said why they
            // ring, or with the second reply.
            let bareOpener = (move == .opener && !reading.statesPurpose && !reading.permission) || move == .smallTalk || move == .question
            if turn == 2 || !bareOpener { return raise(first.category) }
        }
        if turn == 1, scenario != .closing, move == .pitch || move == .statement,
           !(reading.permission || reading.reason || reading.personalisation) {
            if let line = raise(.brushOff) { return line }
        }
        // A gatekeeper is not the buyer: it only brushes callers off.
        guard scenario != .gatekeeper else { return nil }
        // A turn that answers a worry before it is voiced ("per hotel, not per user") is noted, not met with another.
        if preempted(reading) != nil { return nil }
        // A turn that already answers a worry ("per hotel, not per user; one wedding pays for it") does not raise one.
        if reassures(reading) || reading.contains(PersonaEngineLexicon.alongside)
            || (reading.contains(PersonaEngineLexicon.offersPlan) && (reading.acknowledges || reading.cites)) {
            return nil
        }
        let freshFact = fact.map { !state.factsShared.contains($0) } ?? false
        // A worry the turn already answers in its own words ("keep the whiteboard") is not raised against it.
        if reading.asksAboutPrice || (reading.mentionsPrice && !freshFact && move != .question), !answers(.pricing, reading),
           let line = raise(.pricing) { return line }
        if move == .pitch, turn >= 2, !answers(.statusQuo, reading), let line = raise(.statusQuo) { return line }
        // "How does the timing look for you?": the timing worry not voiced yet is the answer.
        if move == .question, reading.asksQuestion, reading.contains(PersonaEngineLexicon.timingAsk), let line = raise(.timing) { return line }
        return nil
    }

    /// In an objection call, the pushback the brief says the buyer has already given (and the rep's first words
    /// name): the objection whose line shares most words with them; file order breaks a tie.
    func openingObjection(_ reading: RepTurnReading) -> Persona.PersonaObjection? {
        let said = ContentStems((persona.brief.goals[ScenarioType.objection.rawValue] ?? "") + " " + reading.text).stems
        var best: (objection: Persona.PersonaObjection, score: Int)?
        for objection in persona.objections {
            let score = ContentStems(objection.line).stems.intersection(said).count
            if score > (best?.score ?? -1) { best = (objection, score) }
        }
        return best?.objection
    }

    mutating func raise(_ category: ObjectionCategory) -> String? {
        guard !state.objectionsRaised.contains(category),
              let objection = persona.objection(category) else { return nil }
        state.objectionsRaised.append(category)
        state.pendingObjection = category
        return objection.line
    }

    /// A turn that does not meet the concern still standing. A question still gets its answer (the concern
    /// waits: a fair buyer answers, and comes back to it when the rep asks for the meeting); anything else is told
    /// it skipped the point.
    mutating func answerWhileObjectionPending(
        _ pending: ObjectionCategory, move: RepMove, reading: RepTurnReading, fact: Int?
    ) -> PersonaReply {
        if move == .question {
            // A question about the worry itself ("what would have to be true before January?"): the worry, again.
            if let objection = persona.objection(pending),
               ContentStems(objection.line).stems.intersection(reading.stems.stems).count >= 2 {
                return say(objection.line, [.answer, .keepObjection])
            }
            if let fact { return say(factAnswer(fact, asked: reading), .answer) }
            if reading.probingQuestion, let honest = followUp(reading) { return say(honest, .answer) }
            return say(pick(persona.voice.noFact), .answer)
        }
        // Another worry met instead ("we sit on top of HubSpot" while the CFO's pilot stands): that one is
        // taken, and the one still open is said again.
        if let other = preempted(reading), other != pending, let open = persona.objection(pending) {
            state.objectionsResolved.insert(other)
            if !state.objectionsRaised.contains(other) { state.objectionsRaised.append(other) }
            state.adjustTrust(Tuning.resolvedTrust / 2)
            let also: [PersonaReply.Act] = move == .pitch ? [.reactToPitch] : (move == .proof ? [.reactToProof] : [])
            return say(pick(persona.voice.resolved) + " " + open.line, [.objectionResolved, .keepObjection] + also)
        }
        state.adjustTrust(-Tuning.ignoredTrust)
        state.adjustPatience(-Tuning.ignoredPatience)
        dodgesBefore += 1
        if reading.offersToSendInfo { return say(pick(persona.voice.sendInfo), [.sendInfo, .keepObjection]) }
        if move == .proof { return say(pick(persona.voice.proofReaction) + " " + pick(persona.voice.ignoredObjection), [.reactToProof, .keepObjection]) }
        // The worry, said again in their words, so the rep knows what still stands.
        let worry = persona.objection(pending).map { " " + $0.line } ?? ""
        if move == .pitch || reading.contains(PersonaEngineLexicon.setsAside) {
            return say(pick(persona.voice.ignoredObjection) + worry, [.reactToPitch, .keepObjection])
        }
        if move == .smallTalk { return say(pick(persona.voice.smallTalk), [.smallTalk, .keepObjection]) }
        if move == .opener { return say(pick(persona.voice.ignoredObjection) + worry, [.keepObjection]) }
        return say(pick(persona.voice.ignoredObjection) + worry, .keepObjection)
    }
}
