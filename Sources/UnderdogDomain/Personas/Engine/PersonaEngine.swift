import Foundation

/// The buyer's side of a text roleplay when no chat model is configured: a deterministic state machine driven by a
/// `Persona` file and by what the rep actually wrote.
///
/// Each rep turn is read once (`RepTurnReading`: the domain's tokenizer, question finder and lexicons) and named as
/// one move (`RepMove`: a question, a pitch, proof, a slot offered, a goodbye…). The signals move trust and
/// patience, cover care topics, raise and resolve the persona's objections; the reply answers the move, from the
/// persona's facts and in the persona's own lines (`Persona.Voice`). An agreed meeting leaves the rep a turn or two
/// to confirm it before the call ends. Same persona, scenario and rep lines always give the same replies.
///
/// After the call has ended (meeting booked or hung up), `respond(to:)` does not throw: it returns the ending
/// reply again, unchanged, and the state does not move.
public struct PersonaEngine: Sendable {
    public let persona: Persona
    public let scenario: ScenarioType
    public internal(set) var state: PersonaState

    let careLexicons: [Lexicon<String>]
    let factLexicons: [Lexicon<String>]
    /// Each fact's answer and keywords as stems, to see which fact shares a question's words.
    let factStems: [ContentStems]
    /// What each fact is about, in discovery's terms (pain, impact, decision process, current state), read from
    /// its keywords: "what causes you the most grief?" asks for the fact keyed to "problem" or "worst".
    let factTopics: [Set<DiscoveryLexicon.Topic>]
    /// In how many facts each stem appears: a word every fact shares ("clinic") says little about which is meant.
    let stemFrequency: [String: Int]
    let resolveLexicons: [Lexicon<String>]
    /// The boss's names and title (gatekeeper), and what makes a purpose relevant to them.
    let bossLexicon: Lexicon<String>?
    let relevanceLexicon: Lexicon<String>?
    /// The company context cut into clauses ("…in three separate spreadsheets, and the team…" is two), each a
    /// thing the persona could say as it stands.
    let contextSentences: [(text: String, words: TokenizedText)]
    let contextStems: [ContentStems]
    var contextShared: Set<Int> = []
    var lastProspect: TokenizedText?
    /// Every sentence the persona has said in this call, so a line is not said twice while another fits.
    var saidLines: Set<String> = []
    /// The fact told last, so a follow-up that points back at it ("what's the plan for when they step back?")
    /// is answered from it.
    var lastFactTold: Int?
    /// The stems of what the seller's product is for (`brief.product`, aimed at this buyer's pain).
    let productStems: Set<String>
    /// Who decides and when: worries the rep has already met in so many words (their `resolvedBy`) before the
    /// buyer voiced them. "A one-page business case for the partners' agenda" at turn five settles "the partners
    /// decide" later; a price or a habit met early is still a worry the buyer may voice.
    var metBeforeRaised: Set<ObjectionCategory> = []
    var openerCredited = false
    var introCredited = false
    var personalCredited = false
    var meetingStageObjectionRaised = false
    var lastRepWasMeetingAsk = false
    /// Warnings given for rudeness: the first rude turn is warned, a rude turn after a warning once patience is
    /// gone (or a third one) ends the call.
    var warnings = 0
    /// The persona's own slot (`calendar.counterSlot`), read once: offered on a busy day or when asked with none.
    let counterSlot: MeetingSlot
    /// A slot the persona offered (a counter, or one proposed when asked with none) and waits for a yes to.
    var proposedSlot: MeetingSlot?
    /// The last slot the rep offered, so "who else should join?" after it is read as confirming that slot.
    var lastOfferedSlot: MeetingSlot?
    /// Rep turns since the persona agreed to meet.
    var turnsSinceAgreement = 0
    /// Gatekeeper: the rep named the boss (or the role) and gave a purpose that matters to them.
    var bossNamed = false
    /// Times the persona has asked what the call is about.
    var purposeAsks = 0
    var relevanceShown = false
    /// What the persona's hang-up triggers name, read as behaviours (`PersonaEngine+Limits`).
    let limits: [Limit]
    /// Each objection's line and `resolvedBy` words, stemmed; the persona's, company's and seller's names.
    let objectionStems: [ContentStems]
    let nameStems: Set<String>
    /// What the buyer uses now, by name (`PersonaEngine.tools(of:)`).
    let ownTools: Set<String>
    /// Each fact's keywords of two or more content words, as stemmed word runs ("last quarter").
    let factPhraseRuns: [[(phrase: String, run: [String])]]
    /// Turns that went past the concern standing, times a way round the gatekeeper was asked for, meeting asks
    /// turned down.
    var dodgesBefore = 0
    var wayRoundAsks = 0
    var refusedAsks = 0
    /// The caller has said what the call is about in words that say something (not "just touching base").
    var purposeHeard = false

    public init(persona: Persona, scenario: ScenarioType) {
        self.persona = persona
        self.scenario = scenario
        careLexicons = persona.cares.map { Lexicon(phrases: $0.keywords.map { $0.lowercased() }) }
        factLexicons = persona.facts.map { Lexicon(phrases: $0.keywords.map { $0.lowercased() }) }
        factStems = persona.facts.map { ContentStems($0.answer + " " + $0.keywords.joined(separator: " ")) }
        factTopics = persona.facts.map { fact in
            Set(DiscoveryLexicon.topics.matches(in: TokenizedText(fact.keywords.joined(separator: ". "))).map(\.label))
        }
        stemFrequency = factStems.reduce(into: [:]) { counts, fact in for stem in fact.stems { counts[stem, default: 0] += 1 } }
        productStems = ContentStems(persona.brief.product).stems
        counterSlot = MeetingSlot.parse(persona.calendar.counterSlot).first ?? MeetingSlot(day: nil, time: persona.calendar.counterSlot)
        limits = Self.limits(of: persona.hangUp.triggers)
        objectionStems = persona.objections.map { ContentStems($0.line + " " + $0.resolvedBy.joined(separator: " ")) }
        nameStems = ContentStems([persona.name, persona.company.name, persona.brief.seller].joined(separator: " ")).stems
        ownTools = Self.tools(of: persona)
        factPhraseRuns = persona.facts.map { fact in
            fact.keywords.filter { $0.contains(" ") && ContentStems($0).stems.count >= 2 }.map { ($0, Self.stemmedWords($0)) }
        }
        resolveLexicons = persona.objections.map { Lexicon(phrases: $0.resolvedBy.map { $0.lowercased() }) }
        if let gatekeeper = persona.gatekeeper {
            let title = gatekeeper.bossTitle.lowercased()
            // "Mr Whitley" names him as surely as "Graham".
            let surname = gatekeeper.boss.split(separator: " ").last.map { String($0).lowercased() } ?? gatekeeper.boss.lowercased()
            bossLexicon = Lexicon(phrases: [gatekeeper.boss.lowercased(), gatekeeper.bossFirstName.lowercased(), title,
                                            "mr " + surname, "mrs " + surname, "ms " + surname, "mr. " + surname,
                                            "managing director", "the md", "the owner", "the boss", "your boss"])
            relevanceLexicon = Lexicon(phrases: gatekeeper.relevance.map { $0.lowercased() })
        } else {
            bossLexicon = nil
            relevanceLexicon = nil
        }
        // The context is written about the persona ("Priya runs the desk"); only sentences the persona could say
        // as they are (no own name, no "he" or "she") are used as answers.
        let first = persona.name.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        contextSentences = Self.sentences(of: persona.company.context).flatMap(Self.clauses).filter { sentence in
            let words = Set(sentence.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init))
            return words.isDisjoint(with: [first, "he", "she", "his", "her", "him", "he's", "she's", "them", "they", "their", "they're"])
        }.map { ($0, TokenizedText($0)) }
        contextStems = contextSentences.map { ContentStems($0.text) }
        var state = PersonaState(trust: Double(persona.startingTrust), patience: Double(persona.patience))
        if scenario == .closing {
            // A follow-up call: they already know the rep, and part of the ground is covered.
            state.adjustTrust(2)
            state.adjustPatience(1)
            let required = persona.meeting.requiredTopics.isEmpty
                ? Array(persona.cares.map(\.topic).prefix(1)) : persona.meeting.requiredTopics
            for topic in required.prefix((required.count + 1) / 2) { state.topicsCovered.insert(topic) }
            openerCredited = true
            introCredited = true
        }
        self.state = state
    }

    /// The persona's first line: the greeting, as the persona file writes it.
    public mutating func open() -> PersonaReply {
        if state.hasEnded { return endReply }
        return say(persona.greeting, .greeting)
    }

    /// The persona's answer to what the rep just said. After the call ended, returns the ending reply again.
    public mutating func respond(to repText: String) -> PersonaReply {
        if state.hasEnded { return endReply }
        let reading = RepTurnReading(repText, turn: state.turns)
        state.turns += 1
        let turn = state.turns
        state.adjustPatience(-Tuning.turnCost)

        if reading.words == 0 {
            state.adjustPatience(-Tuning.silenceCost)
            if state.patience <= 0 { return hangUp() }
            return say(pick(persona.voice.silence), .silence)
        }

        // Tone first: insults, pushing, shouting, pressure.
        applyTone(reading)
        if reading.isMonologue {
            state.adjustPatience(-Tuning.monologueCost)
        } else if reading.words >= Tuning.longTurnWords && !reading.asksQuestion && state.pendingObjection == nil
                    && !persona.cares.indices.contains(where: { reading.hits(careLexicons[$0], inQuestionsOnly: false) > 0 }) {
            // A long turn about nothing they care about; answering their concern at length is not rambling.
            state.adjustPatience(-Tuning.longTurnCost)
        }
        if !reading.hostile { applyOpener(reading, turn: turn) }

        // Listening: playing back their words, acknowledging.
        let echoed = lastProspect.map { reading.echoes($0) } ?? 0
        let listened = !reading.hostile && (reading.acknowledges || echoed >= Tuning.echoWords)
        if listened { state.adjustTrust(Tuning.listeningTrust) }

        // Topics.
        let topicsTouched = touchedTopics(reading, listened: listened)
        var newTopic = false
        for topic in topicsTouched where !state.topicsCovered.contains(topic) {
            state.topicsCovered.insert(topic)
            newTopic = true
        }
        if scenario == .gatekeeper, !reading.hostile { screen(reading, topicsTouched: topicsTouched, turn: turn) }
        // Whom the caller wants is heard even when it is demanded rudely.
        if scenario == .gatekeeper, bossNamedIn(reading) { bossNamed = true }

        // "Yeah hi, Marcus?" asks who picked up, not about a fact.
        let fact = reading.asksQuestion && !checksWhoAnswered(reading) ? bestFact(reading, topicsTouched: topicsTouched) : nil
        let move = RepMove.read(reading, turn: turn, agreed: state.meetingAgreed, scenario: scenario,
                                asksForBoss: bossNamedIn(reading), awaitingYes: proposedSlot != nil,
                                asksAfterBoss: asksAfterBoss(reading),
                                asksForAFact: fact != nil,
                                // Only an ask with a slot in play can be confirmed: "on site" after "can I speak to Tom?" is not.
                                meetingAsked: state.meetingAsks > 0 && (lastOfferedSlot != nil || proposedSlot != nil),
                                concernPending: state.pendingObjection != nil || !state.objectionsRaised.isEmpty,
                                checksWhoAnswered: checksWhoAnswered(reading))
        let relevantQuestion = move == .question && (!topicsTouched.isEmpty || fact != nil || reading.probingQuestion)
        let purposeWasHeard = purposeHeard
        if !purposeHeard, relevantQuestion || saysWhatItIsAbout(reading) { purposeHeard = true }
        if relevantQuestion {
            state.adjustTrust(newTopic ? Tuning.newTopicTrust : (fact != nil ? Tuning.factTrust : Tuning.situationTrust))
            state.adjustPatience(Tuning.engagedPatience)
        } else if listened {
            state.adjustPatience(Tuning.engagedPatience)
        }
        if reading.pitch || move == .proof { state.pitched = true }

        if !reading.hostile {
            for (index, objection) in persona.objections.enumerated()
            where [.authority, .timing].contains(objection.category) && !state.objectionsRaised.contains(objection.category)
                && saysOutsideQuestions(resolveLexicons[index], reading) {
                metBeforeRaised.insert(objection.category)
            }
        }

        // The pending objection: answered, or ignored.
        var resolvedNow = false
        if let pending = state.pendingObjection, !reading.hostile, resolves(pending, reading, topicsTouched: topicsTouched) {
            state.pendingObjection = nil
            state.objectionsResolved.insert(pending)
            state.adjustTrust(Tuning.resolvedTrust)
            state.adjustPatience(Tuning.resolvedPatience)
            resolvedNow = true
        }

        if case .meetingAsk = move { state.meetingAsks += 1 }
        if move == .gatekeeperRequest { state.meetingAsks += 1 }
        let asksToMeet: Bool = if case .meetingAsk = move { true } else { move == .gatekeeperRequest }
        defer { lastRepWasMeetingAsk = asksToMeet }

        // Costs that depend on the meeting ask, before the hang-up check.
        let ready = meetingConditionsMet
        if asksToMeet, !ready, proposedSlot == nil {
            let hardClose = state.meetingAsks >= Tuning.hardCloseAsks || (lastRepWasMeetingAsk && !resolvedNow)
            state.adjustPatience(hardClose ? -Tuning.hardClosePatience : -Tuning.earlyAskPatience)
            state.adjustTrust(hardClose ? -Tuning.hardCloseTrust : -Tuning.earlyAskTrust)
        }

        // Only rudeness or pressure after a warning ends the call; a buyer out of patience with a civil caller stays
        // on the line, short with them.
        // Twice warned, the third rude turn ends it; civil turns between warnings are still answered.
        // A hang-up trigger the persona file names, seen in the turn: warned once, then the call ends.
        if !state.meetingAgreed || move == .pressure, let limit = crossedLimit(reading, move: move) {
            return answerLimit(limit, reading)
        }
        if reading.contains(PersonaEngineLexicon.wayRound) { wayRoundAsks += 1 }
        let hostileMove = move == .rude || move == .pressure
        if hostileMove, warnings >= 2 { return hangUp() }
        if state.patience <= 0, !hostileMove { state.patience = Tuning.patienceFloor }

        if state.meetingAgreed {
            switch move {
            case .goodbye, .confirmDetails, .meetingAsk, .rude, .question:
                return afterAgreement(move, reading: reading, fact: fact)
            default:
                // Anything else is answered as usual; the call still ends booked in a turn or two.
                turnsSinceAgreement += 1
            }
        }

        switch move {
        case .silence:
            return say(pick(persona.voice.silence), .silence)
        case .rude:
            // A warning; a concern already on the table stays there.
            warnings += 1
            // A gatekeeper still has to know what the call is about before anything else.
            if scenario == .gatekeeper, !state.reasonGiven {
                return say(pick(persona.voice.warning) + " " + pick(persona.voice.askPurpose), [.warning, .askPurpose])
            }
            // Rudeness that also books a slot ("just stick me in Thursday at eight"): warned, and that slot refused.
            if let slot = reading.slots.first(where: { $0.day != nil }), reading.proposesNextStep || reading.contains(PersonaEngineLexicon.meetingNoun) {
                lastOfferedSlot = slot
                return say(pick(persona.voice.warning) + " " + fill(pick(persona.voice.declineSlot), slot: slot), [.warning, .declineSlot])
            }
            return say(pick(persona.voice.warning), state.pendingObjection != nil ? [.warning, .keepObjection] : [.warning])
        case .pressure:
            // Leaned on before the caller has said who they are or why they ring: first, what is this about?
            // "I'm going to need five minutes" is not saying who you are: an introduction names someone.
            let named = reading.introduction && (0..<reading.tokens.count).contains { reading.tokens.isName($0) }
            if turn <= 2, !reading.reason, !named, !reading.pitch, !state.pitched, scenario != .closing {
                return say(pick(persona.voice.askPurpose), .askPurpose)
            }
            // A pitch that ends on a deadline: the offer gets a cold reaction, and the deadline moves nothing.
            if reading.pitch, state.pendingObjection == nil {
                return say(pick(persona.voice.pitchCold), [.reactToPitch, .declineSlot])
            }
            // Pushed to decide now: not moved, and the concern (or the not-yet) stands; a slot pushed for is refused by name.
            if let slot = reading.slots.first(where: { $0.day != nil }) {
                lastOfferedSlot = slot
                return say(fill(pick(persona.voice.declineSlot), slot: slot) + " " + pick(persona.voice.repeatedNotYet), [.declineSlot, .keepObjection])
            }
            return say(pick(persona.voice.repeatedNotYet), state.pendingObjection != nil ? [.keepObjection] : [.keepObjection, .declineSlot])
        case .checksConcern:
            if resolvedNow || state.pendingObjection == nil {
                // Asked whether anything else worries them: the next concern they have not voiced yet, if any.
                if scenario != .gatekeeper, let next = persona.objections.first(where: { isUnvoiced($0.category) }),
                   let line = raise(next.category) {
                    return say(pick(persona.voice.resolved) + " " + line, [.objectionResolved, .raiseObjection])
                }
                return say(pick(persona.voice.resolved) + " " + pick(nudges), .objectionResolved)
            }
            return say(pick(persona.voice.ignoredObjection), .keepObjection)
        case .goodbye:
            return say(pick(persona.voice.farewell), .farewell)
        case .confirmDetails:
            return answeringAlso(fact, reading, answerAssumedMeeting(reading))
        case .meetingAsk(let slots):
            return counted(answeringAlso(fact, reading, answerMeetingAsk(slots, reading: reading, ready: ready, resolvedNow: resolvedNow)))
        case .gatekeeperRequest:
            return counted(answeringAlso(fact, reading, answerGatekeeperRequest(reading, ready: ready)))
        case .question, .proof, .pitch, .smallTalk, .opener, .statement:
            break
        }

        // A gatekeeper told what the call is about decides on it, rather than reacting to it as a buyer would.
        if scenario == .gatekeeper, move == .pitch || move == .proof || (move == .statement && reading.statesPurpose) {
            let decision = screenPurpose(reading, ready: ready)
            guard move == .pitch else { return decision }
            // Deciding on a pitch is how a gatekeeper reacts to it.
            state.lastActs = decision.acts + [.reactToPitch]
            return PersonaReply(text: decision.text, outcome: decision.outcome, acts: state.lastActs)
        }

        let prefix = resolvedNow ? pick(persona.voice.resolved) + " " : ""
        let resolvedActs: [PersonaReply.Act] = resolvedNow ? [.objectionResolved] : []

        // A price told ("eighteen thousand a year"): weighed against what the buyer can spend.
        if !resolvedNow, let reply = weighPrice(reading, move: move) { return reply }

        if state.pendingObjection == nil, !resolvedNow, let line = objectionToRaise(reading, move: move, turn: turn, fact: fact) {
            switch move {
            case .question where fact != nil:
                // Asked about timing, the timing worry is the answer, unless a fact is keyed to when.
                if state.pendingObjection == .timing, reading.contains(PersonaEngineLexicon.timingAsk),
                   (PersonaEngineLexicon.ideaMarkers["timeline"] ?? []).isDisjoint(with: persona.facts[fact!].keywords) {
                    return say(line, [.answer, .raiseObjection])
                }
                // Answer first, then the worry: a question deserves its answer even from a wary buyer.
                return say(factAnswer(fact!, asked: reading) + " " + line, [.answer, .raiseObjection])
            case .opener where reading.permission || reading.statesPurpose:
                return say(pick(persona.voice.permissionGrudging) + " " + line, [.permission, .raiseObjection])
            case .pitch:
                return say(line, [.raiseObjection, .reactToPitch])
            default:
                return say(line, .raiseObjection)
            }
        }

        if let pending = state.pendingObjection, !resolvedNow {
            return answerWhileObjectionPending(pending, move: move, reading: reading, fact: fact)
        }

        // A cold call's first turns that still have not said what it is about ("just wanted to touch base", "we
        // do software"): the buyer asks.
        if scenario == .coldCall, turn <= 3, !purposeWasHeard, !purposeHeard, move == .opener || move == .statement || move == .pitch,
           !reading.asksQuestion || checksWhoAnswered(reading), !reading.isMonologue {
            if move == .opener, reading.permission {
                let granted = pick(state.trust >= 4 ? persona.voice.permissionGranted : persona.voice.permissionGrudging)
                if granted.hasSuffix("?") { return say(granted, [.permission, .askPurpose]) }
                return say(granted + " " + pick(persona.voice.askPurpose), [.permission, .askPurpose])
            }
            return say(pick(persona.voice.askPurpose), move == .pitch ? [.askPurpose, .reactToPitch] : [.askPurpose])
        }

        // A settled money worry waved at again ("there's a fee, but it's pretty small honestly"): it is open again.
        if state.pendingObjection == nil, !resolvedNow, move != .question, reading.mentionsPrice,
           reading.contains(PersonaEngineLexicon.dismissive), state.objectionsRaised.contains(.pricing),
           let pricing = persona.objection(.pricing) {
            state.objectionsResolved.remove(.pricing)
            state.pendingObjection = .pricing
            state.adjustTrust(-Tuning.ignoredTrust)
            return say(pricing.line, .keepObjection)
        }
        // The buyer asked something and got a shrug ("I'd have to check, honestly"): the question stands.
        // A hedge ("it connects to most of the systems") is no answer either: the buyer presses.
        if move == .statement || move == .pitch, resolvedActs.isEmpty, state.lastReply?.hasSuffix("?") == true,
           reading.contains(PersonaEngineLexicon.dismissive) || reading.contains(PersonaEngineLexicon.hedges) {
            state.adjustTrust(-Tuning.ignoredTrust)
            return say(pick(persona.voice.ignoredObjection), move == .pitch ? [.keepObjection, .reactToPitch] : [.keepObjection])
        }
        // A worry answered before it was voiced ("flat annual price, no per-order charge"): the buyer notes it.
        if move == .pitch || move == .statement || move == .proof, resolvedActs.isEmpty, let category = preempted(reading) {
            let preemptedNow: Set<ObjectionCategory> = state.objectionsRaised.contains(category) ? [] : [category]
            state.objectionsResolved.insert(category)
            if !state.objectionsRaised.contains(category) { state.objectionsRaised.append(category) }
            state.adjustTrust(Tuning.resolvedTrust / 2)
            let also: [PersonaReply.Act] = move == .proof ? [.reactToProof] : (move == .pitch || reading.pitch ? [.reactToPitch] : [])
            // A worry the buyer never voiced is not "answered": a pitch that meets it lands, and is reacted to as one.
            let voiced = state.objectionsRaised.contains(category) && !preemptedNow.contains(category)
            let lead = !voiced && move == .pitch ? pick(persona.voice.pitchWarm) : (!voiced && move == .proof ? pick(persona.voice.proofReaction) : pick(persona.voice.resolved))
            // Weighed, and what still stands said: the next worry not yet voiced, if there is one.
            if state.meetingAsks == 0, let line = nextConcern(reading) {
                return say(lead + " " + line, [.objectionResolved, .raiseObjection] + also)
            }
            return say(lead + (lead.hasSuffix("?") ? "" : " " + ownOrNudge(reading, move)), [.objectionResolved] + also)
        }
        // Reassurance with substance ("That's fair, and we'd start with one depot after peak"): the buyer takes it.
        if move == .pitch || move == .statement, resolvedActs.isEmpty, reassures(reading) {
            let acts: [PersonaReply.Act] = move == .pitch || reading.pitch ? [.objectionResolved, .reactToPitch] : [.objectionResolved]
            return say(pick(persona.voice.resolved) + " " + ownOrNudge(reading, move), acts)
        }
        // The buyer asked something and the rep answered it, concretely or in the buyer's own words: taken.
        if move == .pitch || move == .statement, resolvedActs.isEmpty, answersLastQuestion(reading) {
            state.adjustTrust(Tuning.situationTrust)
            let acts: [PersonaReply.Act] = move == .pitch || reading.pitch ? [.objectionResolved, .reactToPitch] : [.objectionResolved]
            return say(pick(persona.voice.resolved) + " " + ownOrNudge(reading, move), acts)
        }
        // A plan offered unasked ("we could start with two hotels") before any meeting is asked for: the buyer
        // weighs it against the worry they have not voiced yet, and says it.
        if move == .pitch || move == .statement, resolvedActs.isEmpty, state.meetingAsks == 0, !reading.asksQuestion,
           reading.slots.isEmpty, reading.contains(PersonaEngineLexicon.tryingItSmall), let line = nextConcern(reading) {
            return say(line, move == .pitch || reading.pitch ? [.raiseObjection, .reactToPitch] : [.raiseObjection])
        }
        // A concern met by what the rep offers (not by a question): the buyer says so, and voices the next worry
        // not yet said, so the call keeps to what still stands between them and a yes.
        if resolvedNow, move == .pitch || move == .statement || move == .proof, let line = nextConcern(reading) {
            let also: [PersonaReply.Act] = move == .proof ? [.reactToProof] : (move == .pitch ? [.reactToPitch] : [])
            return say(pick(persona.voice.resolved) + " " + line, [.objectionResolved, .raiseObjection] + also)
        }

        switch move {
        case .question:
            let message: [PersonaReply.Act] = scenario == .gatekeeper && reading.offersToSendInfo ? [.takeMessage] : []
            return say(prefix + answer(reading, fact: fact, topicsTouched: topicsTouched, listened: listened),
                       resolvedActs + [.answer] + message)
        case .proof:
            if relevantTo(reading, topicsTouched) { state.adjustTrust(Tuning.proofTrust) }
            return say(prefix + pick(persona.voice.proofReaction), resolvedActs + [.reactToProof])
        case .pitch:
            let landed = mood == .warm || (!topicsTouched.isEmpty && mood != .cold)
            // A pitch aimed at something of theirs not yet told ("syncs straight into your practice software"):
            // the buyer says where they stand on it before reacting.
            let own = factMetByPitch(reading).map { factAnswer($0) + " " } ?? ""
            return say(prefix + own + pick(landed ? persona.voice.pitchWarm : persona.voice.pitchCold), resolvedActs + [.reactToPitch])
        case .smallTalk:
            // Early on, a caller who has not said why they ring is asked.
            if turn <= 2, !state.pitched, !reading.statesPurpose, scenario != .closing {
                let line = pick(persona.voice.smallTalk)
                let ask = line.hasSuffix("?") ? "" : " " + pick(persona.voice.askPurpose)
                return say(prefix + line + ask, resolvedActs + [.smallTalk, .askPurpose])
            }
            return say(prefix + pick(persona.voice.smallTalk), resolvedActs + [.smallTalk])
        case .opener:
            // A gatekeeper who now has the caller's name, reason and the boss asked for decides, rather than asking again.
            if scenario == .gatekeeper, state.callerIdentified, state.reasonGiven, bossNamed, resolvedActs.isEmpty {
                return screenPurpose(reading, ready: ready)
            }
            return say(prefix + answerOpener(reading, turn: turn), resolvedActs + openerActs(reading))
        default:
            break
        }

        // A statement.
        if reading.isMonologue { return say(prefix + pick(persona.voice.monologue), resolvedActs + [.reaction, .reactToPitch]) }
        // A speech that asks nothing (a lecture on their own trade): heard as a pitch, and met with "so what?".
        if reading.words >= 25, !reading.text.contains("?"), !reading.offersToSendInfo {
            return say(prefix + pick(mood == .warm ? persona.voice.pitchWarm : persona.voice.pitchCold), resolvedActs + [.reactToPitch])
        }
        // Sending a note to a gatekeeper is leaving a message: taking it is the gatekeeper's decision.
        let message: [PersonaReply.Act] = scenario == .gatekeeper ? [.takeMessage] : []
        if reading.offersToSendInfo && !reading.pitch { return say(prefix + pick(persona.voice.sendInfo), resolvedActs + [.sendInfo] + message) }
        // A caller who waves off the message the gatekeeper offered, with nothing new to say: the offer stands.
        if scenario == .gatekeeper, state.lastActs.contains(.takeMessage), !reading.statesPurpose, !relevanceShownNow(reading),
           let gatekeeper = persona.gatekeeper {
            return say(prefix + pick(gatekeeper.takeMessage), resolvedActs + [.takeMessage, .keepObjection])
        }
        if scenario == .gatekeeper, !state.reasonGiven { return say(prefix + pick(persona.voice.askPurpose), resolvedActs + [.askPurpose]) }
        if !prefix.isEmpty { return say(prefix + pick(nudges), resolvedActs + [.reaction]) }
        return say(pick(reactions) + " " + pick(nudges), .reaction)
    }

    /// A reply to a meeting ask or a request that also asked something else ("When's he back in? Happy to book
    /// whatever suits him."): the question's answer first, then the reply to the ask.
    private mutating func answeringAlso(_ fact: Int?, _ reading: RepTurnReading, _ reply: PersonaReply) -> PersonaReply {
        guard let fact, !state.factsShared.contains(fact), !reply.acts.contains(.keepObjection), !reply.acts.contains(.askPurpose),
              reading.questions.contains(where: { question in
                  !PersonaEngineLexicon.meetingNoun.contains(in: reading.tokens, within: question.range)
                      && !RepTurnReading.namesSlot(reading.tokens, within: question.range)
                      && !ClosingLexicon.gatekeeperAsk.contains(in: reading.tokens, within: question.range)
              }) else { return reply }
        let acts = state.lastActs
        return say(factAnswer(fact, asked: reading) + " " + reply.text, [.answer] + acts, outcome: reply.outcome)
    }

    /// A worry the buyer has neither voiced nor heard met before voicing it: one still to come.
    func isUnvoiced(_ category: ObjectionCategory) -> Bool {
        !state.objectionsRaised.contains(category) && !metBeforeRaised.contains(category)
    }

    /// After a worry is met by what the rep offers: the next worry not yet voiced (and not already answered in
    /// this turn), raised now; nil in a gatekeeper call or once a meeting is agreed.
    private mutating func nextConcern(_ reading: RepTurnReading) -> String? {
        guard scenario != .gatekeeper, !state.meetingAgreed,
              let next = persona.objections.first(where: { isUnvoiced($0.category)
                  && !answers($0.category, reading) })
        else { return nil }
        return raise(next.category)
    }

    /// The buyer's last line asked something, and this turn answers it: with a number or a customer, or in
    /// the words of the question itself; never with a shrug or a hedge.
    private func answersLastQuestion(_ reading: RepTurnReading) -> Bool {
        guard let last = state.lastReply, last.hasSuffix("?"), reading.words >= 8, !reading.isMonologue,
              !reading.contains(PersonaEngineLexicon.dismissive), !reading.contains(PersonaEngineLexicon.hedges),
              let question = Self.sentences(of: last).last else { return false }
        let concrete = reading.cites || reading.contains(PersonaEngineLexicon.quantity)
            || (0..<reading.tokens.count).contains { reading.tokens.hasDigit($0) }
        let shared = ContentStems(question).stems.intersection(reading.textStems.stems).count
        return shared >= 1 && (concrete || shared >= 2)
    }

    /// The turn says what the call is about in words that carry something: what the buyer cares about, a
    /// customer's result, a pitch, or three content words beyond names, greetings and "just touching base".
    func saysWhatItIsAbout(_ reading: RepTurnReading) -> Bool {
        if relevantTo(reading, []) || reading.cites || (relevanceLexicon.map { reading.contains($0) } ?? false) { return true }
        // Capitalised words are names (the caller's, their firm's), not what the call is about.
        let left = reading.plainStems.stems.subtracting(nameStems).subtracting(Self.emptyPurposeStems)
        return left.count >= 3 || (reading.pitch && left.count >= 2)
    }

    /// Words of an opener that say nothing of what the call is about.
    static let emptyPurposeStems = ContentStems("""
        calling call ringing ring speaking name hello hiya morning afternoon evening touch base catch quick quickly wanted
        want things software company solutions platform products services introduce myself ourselves chat great good hope
        well reaching follow following couple thought little sorry show firm business businesses help helping calling
        today minute second moment busy nice speak talk chance glad pleased happy wondering wonder checking check
        through load loads calls
        """).stems

    /// After a pitch, where the buyer stands on what it aims at (an untold fact it meets); otherwise a nudge.
    mutating func ownOrNudge(_ reading: RepTurnReading, _ move: RepMove) -> String {
        if move == .pitch || reading.pitch, let fact = factMetByPitch(reading) { return factAnswer(fact) }
        return pick(nudges)
    }

    /// A gatekeeper asked whether the boss is in, or to speak to whoever does a job: "Is Tom there?",
    /// "can I speak to whoever looks after payroll?".
    func asksAfterBoss(_ reading: RepTurnReading) -> Bool {
        guard scenario == .gatekeeper else { return false }
        if reading.contains(PersonaEngineLexicon.askForSomeone) { return true }
        guard let bossLexicon else { return false }
        return reading.questions.contains { question in
            bossLexicon.contains(in: reading.tokens, within: question.range)
                && (PersonaEngineLexicon.isIn.contains(in: reading.tokens, within: question.range)
                    || PersonaEngineLexicon.speakTo.contains(in: reading.tokens, within: question.range))
        }
    }

    /// The untold fact a pitch speaks to: two or more of its rarer content words in the pitch (not words most
    /// facts share), and more than any other fact.
    func factMetByPitch(_ reading: RepTurnReading) -> Int? {
        let said = reading.textStems.stems
        var best: (index: Int, score: Int)?
        for index in persona.facts.indices where !state.factsShared.contains(index) {
            let shared = factStems[index].stems.intersection(said).filter { (stemFrequency[$0] ?? 1) <= 2 }
            if shared.count >= 2, shared.count > (best?.score ?? 0) { best = (index, shared.count) }
        }
        return best?.index
    }

    /// A meeting ask turned down is counted: asking again after two noes is a limit some buyers name.
    private mutating func counted(_ reply: PersonaReply) -> PersonaReply {
        if reply.acts.contains(.declineSlot) || reply.acts.contains(.keepObjection) || reply.acts.contains(.takeMessage) { refusedAsks += 1 }
        return reply
    }

    /// The rep tells the price, in figures, without asking anything: the buyer weighs it. A money worry not yet
    /// voiced is voiced, with what they can spend (the fact keyed to budget) when they have not said it yet.
    private mutating func weighPrice(_ reading: RepTurnReading, move: RepMove) -> PersonaReply? {
        guard scenario != .gatekeeper, move == .statement || move == .pitch, !reading.asksQuestion,
              reading.mentionsPrice, reading.words <= 40, reading.contains(PersonaEngineLexicon.money)
        else { return nil }
        let budget = persona.facts.indices.first { persona.facts[$0].keywords.contains("budget") && !state.factsShared.contains($0) }
        let pricing = persona.objection(.pricing)
        if let pricing, !state.objectionsRaised.contains(.pricing), let line = raise(.pricing) {
            _ = pricing
            let told = budget.map { " " + factAnswer($0) } ?? ""
            return say(line + told, [.raiseObjection])
        }
        if let budget {
            // What they can spend is the measure of it; a worry still open is still open.
            let open = state.pendingObjection.flatMap(persona.objection)
            return say(factAnswer(budget) + (open.map { " " + $0.line } ?? ""), open == nil ? [.raiseObjection] : [.raiseObjection, .keepObjection])
        }
        if state.pendingObjection == .pricing, let pricing, !resolves(.pricing, reading, topicsTouched: []) {
            return say(pricing.line, [.keepObjection])
        }
        return nil
    }

    /// Every question in the turn is short and names the persona ("Is that Ruth?"): who answered, nothing more.
    private func checksWhoAnswered(_ reading: RepTurnReading) -> Bool {
        let firstName = WordHash(persona.name.split(separator: " ").first.map { String($0).lowercased() } ?? "")
        return !reading.questions.isEmpty && reading.questions.allSatisfy { question in
            (question.range.count <= 5 && question.range.contains { reading.tokens.hashes[$0] == firstName })
                // "Is that the operations manager?"
                || (question.range.count <= 8 && PersonaEngineLexicon.identityCheck.contains(in: reading.tokens, within: question.range))
        }
    }

    private func relevanceShownNow(_ reading: RepTurnReading) -> Bool {
        relevanceLexicon.map { reading.contains($0) } ?? false
    }

    // MARK: - Signals

    private mutating func applyTone(_ reading: RepTurnReading) {
        let insults = min(reading.insults, 2)
        let pushes = min(reading.pushes, 2)
        state.adjustTrust(-Tuning.insultTrust * Double(insults) - Tuning.pushTrust * Double(pushes))
        state.adjustPatience(-Tuning.insultPatience * Double(insults) - Tuning.pushPatience * Double(pushes))
        if reading.shouting {
            state.adjustTrust(-Tuning.shoutTrust)
            state.adjustPatience(-Tuning.shoutPatience)
        }
        if reading.pressure {
            state.adjustTrust(-Tuning.pressureTrust)
            state.adjustPatience(-Tuning.pressurePatience)
        }
        // Pushing for a commitment before asking a single thing.
        if reading.proposesNextStep, state.topicsCovered.isEmpty, state.turns <= 2, !reading.asksQuestion {
            state.adjustPatience(-Tuning.earlyPushPatience)
        }
    }

    /// The first turns: asking permission, saying who they are and why they call, showing research.
    private mutating func applyOpener(_ reading: RepTurnReading, turn: Int) {
        guard turn <= 2 else { return }
        if reading.permission, !openerCredited {
            openerCredited = true
            state.adjustTrust(Tuning.permissionTrust)
        }
        if reading.introduction && reading.reason, !introCredited {
            introCredited = true
            state.adjustTrust(Tuning.introTrust)
        }
        if reading.personalisation, !personalCredited {
            personalCredited = true
            state.adjustTrust(Tuning.personalTrust)
        }
        if reading.courtesy { state.adjustTrust(Tuning.courtesyTrust) }
    }

    /// Care topics touched in a question, or in a turn that plays their words back.
    private func touchedTopics(_ reading: RepTurnReading, listened: Bool) -> [String] {
        guard !reading.hostile else { return [] }
        var topics: [String] = []
        for (index, care) in persona.cares.enumerated() {
            let inQuestionsOnly = !listened && !reading.pitch && !reading.cites
            if reading.hits(careLexicons[index], inQuestionsOnly: inQuestionsOnly) > 0 { topics.append(care.topic) }
        }
        return topics
    }

    func relevantTo(_ reading: RepTurnReading, _ topicsTouched: [String]) -> Bool {
        !topicsTouched.isEmpty || persona.cares.indices.contains { reading.hits(careLexicons[$0], inQuestionsOnly: false) > 0 }
    }

    // MARK: - Ending

    mutating func hangUp() -> PersonaReply {
        state.patience = 0
        state.outcome = .hungUp
        return say(persona.hangUp.line, .hangUp, outcome: .hungUp)
    }

    var endReply: PersonaReply {
        PersonaReply(text: state.lastReply ?? persona.greeting, outcome: state.outcome, acts: state.lastActs)
    }

    /// How strongly each signal moves trust and patience (both 0–10).
    enum Tuning {
        static let turnCost = 0.15
        /// What is left of a buyer's patience with a civil caller who has used it up: enough to stay on the line.
        static let patienceFloor = 0.1
        static let silenceCost = 0.5
        static let monologueCost = 1.5
        static let longTurnWords = 40
        static let longTurnCost = 0.75
        static let echoWords = 2
        static let listeningTrust = 0.75
        static let newTopicTrust = 1.5
        static let factTrust = 0.75
        static let situationTrust = 0.5
        static let proofTrust = 1.0
        static let engagedPatience = 0.2
        static let resolvedTrust = 1.5
        static let resolvedPatience = 0.5
        static let ignoredTrust = 0.5
        static let ignoredPatience = 0.3
        static let insultTrust = 2.5
        static let insultPatience = 3.0
        static let pushTrust = 1.5
        static let pushPatience = 2.0
        static let shoutTrust = 1.0
        static let shoutPatience = 2.0
        static let pressureTrust = 1.0
        static let pressurePatience = 1.5
        static let earlyPushPatience = 1.0
        static let earlyAskPatience = 0.5
        static let earlyAskTrust = 0.25
        static let hardCloseAsks = 3
        static let hardClosePatience = 1.5
        static let hardCloseTrust = 0.5
        static let permissionTrust = 1.0
        static let introTrust = 0.5
        static let personalTrust = 0.5
        static let courtesyTrust = 0.25
        static let gatekeeperTrustAllowance = 2
        static let identifiedTrust = 0.5
        static let reasonTrust = 1.0
        static let relevanceTrust = 0.5
        /// Rep turns after the persona agreed before the persona closes the call itself.
        static let confirmTurns = 3
    }
}
