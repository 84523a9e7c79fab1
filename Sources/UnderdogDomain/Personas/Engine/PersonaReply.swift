/// One line from the persona, and whether the call goes on after it.
public struct PersonaReply: Sendable, Equatable, Hashable {
    public let text: String
    public let outcome: Outcome
    /// What the line does in the call, as the offline engine chose it, main act first ("We run three spreadsheets.
    /// And what would this cost?" answers and raises an objection); empty for a chat model's reply.
    public let acts: [Act]

    /// The main act, `.unclassified` when none was recorded.
    public var act: Act { acts.first ?? .unclassified }

    public enum Outcome: String, Sendable, Hashable, Codable {
        case continuing
        case meetingBooked = "meeting_booked"
        case hungUp = "hung_up"
    }

    /// What a reply does, so an evaluation can check it answers the rep's move (a slot offer gets a slot answer,
    /// a question an answer) without guessing from the wording.
    public enum Act: String, Sendable, Hashable, Codable, CaseIterable {
        case greeting
        /// A fact, a piece of their situation, or an honest "I don't know" to a question.
        case answer
        /// Gives the rep the moment they asked for.
        case permission
        /// Asks why the rep is calling (or, as a gatekeeper, who they are and whom they want).
        case askPurpose = "ask_purpose"
        case smallTalk = "small_talk"
        case reactToPitch = "react_to_pitch"
        case reactToProof = "react_to_proof"
        case raiseObjection = "raise_objection"
        /// The concern stands: the rep dodged it or has not met it.
        case keepObjection = "keep_objection"
        /// The rep met the concern; the persona lets it go.
        case objectionResolved = "objection_resolved"
        case acceptSlot = "accept_slot"
        case counterSlot = "counter_slot"
        case declineSlot = "decline_slot"
        /// Asked to meet with no time named: the persona offers one.
        case proposeSlot = "propose_slot"
        /// Confirms the details of an agreed meeting.
        case confirm
        /// Ends the call after a meeting was agreed, or without one.
        case goodbye
        case farewell
        /// A warning after rudeness, short of hanging up.
        case warning
        case hangUp = "hang_up"
        /// A gatekeeper puts the caller through or books them with the boss, or takes a message instead.
        case putThrough = "put_through"
        case takeMessage = "take_message"
        case sendInfo = "send_info"
        /// A reaction to a statement, with a nudge back to the rep.
        case reaction
        case silence
        case unclassified
    }

    public init(text: String, outcome: Outcome, acts: [Act] = []) {
        self.text = text
        self.outcome = outcome
        self.acts = acts
    }

    /// True when the call is over after this line (booked or hung up).
    public var endsCall: Bool { outcome != .continuing }
}
