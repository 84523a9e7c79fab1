/// The persona's hang-up triggers (`hangUp.triggers`, plain words in the file) read as behaviours a rep turn can
/// show: leaning on them to sign, promising everything, a vague answer on the matter the trigger names, dodging
/// their question, insisting on a way round a gatekeeper, asking again after two noes. A turn that shows one is
/// warned the first time; after a warning, it ends the call.
extension PersonaEngine {
    enum Limit: Equatable, Sendable {
        /// "pressure to sign before the partners meet", "pressure with a deadline discount".
        case pressure
        /// "promising it does everything".
        case overpromise
        /// "vague answers about data security": the subject's stems.
        case vagueAbout(Set<String>)
        /// "dodging a direct question about price", "brushing past what went wrong last time": the subject's stems.
        case dodging(Set<String>)
        /// "insisting on Tom's mobile number".
        case wayRound
        /// "asking again after she has said no twice".
        case askingAgain
        /// "jargon like synergy or digital transformation".
        case jargon
        /// "running down a tool she already pays for".
        case runningDown
        /// "being lectured about how dentistry works".
        case lecture
    }

    /// The limits a persona's trigger lines name, read once from their words.
    static func limits(of triggers: [String]) -> [Limit] {
        triggers.compactMap { trigger in
            let text = trigger.lowercased()
            let has = { (words: [String]) in words.contains { text.contains($0) } }
            if has(["pressure", "pushing for a contract", "deadline", "discount", "sign before"]) { return .pressure }
            if has(["does everything", "do everything", "promising it", "overpromis"]) { return .overpromise }
            if has(["mobile", "direct line", "his number", "her number"]) { return .wayRound }
            if has(["asking again", "asks again", "said no", "keeps asking"]) { return .askingAgain }
            if has(["jargon", "buzzword"]) { return .jargon }
            if has(["running down", "rubbishing", "slagging"]) { return .runningDown }
            if has(["lectured", "lecturing", "how dentistry works", "how their trade"]) { return .lecture }
            if has(["dodging", "brushing past", "ignoring", "skipping"]) {
                let subject = ContentStems(text).stems.subtracting(ContentStems("dodging brushing past ignoring skipping direct question about").stems)
                return subject.isEmpty ? nil : .dodging(subject)
            }
            if text.contains("vague") {
                let subject = ContentStems(text).stems.subtracting(ContentStems("vague answers answer about on").stems)
                return subject.isEmpty ? nil : .vagueAbout(subject)
            }
            return nil
        }
    }

    /// The limit this turn crosses, if any. Leaning on the buyer to sign now with a discount or a deadline is
    /// crossed with every persona: a buyer warns a caller who does it, whatever else their file says.
    func crossedLimit(_ reading: RepTurnReading, move: RepMove) -> Limit? {
        if reading.pressure || reading.contains(PersonaEngineLexicon.leaning),
           limits.contains(.pressure) || reading.contains(PersonaEngineLexicon.signNowOffer) {
            return .pressure
        }
        for limit in limits {
            switch limit {
            case .overpromise where reading.contains(PersonaEngineLexicon.overpromise):
                return limit
            case .vagueAbout(let subject) where !subject.isDisjoint(with: reading.textStems.stems)
                && (reading.contains(PersonaEngineLexicon.dismissive) || reading.contains(PersonaEngineLexicon.vagueAssurance)):
                return limit
            case .dodging(let subject) where dodgesBefore >= 1 && dodges(reading, move: move):
                // Only a dodge of the question the trigger is about ("price": the money worry).
                guard let pending = state.pendingObjection, let objection = persona.objection(pending),
                      !subject.isDisjoint(with: ContentStems(objection.line + " " + pending.rawValue).stems) else { continue }
                return limit
            case .wayRound where reading.contains(PersonaEngineLexicon.wayRound) && wayRoundAsks >= 1:
                return limit
            case .askingAgain where asksToMeet(move) && refusedAsks >= 2 && !meetingConditionsMet:
                return limit
            case .jargon where reading.contains(PersonaEngineLexicon.jargon):
                return limit
            case .runningDown where reading.contains(PersonaEngineLexicon.runningDown)
                && !ownTools.isDisjoint(with: reading.textStems.stems):
                // Only what they use now, named ("HubSpot's forecasting is rubbish").
                return limit
            case .lecture where reading.contains(PersonaEngineLexicon.lecture):
                return limit
            default:
                continue
            }
        }
        return nil
    }

    /// The names of what the buyer uses now, as their facts and context write them (capitalised, mid-sentence):
    /// "HubSpot", "WhatsApp", "Shopify".
    static func tools(of persona: Persona) -> Set<String> {
        let text = (persona.facts.map(\.answer) + [persona.company.context]).joined(separator: " ")
        var names = Set<String>()
        for sentence in PersonaEngine.sentences(of: text) {
            for word in sentence.split(separator: " ").dropFirst() where word.first?.isUppercase == true && word.count >= 3 {
                names.formUnion(ContentStems(String(word)).stems)
            }
        }
        return names.subtracting(ContentStems(persona.name + " " + persona.company.name).stems)
    }

    func asksToMeet(_ move: RepMove) -> Bool {
        if case .meetingAsk = move { return true }
        return move == .gatekeeperRequest
    }

    /// The turn goes past the concern standing without meeting it: it sets it aside, or talks of something else
    /// without asking anything.
    func dodges(_ reading: RepTurnReading, move: RepMove) -> Bool {
        guard let pending = state.pendingObjection, move != .question, !reading.asksQuestion || reading.pitch else { return false }
        if reading.contains(PersonaEngineLexicon.setsAside) { return true }
        // Talking about what they care about, or meeting another worry, is not going past this one.
        return !resolves(pending, reading, topicsTouched: []) && !relevantTo(reading, []) && preempted(reading) == nil
    }

    /// The reply to a turn that crosses a limit: a warning the first time (the concern or the not-yet still
    /// standing, a slot pushed for refused by name), the hang-up line after a warning or when the limit is
    /// asking again after two noes.
    mutating func answerLimit(_ limit: Limit, _ reading: RepTurnReading) -> PersonaReply {
        // Asking again after two noes, or for the way round a second time, is already the insisting the file names.
        if warnings >= 1 || limit == .askingAgain || limit == .wayRound { return hangUp() }
        warnings += 1
        var text = pick(persona.voice.warning)
        var acts: [PersonaReply.Act] = [.warning]
        if let slot = reading.slots.first(where: { $0.day != nil }) {
            lastOfferedSlot = slot
            text += " " + fill(pick(persona.voice.declineSlot), slot: slot)
            acts.append(.declineSlot)
        }
        if let pending = state.pendingObjection, let objection = persona.objection(pending) {
            // The worry they raised is still what they want answered.
            text += " " + objection.line
            acts.append(.keepObjection)
        } else if scenario != .gatekeeper, let objection = standingWorry(for: limit) {
            // Leaned on, the buyer goes back to what still has to happen before a yes (who decides, the money).
            let first = !state.objectionsRaised.contains(objection.category)
            if first { state.objectionsRaised.append(objection.category) }
            state.objectionsResolved.remove(objection.category)
            state.pendingObjection = objection.category
            text += " " + objection.line
            acts.append(first ? .raiseObjection : .keepObjection)
        } else if scenario == .gatekeeper, !state.reasonGiven {
            text += " " + pick(persona.voice.askPurpose)
            acts.append(.askPurpose)
        } else if limit == .pressure, !acts.contains(.declineSlot) {
            acts.append(.declineSlot)
        }
        return say(text, acts)
    }

    /// The worry a buyer goes back to when leaned on: pressure to sign meets who decides, then the money, then
    /// the timing; hype meets their doubt about changing at all.
    func standingWorry(for limit: Limit) -> Persona.PersonaObjection? {
        let order: [ObjectionCategory] = limit == .pressure ? [.authority, .pricing, .timing] : [.statusQuo, .pricing, .brushOff]
        for category in order { if let objection = persona.objection(category) { return objection } }
        return nil
    }
}
