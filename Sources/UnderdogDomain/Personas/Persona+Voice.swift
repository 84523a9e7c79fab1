extension Persona {
    /// The accept line with the agreed day and time in it.
    public func acceptLine(slot: String) -> String {
        meeting.acceptLine.replacingOccurrences(of: "{slot}", with: slot)
    }

    /// What the rep is told before the call: who they work for, what they sell, and what this call is for.
    public struct Brief: Codable, Sendable, Hashable {
        /// The company the rep calls from.
        public let seller: String
        /// What the rep sells, in a sentence or two that fit this buyer.
        public let product: String
        /// What the call is for, one sentence per scenario the persona plays (keyed by `ScenarioType.rawValue`).
        public let goals: [String: String]

        public func goal(for scenario: ScenarioType) -> String? { goals[scenario.rawValue] }
    }

    /// When the persona can meet.
    public struct Availability: Codable, Sendable, Hashable {
        /// Lower-case weekday names they cannot do.
        public let busyDays: [String]
        /// What they offer instead of a busy day, or when asked to meet with no day named: "Thursday at 2pm".
        public let counterSlot: String
    }

    /// The persona's own lines, by moment. Lines may hold `{slot}`, `{counter}`, `{email}` and `{seller}`, which
    /// the engine fills in.
    public struct Voice: Codable, Sendable, Hashable {
        public let permissionGranted: [String]
        public let permissionGrudging: [String]
        public let askPurpose: [String]
        public let smallTalk: [String]
        /// After rudeness or pushing: a warning short of hanging up.
        public let warning: [String]
        public let monologue: [String]
        /// A pitch that has not landed yet, and one that has.
        public let pitchCold: [String]
        public let pitchWarm: [String]
        /// A customer story or result the rep cites.
        public let proofReaction: [String]
        /// The rep met their concern.
        public let resolved: [String]
        public let ignoredObjection: [String]
        public let blockedByObjection: [String]
        public let repeatedNotYet: [String]
        /// Asked something they cannot or will not answer.
        public let noFact: [String]
        public let sendInfo: [String]
        public let silence: [String]
        /// `{slot}`: not agreeing to that slot yet.
        public let declineSlot: [String]
        /// `{slot}` is a busy day; `{counter}` is offered instead.
        public let counterSlot: [String]
        /// Asked to meet with no day named: agree in principle and offer `{counter}`.
        public let askSlot: [String]
        /// The rep confirms the agreed `{slot}`.
        public let confirm: [String]
        /// The call ends after a meeting was agreed.
        public let goodbye: [String]
        /// The call ends without one.
        public let farewell: [String]
        public let reactionCold: [String]
        public let reactionNeutral: [String]
        public let reactionWarm: [String]
        public let nudgeCold: [String]
        public let nudgeNeutral: [String]
        public let nudgeWarm: [String]

        /// Every pool with its JSON key, for validation.
        var pools: [(key: String, lines: [String])] {
            [("permissionGranted", permissionGranted), ("permissionGrudging", permissionGrudging), ("askPurpose", askPurpose),
             ("smallTalk", smallTalk), ("warning", warning), ("monologue", monologue), ("pitchCold", pitchCold),
             ("pitchWarm", pitchWarm), ("proofReaction", proofReaction), ("resolved", resolved),
             ("ignoredObjection", ignoredObjection), ("blockedByObjection", blockedByObjection),
             ("repeatedNotYet", repeatedNotYet), ("noFact", noFact), ("sendInfo", sendInfo), ("silence", silence),
             ("declineSlot", declineSlot), ("counterSlot", counterSlot), ("askSlot", askSlot), ("confirm", confirm),
             ("goodbye", goodbye), ("farewell", farewell), ("reactionCold", reactionCold),
             ("reactionNeutral", reactionNeutral), ("reactionWarm", reactionWarm), ("nudgeCold", nudgeCold),
             ("nudgeNeutral", nudgeNeutral), ("nudgeWarm", nudgeWarm)]
        }

        /// Placeholders a pool's lines must hold.
        static let required: [String: [String]] = [
            "declineSlot": ["{slot}"], "counterSlot": ["{slot}", "{counter}"], "askSlot": ["{counter}"], "confirm": ["{slot}"],
        ]
    }

    /// A gatekeeper's boss, and what makes a call worth putting through.
    public struct GatekeeperTerms: Codable, Sendable, Hashable {
        public let boss: String
        public let bossFirstName: String
        public let bossTitle: String
        /// Lower-case words that make a caller's purpose relevant to the boss's business.
        public let relevance: [String]
        /// Asking whom the caller wants.
        public let askName: [String]
        /// Putting the caller through or booking them in (may hold `{slot}`).
        public let putThrough: [String]
        /// Not convinced: a message or an email instead.
        public let takeMessage: [String]
        /// Convinced by the reason, before any time is asked for: the boss would want to hear it, and the caller may
        /// ask for time. Names no slot.
        public let willHelp: [String]
    }
}
