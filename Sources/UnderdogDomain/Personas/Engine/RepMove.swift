/// What the rep's turn does in the call, decided once per turn so the buyer answers that move: a question gets an
/// answer, an offered slot a yes, a counter or a no to that slot, a goodbye a goodbye.
enum RepMove: Sendable, Equatable {
    case silence
    /// Insults, pushing or shouting.
    case rude
    /// Leaning on the buyer to decide now: a deadline, a discount for signing, "help me out with my quarter".
    case pressure
    /// "Does that answer it?": the rep checks whether a concern is met.
    case checksConcern
    /// Wrapping up the call.
    case goodbye
    /// After the buyer agreed: the invite, the time, who comes, what to bring.
    case confirmDetails
    /// A proposed next step, with the slots it names (possibly none).
    case meetingAsk([MeetingSlot])
    /// A gatekeeper is asked to put the rep through or to book time with the boss.
    case gatekeeperRequest
    /// A question about the buyer's world.
    case question
    /// A customer story or a result with numbers.
    case proof
    case pitch
    case smallTalk
    /// The first words: who is calling, why, asking for a moment.
    case opener
    /// Anything else said without a question.
    case statement

    /// Reads the move from what the turn says and where the call stands. The order is the order of precedence:
    /// tone first, then what ends or books the call, then what asks something, then what tells something.
    static func read(_ reading: RepTurnReading, turn: Int, agreed: Bool, scenario: ScenarioType, asksForBoss: Bool,
                     awaitingYes: Bool, asksAfterBoss: Bool = false, asksForAFact: Bool, meetingAsked: Bool = false, concernPending: Bool = false,
                     checksWhoAnswered: Bool = false) -> RepMove {
        if reading.words == 0 { return .silence }
        if reading.insults > 0 || reading.pushes > 0 || reading.shouting { return .rude }
        if reading.contains(PersonaEngineLexicon.leaning) { return .pressure }
        let slots = reading.slots
        let wrapsUp = PersonaEngineLexicon.goodbye.contains(in: reading.tokens) || reading.signsOff
        // A long turn with no question mark is a speech, whatever a spoken-question reading finds in it.
        let speech = !reading.text.contains("?") && reading.words >= 25
        // "Is that Ruth?" only checks who picked up.
        let askedOutright = (!speech && !checksWhoAnswered && (reading.situationQuestion || reading.probingQuestion)) || reading.requestsAnAccount
        let realQuestion = askedOutright || (asksForAFact && !speech)
        let offersSlot = turn > 1 || reading.questions.contains { RepTurnReading.namesSlot(reading.tokens, within: $0.range) }
        let proposes = !slots.isEmpty || reading.contains(PersonaEngineLexicon.meetingNoun)
        if agreed {
            if wrapsUp && !realQuestion { return .goodbye }
            // "Thanks, Sofia. I'll send it over this afternoon.": a short thank-you that confirms nothing new.
            if reading.thanked, reading.words <= 14, !reading.asksQuestion, slots.isEmpty,
               !reading.contains(PersonaEngineLexicon.attendees) {
                return .goodbye
            }
            if !slots.isEmpty && (reading.proposesNextStep || reading.asksQuestion) { return .meetingAsk(slots) }
            if reading.contains(PersonaEngineLexicon.attendees) || reading.contains(PersonaEngineLexicon.confirmCue) { return .confirmDetails }
            if realQuestion { return .question }
            if reading.contains(PersonaEngineLexicon.confirmCue) || !slots.isEmpty || ResponseLexicon.agreement.contains(in: reading.tokens) {
                return .confirmDetails
            }
        }
        if wrapsUp && !reading.asksQuestion && !reading.requestsAnAccount { return .goodbye }
        // On the first turn a day is more often the last meeting ("since the demo on Tuesday") than a new one:
        // only a slot offered in a question counts there. "How did last Black Friday go?" names no slot at all.
        if reading.proposesNextStep && offersSlot && proposes { return .meetingAsk(slots) }
        // After a meeting ask, "who else should join?" or "which address should the invite go to?" confirms it.
        if meetingAsked, reading.contains(PersonaEngineLexicon.confirmCue) || reading.contains(PersonaEngineLexicon.attendees),
           !reading.contains(PersonaEngineLexicon.who) || reading.contains(PersonaEngineLexicon.attendees) {
            return .confirmDetails
        }
        // "Thursday works" after the buyer offered Thursday: taking the buyer's slot is a meeting ask answered yes.
        if awaitingYes, !realQuestion, !slots.isEmpty || ResponseLexicon.agreement.contains(in: reading.tokens) {
            return .meetingAsk(slots)
        }
        // A gatekeeper is asked to put the rep through: by the boss's name or role, or in so many words. "Who
        // handles that?" is a question, answered as one.
        // The ask must be the question: "I'd like twenty minutes with Graham. Is that something he's looking at?"
        // asks about the boss's agenda first. A mobile or direct line asked for is a request too, never granted.
        // "Can you book me in with him?": time with the boss asked for by pronoun.
        let asksInQuestion = reading.questions.contains {
            ClosingLexicon.gatekeeperAsk.contains(in: reading.tokens, within: $0.range)
                || (PersonaEngineLexicon.meetingNoun.contains(in: reading.tokens, within: $0.range)
                    && PersonaEngineLexicon.withTheBoss.contains(in: reading.tokens, within: $0.range))
        }
        if asksAfterBoss { return .gatekeeperRequest }
        // A message left with a gatekeeper is left, whatever it asks.
        if scenario == .gatekeeper, reading.offersToSendInfo, !reading.pitch { return .statement }
        if scenario == .gatekeeper, !reading.contains(PersonaEngineLexicon.who),
           ((asksForBoss || reading.contains(PersonaEngineLexicon.withTheBoss)) && (reading.words <= 8 || asksInQuestion))
            || reading.contains(PersonaEngineLexicon.putThrough) || reading.contains(PersonaEngineLexicon.wayRound) {
            return .gatekeeperRequest
        }
        // "Can I send you a brochure?" offers something; it asks nothing about their world.
        if reading.offersToSendInfo && !reading.situationQuestion { return .statement }
        // An offer told and checked ("…so your analyst stops rebuilding it. Would that help?"): a pitch, or proof.
        // With a concern open, "does that help?" asks about the concern instead.
        if reading.interestCheckOnly, !reading.pleasantry, !(concernPending && reading.contains(PersonaEngineLexicon.checksConcern)) {
            return reading.cites && !(reading.pitch && !reading.tellsStory) ? .proof : .pitch
        }
        // "Would that cover what was worrying you?" with a concern open asks about the concern, whatever fact it names.
        if reading.contains(PersonaEngineLexicon.checksConcern) && (!asksForAFact || concernPending) { return .checksConcern }
        // "How are you today?" is small talk even though "today" keys a fact: a short pleasantry asks nothing.
        let shortQuestion = reading.questions.allSatisfy { $0.range.count <= 7 }
        if reading.pleasantry && (!askedOutright || !asksForAFact || shortQuestion || reading.onlyPleasantQuestions) { return .smallTalk }
        if realQuestion { return .question }
        // "Hello, is that the operations manager? Great.": only who picked up is asked; the caller still has to
        // say who they are and why they ring.
        if checksWhoAnswered, turn <= 2, !reading.pitch { return .opener }
        // "We help machine shops quote faster. Have you got a minute?": the first turn asks for the call itself.
        if turn <= 1, reading.permission, scenario != .gatekeeper { return .opener }
        // Numbers inside a description of the offer ("for all nine sites") make it a pitch, not proof.
        if reading.cites && !(reading.pitch && !reading.tellsStory) { return .proof }
        if reading.pitch { return .pitch }
        if turn <= 2 && (reading.introduction || reading.permission || reading.statesPurpose) { return .opener }
        // A speech with no question mark asks nothing, whatever a spoken-question reading finds in it.
        if reading.asksQuestion && !speech { return .question }
        return .statement
    }
}
