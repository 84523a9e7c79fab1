/// Where the persona stands during a call: what it thinks of the rep, how much more it will take, what has come up.
///
/// Trust and patience are on the persona file's 0–10 scale, kept as `Double` so small signals add up; both are
/// clamped to 0...10. The call ends when patience reaches 0 (hang-up) or a meeting is booked.
public struct PersonaState: Sendable, Equatable {
    /// 0–10: how much the persona believes the caller is worth its time.
    public internal(set) var trust: Double
    /// 0–10: how much more the persona will put up with.
    public internal(set) var patience: Double
    /// Care topics (`Persona.CareTopic.topic`) the rep has touched.
    public internal(set) var topicsCovered: Set<String>
    /// Objections the persona has voiced, in the order it voiced them; each at most once.
    public internal(set) var objectionsRaised: [ObjectionCategory]
    /// Objections the rep answered well enough to let go.
    public internal(set) var objectionsResolved: Set<ObjectionCategory>
    /// The objection still waiting for an answer; it blocks the meeting.
    public internal(set) var pendingObjection: ObjectionCategory?
    /// Rep turns answered so far (the greeting is not one).
    public internal(set) var turns: Int
    /// Indices into `Persona.facts` the persona has already told.
    public internal(set) var factsShared: Set<Int>
    /// Times the rep proposed a next step.
    public internal(set) var meetingAsks: Int
    /// True once the rep said what they offer.
    public internal(set) var pitched: Bool
    /// Gatekeeper scenario: the rep gave a name and company, and a reason for the call.
    public internal(set) var callerIdentified: Bool
    public internal(set) var reasonGiven: Bool
    /// True once the persona agreed to meet (or a gatekeeper to put the rep through); the call goes on so the rep
    /// can confirm, and ends booked.
    public internal(set) var meetingAgreed: Bool
    /// The slot agreed, when one was named.
    public internal(set) var agreedSlot: MeetingSlot?
    /// What the persona's last line did.
    public internal(set) var lastActs: [PersonaReply.Act]
    /// `.continuing` until the call ends; then how it ended.
    public internal(set) var outcome: PersonaReply.Outcome
    /// The persona's last line, so it never says the same thing twice in a row.
    public internal(set) var lastReply: String?

    public var hasEnded: Bool { outcome != .continuing }

    /// Trust as the persona file counts it: rounded down to a whole number.
    public var trustLevel: Int { Int(trust.rounded(.down)) }

    init(trust: Double, patience: Double) {
        self.trust = trust
        self.patience = patience
        topicsCovered = []
        objectionsRaised = []
        objectionsResolved = []
        pendingObjection = nil
        turns = 0
        factsShared = []
        meetingAsks = 0
        pitched = false
        callerIdentified = false
        reasonGiven = false
        meetingAgreed = false
        agreedSlot = nil
        lastActs = []
        outcome = .continuing
        lastReply = nil
    }

    mutating func adjustTrust(_ delta: Double) { trust = min(10, max(0, trust + delta)) }
    mutating func adjustPatience(_ delta: Double) { patience = min(10, max(0, patience + delta)) }
}
