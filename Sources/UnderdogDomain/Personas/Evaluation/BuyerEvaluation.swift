import Foundation

/// A practice call written to test the buyer: the rep's lines, each labelled with what a fitting reply must do
/// (`content/evaluation/buyer-tuning/`, `buyer-held-out/`). The labels were written from the persona files alone.
public struct LabelledBuyerCall: Decodable, Sendable {
    public let id: String
    public let personaID: String
    public let scenarioType: ScenarioType
    public let repSkill: String
    public let turns: [Turn]

    public struct Turn: Decodable, Sendable {
        public let rep: String
        public let move: String
        public let mustAddress: String
        public let expect: Expectation
    }

    /// What a fitting reply does: its kind, and words or a slot it must name when the label gives them.
    public struct Expectation: Decodable, Sendable {
        public let kind: String
        public let mentionsAny: [String]?
        public let slot: Slot?

        public struct Slot: Decodable, Sendable {
            public let day: String
            public let time: String?
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, personaID = "persona_id", scenarioType = "scenario_type", repSkill = "rep_skill", turns
    }
}

extension LabelledBuyerCall.Turn {
    enum CodingKeys: String, CodingKey {
        case rep, move, mustAddress = "must_address", expect
    }
}

extension LabelledBuyerCall.Expectation {
    enum CodingKeys: String, CodingKey {
        case kind, mentionsAny = "mentions_any", slot
    }
}

/// Plays labelled calls against the offline persona engine and counts the replies that fit: the reply's act
/// must be one that answers the labelled kind, and it must name the labelled words or slot day when given.
public enum BuyerEvaluation {
    /// The acts that count as each labelled kind of reply.
    static let fittingActs: [String: Set<PersonaReply.Act>] = [
        "answer": [.answer, .permission, .objectionResolved],
        "slot_response": [.acceptSlot, .counterSlot, .declineSlot, .proposeSlot, .putThrough, .takeMessage],
        "close_call": [.goodbye, .farewell, .hangUp],
        "confirm": [.confirm],
        "raise_or_keep_concern": [.raiseObjection, .keepObjection],
        "react_to_pitch": [.reactToPitch, .raiseObjection],
        "ask_purpose": [.askPurpose],
        "gatekeeper_decision": [.putThrough, .takeMessage, .acceptSlot, .declineSlot],
        "react_to_proof": [.reactToProof],
        "hang_up_or_warn": [.warning, .hangUp],
        "small_talk": [.smallTalk],
    ]

    /// One rep turn, the reply it got and whether the reply fits.
    public struct TurnResult: Sendable {
        public let callID: String
        public let index: Int
        public let scenario: ScenarioType
        public let kind: String
        public let rep: String
        public let mustAddress: String
        public let reply: PersonaReply
        public let fits: Bool
        /// Why not, when it does not fit.
        public let reason: String?
        /// The persona's state after the reply, for reading a tuning failure.
        public let state: String
    }

    public struct Report: Sendable {
        public let results: [TurnResult]
        public var calls: Int { Set(results.map(\.callID)).count }
        public var share: Double { Self.share(results) }

        /// The share per labelled kind (or scenario), with the count behind it.
        public func byKind() -> [(kind: String, share: Double, count: Int)] { Self.grouped(results, by: \.kind) }
        public func byScenario() -> [(kind: String, share: Double, count: Int)] { Self.grouped(results, by: \.scenario.rawValue) }

        static func share(_ results: [TurnResult]) -> Double {
            results.isEmpty ? 0 : Double(results.filter(\.fits).count) / Double(results.count)
        }

        static func grouped(_ results: [TurnResult], by key: (TurnResult) -> String) -> [(kind: String, share: Double, count: Int)] {
            Dictionary(grouping: results, by: key).map { ($0.key, share($0.value), $0.value.count) }.sorted { $0.kind < $1.kind }
        }
    }

    /// Loads every `*.json` call in `directory`, in name order.
    public static func load(_ directory: URL) throws -> [LabelledBuyerCall] {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { try JSONDecoder().decode(LabelledBuyerCall.self, from: Data(contentsOf: $0)) }
    }

    /// Plays each call with its persona; a call whose persona is not in `personas` is an error, not a skip.
    public static func evaluate(_ calls: [LabelledBuyerCall], personas: [Persona]) throws -> Report {
        var results: [TurnResult] = []
        for call in calls {
            guard let persona = personas.first(where: { $0.id == call.personaID }) else {
                throw PersonaError(file: call.id, field: "persona_id", problem: "\(call.personaID) is not a shipped persona")
            }
            var engine = PersonaEngine(persona: persona, scenario: call.scenarioType)
            _ = engine.open()
            for (index, turn) in call.turns.enumerated() {
                let reply = engine.respond(to: turn.rep)
                let reason = misfit(reply, turn.expect)
                results.append(TurnResult(callID: call.id, index: index + 1, scenario: call.scenarioType, kind: turn.expect.kind,
                                          rep: turn.rep, mustAddress: turn.mustAddress, reply: reply, fits: reason == nil, reason: reason,
                                          state: Self.summary(engine.state)))
            }
        }
        return Report(results: results)
    }

    static func summary(_ state: PersonaState) -> String {
        String(format: "trust %.1f patience %.1f", state.trust, state.patience)
            + " topics \(state.topicsCovered.sorted()) pending \(state.pendingObjection?.rawValue ?? "-") agreed \(state.meetingAgreed)"
    }

    /// Nil when the reply fits the expectation; otherwise what is missing.
    static func misfit(_ reply: PersonaReply, _ expect: LabelledBuyerCall.Expectation) -> String? {
        guard let acts = fittingActs[expect.kind] else { return "unknown kind \(expect.kind)" }
        let ended = expect.kind == "close_call" && reply.endsCall
        if !ended, acts.isDisjoint(with: reply.acts) {
            return "acts \(reply.acts.map(\.rawValue)) are not a \(expect.kind)"
        }
        let text = reply.text.lowercased()
        if let words = expect.mentionsAny, !words.isEmpty, !words.contains(where: { text.contains($0.lowercased()) }) {
            return "names none of \(words)"
        }
        if let slot = expect.slot, expect.kind == "slot_response", !text.contains(slot.day.lowercased()) {
            return "does not name \(slot.day)"
        }
        return nil
    }
}
