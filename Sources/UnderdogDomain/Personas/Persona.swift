/// A buyer a rep practises on: who they are, how they behave on the phone, what they object to, what wins a
/// meeting from them and what ends the call. Read from `content/personas/*.json`, written by the team.
///
/// The same file drives the local persona engine (offline) and the system prompt of a chat model, so every
/// field is something both can act on: plain facts and lines, no prompt tricks.
public struct Persona: Codable, Sendable, Hashable, Identifiable {
    /// A slug, also the file's name: `dana-whitfield`.
    public let id: String
    public let name: String
    public let title: String
    public let company: Company
    public let temperament: Temperament
    /// 1 (warm, patient) to 5 (guarded, short fuse).
    public let difficulty: Int
    /// The scenario types this persona can play.
    public let scenarios: [ScenarioType]
    /// How they pick up the phone.
    public let greeting: String
    /// 0–10 at the start of a call: how much they believe the caller is worth their time.
    public let startingTrust: Int
    /// 0–10 at the start of a call: how much more they will put up with. The call ends when it runs out.
    public let patience: Int
    /// What they care about, as topics a good question or pitch touches (words a rep would use).
    public let cares: [CareTopic]
    /// What they answer when a discovery question touches a topic.
    public let facts: [DiscoveryFact]
    public let objections: [PersonaObjection]
    public let meeting: MeetingTerms
    /// What ends the call early, in their words, with the line they hang up on.
    public let hangUp: HangUpTerms
    /// Their work address, which they give when a meeting is confirmed.
    public let email: String
    /// What the rep sells and what each call is for: shown to the rep before the call, told to a chat model.
    public let brief: Brief
    /// When they can meet, so an offered slot is accepted or countered as that slot.
    public let calendar: Availability
    /// Their own lines for every moment of a call, so no two personas sound alike.
    public let voice: Voice
    /// For a persona that plays `gatekeeper`: whom they screen for and the bar a caller must clear.
    public let gatekeeper: GatekeeperTerms?

    public struct Company: Codable, Sendable, Hashable {
        public let name: String
        public let industry: String
        /// e.g. "120 people", "regional, 14 branches".
        public let size: String
        /// A few sentences: what the company does, how the buyer's team works today, what they use.
        public let context: String
    }

    public enum Temperament: String, Codable, Sendable, Hashable, CaseIterable {
        case friendly, busy, skeptical, analytical, guarded, blunt
    }

    public struct CareTopic: Codable, Sendable, Hashable {
        public let topic: String
        /// Words that show the rep touched it (lower case; matched as whole words or phrases).
        public let keywords: [String]
    }

    public struct DiscoveryFact: Codable, Sendable, Hashable {
        /// Words in the rep's question that call for this answer.
        public let keywords: [String]
        public let answer: String
    }

    public struct PersonaObjection: Codable, Sendable, Hashable {
        public let category: ObjectionCategory
        /// How they say it.
        public let line: String
        /// What a good answer touches (lower case keywords); meeting it lets the objection go.
        public let resolvedBy: [String]
    }

    public struct MeetingTerms: Codable, Sendable, Hashable {
        /// Trust (0–10) they need before they agree.
        public let minimumTrust: Int
        /// Care topics (by `topic`) that must have come up.
        public let requiredTopics: [String]
        /// What they say when they agree (with `{slot}` where the agreed day and time go), and when they are
        /// asked too early.
        public let acceptLine: String
        public let notYetLine: String
    }

    public struct HangUpTerms: Codable, Sendable, Hashable {
        /// What makes them end the call, in plain words (for people and the chat model's prompt).
        public let triggers: [String]
        public let line: String
    }
}

extension Persona {
    /// The persona's objection of `category`, if their file has one.
    public func objection(_ category: ObjectionCategory) -> PersonaObjection? {
        objections.first { $0.category == category }
    }
}
