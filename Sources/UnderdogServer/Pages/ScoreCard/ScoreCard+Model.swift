import Foundation
import UnderdogDomain
import UnderdogStore

/// A finished practice call: the six scores with feedback, every point as a chip that points at the turn
/// behind it, the transcript beside them, and what to keep, start and stop doing.
struct ScoreCardModel: Sendable {
    struct Chip: Sendable {
        let label: String
        let turnAnchor: String
        let turnNumber: Int
        let positive: Bool
    }

    struct Dimension: Sendable {
        let title: String
        let score: Int
        let band: String
        let css: String
        let feedback: String
        let judged: Bool
        let chips: [Chip]
    }

    struct Line: Sendable {
        let anchor: String
        let number: Int
        let rep: Bool
        let speaker: String
        let text: String
    }

    let persona: String
    let scenario: String
    let when: String
    let duration: String?
    let outcome: String?
    let overall: Int
    let overallBand: String
    let overallCss: String
    let dimensions: [Dimension]
    let lines: [Line]
    let keepDoing: [String]
    let startDoing: [String]
    let stopDoing: [String]
    let hasEvidence: Bool
    let againAction = SiteURL.practice.path
    let againPersona: String
    let againScenario: String
    let csrf: String
}
