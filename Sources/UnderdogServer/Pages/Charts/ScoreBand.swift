import UnderdogDomain

/// The words every score is shown with, so a score never relies on colour alone: 1–3 needs work, 4–6
/// developing, 7–8 strong, 9–10 excellent. `css` names the band's colour token.
struct ScoreBand: Sendable {
    let word: String
    let css: String

    init(_ score: Int) {
        switch score {
        case ...3: (word, css) = ("needs work", "band-low")
        case 4...6: (word, css) = ("developing", "band-mid")
        case 7...8: (word, css) = ("strong", "band-good")
        default: (word, css) = ("excellent", "band-top")
        }
    }

    init(_ average: Double) {
        self.init(Int(average.rounded()))
    }
}

extension ScoringDimension {
    /// The dimension's name as a rep reads it.
    var title: String {
        switch self {
        case .opener: "Opener"
        case .pitch: "Pitch"
        case .discovery: "Discovery"
        case .objectionHandling: "Objection handling"
        case .closing: "Closing"
        case .communication: "Communication"
        }
    }
}

extension ScenarioType {
    /// The scenario's name as a rep reads it.
    var title: String {
        switch self {
        case .coldCall: "Cold call"
        case .objection: "Objection practice"
        case .closing: "Closing call"
        case .gatekeeper: "Getting past the gatekeeper"
        }
    }
}
