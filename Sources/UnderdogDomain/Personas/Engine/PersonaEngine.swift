import Foundation

/// The buyer's side of a text roleplay when no chat model is configured: a deterministic state machine driven by a
/// `Persona` file and by what the rep actually wrote.
///
/// Each rep turn is read once (`RepTurnReading`: the domain's tokenizer, question finder and lexicons). The signals
/// move trust and patience, cover care topics, raise and resolve the persona's objections; the reply is the
/// matching fact, objection or verdict line from the persona file, or a short generic reaction chosen from the
/// state. Same persona, scenario and rep lines always give the same replies.
///
/// After the call has ended (meeting booked or hung up), `respond(to:)` does not throw: it returns the ending
/// reply again, unchanged, and the state does not move.
public struct PersonaEngine: Sendable {
    public let persona: Persona
    public let scenario: ScenarioType
    public private(set) var state: PersonaState

    private let careLexicons: [Lexicon<String>]
    private let factLexicons: [Lexicon<String>]
    private let resolveLexicons: [Lexicon<String>]
    private let contextSentences: [String]
    private var contextShared = 0
    private var lastProspect: TokenizedText?
    private var openerCredited = false
    private var introCredited = false
    private var personalCredited = false
    private var meetingStageObjectionRaised = false
    private var lastRepWasMeetingAsk = false

    public init(persona: Persona, scenario: ScenarioType) {
        self.persona = persona
        self.scenario = scenario
        careLexicons = persona.cares.map { Lexicon(phrases: $0.keywords.map { $0.lowercased() }) }
        factLexicons = persona.facts.map { Lexicon(phrases: $0.keywords.map { $0.lowercased() }) }
        resolveLexicons = persona.objections.map { Lexicon(phrases: $0.resolvedBy.map { $0.lowercased() }) }
        contextSentences = Self.sentences(of: persona.company.context)
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

    /// The persona's first line: the greeting, with a screening question added for a gatekeeper that lacks one.
    public mutating func open() -> PersonaReply {
        if state.hasEnded { return endReply }
        var text = persona.greeting
        if scenario == .gatekeeper, !OpenerLexicon.whoIsThis.contains(in: TokenizedText(text)) {
            text += " " + PersonaLines.gatekeeperWho[0]
        }
        return say(text)
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
            return say(pick(PersonaLines.silence))
        }

        // Tone first: insults, pushing, shouting, pressure.
        applyTone(reading)
        if reading.isMonologue {
            state.adjustPatience(-Tuning.monologueCost)
        } else if reading.words >= Tuning.longTurnWords && !reading.asksQuestion {
            state.adjustPatience(-Tuning.longTurnCost)
        }
        if !reading.hostile { applyOpener(reading, turn: turn) }

        // Listening: playing back their words, acknowledging.
        let echoed = lastProspect.map { reading.echoes($0) } ?? 0
        let listened = !reading.hostile && (reading.acknowledges || echoed >= Tuning.echoWords)
        if listened { state.adjustTrust(Tuning.listeningTrust) }

        // Topics and facts.
        let topicsTouched = touchedTopics(reading, listened: listened)
        var newTopic = false
        for topic in topicsTouched where !state.topicsCovered.contains(topic) {
            state.topicsCovered.insert(topic)
            newTopic = true
        }
        let fact = reading.asksQuestion ? bestFact(reading) : nil
        let relevantQuestion = reading.asksQuestion && !reading.hostile
            && (!topicsTouched.isEmpty || fact != nil || reading.probingQuestion)
        if relevantQuestion {
            state.adjustTrust(newTopic ? Tuning.newTopicTrust : (fact != nil ? Tuning.factTrust : Tuning.situationTrust))
            state.adjustPatience(Tuning.engagedPatience)
        } else if listened {
            state.adjustPatience(Tuning.engagedPatience)
        }
        if reading.pitch { state.pitched = true }

        // The pending objection: answered, or ignored.
        var resolvedNow = false
        if let pending = state.pendingObjection, !reading.hostile {
            if resolves(pending, reading, topicsTouched: topicsTouched) {
                state.pendingObjection = nil
                state.objectionsResolved.insert(pending)
                state.adjustTrust(Tuning.resolvedTrust)
                state.adjustPatience(Tuning.resolvedPatience)
                resolvedNow = true
            }
        }

        // Gatekeeper screening.
        if scenario == .gatekeeper, !reading.hostile {
            if reading.introduction, !state.callerIdentified {
                state.callerIdentified = true
                state.adjustTrust(Tuning.identifiedTrust)
            }
            if reading.reason || reading.personalisation || !topicsTouched.isEmpty, !state.reasonGiven {
                state.reasonGiven = true
                state.adjustTrust(Tuning.reasonTrust)
            }
            if reading.courtesy, turn > 2 { state.adjustTrust(Tuning.courtesyTrust) }
        }

        let wantsNextStep = reading.proposesNextStep || (scenario == .gatekeeper && reading.asksForDecisionMaker)
        defer { lastRepWasMeetingAsk = wantsNextStep }
        if wantsNextStep { state.meetingAsks += 1 }

        // Costs that depend on the meeting ask, before the hang-up check.
        let ready = meetingConditionsMet
        if wantsNextStep, !ready {
            let hardClose = state.meetingAsks >= Tuning.hardCloseAsks || (lastRepWasMeetingAsk && !resolvedNow)
            state.adjustPatience(hardClose ? -Tuning.hardClosePatience : -Tuning.earlyAskPatience)
            state.adjustTrust(hardClose ? -Tuning.hardCloseTrust : -Tuning.earlyAskTrust)
        }

        if state.patience <= 0 { return hangUp() }

        if reading.hostile {
            return say(pick(PersonaLines.hostile))
        }

        if wantsNextStep {
            return answerNextStep(reading, ready: ready)
        }

        let prefix = resolvedNow ? pick(PersonaLines.resolved) + " " : ""

        if state.pendingObjection == nil, !resolvedNow, let line = objectionToRaise(reading, turn: turn, fact: fact) {
            return say(line)
        }

        if state.pendingObjection != nil, !resolvedNow, reading.offersToSendInfo, !reading.asksQuestion {
            return say(pick(PersonaLines.sendInfo))
        }
        if let pending = state.pendingObjection, !resolvedNow {
            // Moving on without answering costs a little, and the persona says so.
            state.adjustTrust(-Tuning.ignoredTrust)
            state.adjustPatience(-Tuning.ignoredPatience)
            if state.patience <= 0 { return hangUp() }
            if let fact, reading.asksQuestion, pending != .brushOff {
                return say(pick(PersonaLines.ignoredObjection) + " But fine: " + factAnswer(fact))
            }
            return say(pick(PersonaLines.ignoredObjection))
        }

        if scenario == .gatekeeper, !state.callerIdentified {
            return say(prefix + pick(PersonaLines.gatekeeperWho))
        }
        if scenario == .gatekeeper, !state.reasonGiven {
            return say(prefix + pick(PersonaLines.gatekeeperWhy))
        }

        if let fact {
            let lead = listened && state.trust >= 5 && prefix.isEmpty ? pick(["Right. ", "Exactly. ", "Yes. "]) : ""
            return say(prefix + lead + factAnswer(fact))
        }
        if reading.asksQuestion {
            if relevantQuestion {
                if contextShared < contextSentences.count, state.trust >= 4 || !topicsTouched.isEmpty {
                    let sentence = contextSentences[contextShared]
                    contextShared += 1
                    return say(prefix + sentence)
                }
                return say(prefix + pick(state.trust >= 6 ? PersonaLines.noFactWarm : PersonaLines.noFact))
            }
            if reading.permission && turn <= 2 {
                return say(prefix + pick(state.trust >= 4 ? PersonaLines.permissionGranted : PersonaLines.permissionGrudging))
            }
            if scenario == .gatekeeper {
                return say(prefix + pick(PersonaLines.gatekeeperHelp))
            }
            if turn <= 2 && prefix.isEmpty { return say(pick(PersonaLines.smallTalk)) }
            let mood = PersonaLines.mood(trust: state.trust)
            return say(prefix + pick(PersonaLines.nudge(mood, pitched: state.pitched)))
        }

        // A statement.
        if reading.isMonologue { return say(prefix + pick(PersonaLines.monologue)) }
        if reading.offersToSendInfo && !reading.pitch { return say(prefix + pick(PersonaLines.sendInfo)) }
        if reading.permission && turn <= 2 {
            return say(prefix + pick(state.trust >= 4 ? PersonaLines.permissionGranted : PersonaLines.permissionGrudging))
        }
        if scenario == .gatekeeper { return say(prefix + pick(PersonaLines.gatekeeperHelp)) }
        let mood = PersonaLines.mood(trust: state.trust)
        if !prefix.isEmpty { return say(prefix + pick(PersonaLines.nudge(mood, pitched: state.pitched))) }
        return say(pick(PersonaLines.reaction(mood)) + " " + pick(PersonaLines.nudge(mood, pitched: state.pitched)))
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
            let hits = reading.hits(careLexicons[index], inQuestionsOnly: !listened)
            if hits > 0 { topics.append(care.topic) }
        }
        return topics
    }

    /// The fact whose keywords the question sentences touch most; an untold fact wins a tie, then file order.
    private func bestFact(_ reading: RepTurnReading) -> Int? {
        var best: (index: Int, hits: Int, told: Bool)?
        for index in persona.facts.indices {
            let hits = reading.hits(factLexicons[index], inQuestionsOnly: true)
            guard hits > 0 else { continue }
            let told = state.factsShared.contains(index)
            if let current = best {
                let better = (!told && current.told) || (told == current.told && hits > current.hits)
                if better { best = (index, hits, told) }
            } else {
                best = (index, hits, told)
            }
        }
        return best?.index
    }

    private mutating func factAnswer(_ index: Int) -> String {
        let answer = persona.facts[index].answer
        if state.factsShared.contains(index) {
            // Asked again: the gist, plus something about the company not yet said.
            let gist = PersonaLines.alreadySaid + Self.lowercasedFirst(Self.sentences(of: answer).first ?? answer)
            return gist + " " + pick(PersonaLines.afterRepeat(PersonaLines.mood(trust: state.trust)))
        }
        state.factsShared.insert(index)
        return answer
    }

    private func resolves(_ category: ObjectionCategory, _ reading: RepTurnReading, topicsTouched: [String]) -> Bool {
        guard let index = persona.objections.firstIndex(where: { $0.category == category }) else { return true }
        if reading.contains(resolveLexicons[index]) { return true }
        // An acknowledging question takes the objection seriously.
        if reading.acknowledges && reading.probingQuestion { return true }
        // A brush-off gives way to a question that touches what they care about.
        if category == .brushOff && reading.asksQuestion && !topicsTouched.isEmpty { return true }
        return false
    }

    // MARK: - Objections and the meeting

    /// The objection that fits this moment, voiced (and recorded) now; nil when none fits.
    private mutating func objectionToRaise(_ reading: RepTurnReading, turn: Int, fact: Int?) -> String? {
        if scenario == .objection, turn == 1, let first = persona.objections.first {
            return raise(first.category)
        }
        if turn == 1, scenario != .closing, !(reading.permission || reading.reason || reading.personalisation) {
            if let line = raise(.brushOff) { return line }
        }
        // A gatekeeper is not the buyer: it only brushes callers off.
        guard scenario != .gatekeeper else { return nil }
        // A fresh discovery question in the same turn gets its answer first.
        let freshFact = fact.map { !state.factsShared.contains($0) } ?? false
        if reading.asksAboutPrice || (reading.mentionsPrice && !freshFact), let line = raise(.pricing) { return line }
        if reading.pitch, turn >= 2, !(reading.probingQuestion && freshFact), let line = raise(.statusQuo) { return line }
        return nil
    }

    private mutating func raise(_ category: ObjectionCategory) -> String? {
        guard !state.objectionsRaised.contains(category),
              let objection = persona.objections.first(where: { $0.category == category }) else { return nil }
        state.objectionsRaised.append(category)
        state.pendingObjection = category
        return objection.line
    }

    private var meetingConditionsMet: Bool {
        guard state.pendingObjection == nil else { return false }
        if scenario == .gatekeeper {
            return state.callerIdentified && state.reasonGiven
                && state.trust >= Double(max(0, persona.meeting.minimumTrust - Tuning.gatekeeperTrustAllowance))
        }
        return state.trust >= Double(persona.meeting.minimumTrust)
            && persona.meeting.requiredTopics.allSatisfy { state.topicsCovered.contains($0) }
    }

    private mutating func answerNextStep(_ reading: RepTurnReading, ready: Bool) -> PersonaReply {
        if state.pendingObjection != nil {
            return say(pick(PersonaLines.blockedByObjection))
        }
        guard ready else {
            if scenario == .gatekeeper, !(state.callerIdentified && state.reasonGiven) {
                return say(pick(PersonaLines.gatekeeperNoReason))
            }
            if state.lastReply == persona.meeting.notYetLine { return say(pick(PersonaLines.repeatedNotYet)) }
            return say(persona.meeting.notYetLine)
        }
        // The last hurdle before agreeing: timing or authority, once per call, when not already heard.
        if scenario != .gatekeeper, !meetingStageObjectionRaised {
            meetingStageObjectionRaised = true
            for category in [ObjectionCategory.timing, .authority] where !state.objectionsRaised.contains(category) {
                if let line = raise(category) { return say(line) }
            }
        }
        state.outcome = .meetingBooked
        return say(persona.meeting.acceptLine, outcome: .meetingBooked)
    }

    private mutating func hangUp() -> PersonaReply {
        state.patience = 0
        state.outcome = .hungUp
        return say(persona.hangUp.line, outcome: .hungUp)
    }

    private var endReply: PersonaReply {
        PersonaReply(text: state.lastReply ?? persona.greeting, outcome: state.outcome)
    }

    // MARK: - Wording

    /// A line from `pool`, chosen by the turn number and skipping the previous line.
    private func pick(_ pool: [String]) -> String {
        precondition(!pool.isEmpty)
        let start = (state.turns + state.objectionsRaised.count + state.topicsCovered.count) % pool.count
        for offset in 0..<pool.count {
            let candidate = pool[(start + offset) % pool.count]
            if let last = state.lastReply, last == candidate || last.hasSuffix(candidate) || last.hasPrefix(candidate) {
                continue
            }
            return candidate
        }
        return pool[start]
    }

    private mutating func say(_ text: String, outcome: PersonaReply.Outcome = .continuing) -> PersonaReply {
        var line = text
        if line == state.lastReply, outcome == .continuing { line = "Again: " + line }
        state.lastReply = line
        lastProspect = TokenizedText(line)
        return PersonaReply(text: line, outcome: outcome)
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        // Keep "I", names and acronyms as they are.
        let second = text.dropFirst().first
        if first == "I", second == " " || second == "'" { return text }
        if let second, second.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    private static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "." || character == "!" || character == "?" {
                let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { result.append(trimmed) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    /// How strongly each signal moves trust and patience (both 0–10).
    enum Tuning {
        static let turnCost = 0.3
        static let silenceCost = 0.5
        static let monologueCost = 1.5
        static let longTurnWords = 40
        static let longTurnCost = 0.75
        static let echoWords = 2
        static let listeningTrust = 0.75
        static let newTopicTrust = 1.0
        static let factTrust = 0.5
        static let situationTrust = 0.5
        static let engagedPatience = 0.2
        static let resolvedTrust = 1.0
        static let resolvedPatience = 0.5
        static let ignoredTrust = 0.5
        static let ignoredPatience = 0.5
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
    }
}
