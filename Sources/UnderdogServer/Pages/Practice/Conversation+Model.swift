import Foundation
import UnderdogDomain
import UnderdogStore

/// A practice call in progress or just ended: who the buyer is, what was said, and what the rep can do next.
struct ConversationModel: Sendable {
    struct Line: Sendable {
        let rep: Bool
        let speaker: String
        let text: String
    }

    let id: String
    let persona: String
    let role: String
    let company: String
    let scenario: String
    /// The brief the rep started from: the seller, the product, and this call's aim.
    let seller: String?
    let product: String?
    let goal: String?
    let lines: [Line]
    let ongoing: Bool
    let outcome: String?
    let scoreCardHref: String?
    let turnAction: String
    let streamAction: String
    let endAction: String
    let csrf: String
    let error: String?

    init(record: ConversationRecord, persona: Persona?, csrf: String, error: String? = nil) throws {
        let turns = try ConversationTurn.decode(record.turnsJSON)
        id = record.id.uuidString.lowercased()
        self.persona = persona?.name ?? record.personaID
        role = persona?.title ?? ""
        company = persona?.company.name ?? ""
        scenario = ScenarioType(rawValue: record.scenarioType)?.title ?? record.scenarioType
        seller = persona?.brief.seller
        product = persona?.brief.product
        goal = ScenarioType(rawValue: record.scenarioType).flatMap { persona?.brief.goal(for: $0) }
        let buyer = persona?.firstName ?? "Buyer"
        lines = turns.map { Line(rep: $0.speaker == .rep, speaker: $0.speaker == .rep ? "You" : buyer, text: $0.text) }
        let continuing = record.outcome == PersonaReply.Outcome.continuing.rawValue
        ongoing = record.sessionID == nil && continuing
        outcome = PersonaReply.Outcome.sentence(record.outcome, buyer: buyer, ended: record.sessionID != nil)
        scoreCardHref = record.sessionID.map { SiteURL.scoreCard($0).path }
        turnAction = SiteURL.conversationTurn(record.id).path
        streamAction = SiteURL.conversationStream(record.id).path
        endAction = SiteURL.conversationEnd(record.id).path
        self.csrf = csrf
        self.error = error
    }
}
