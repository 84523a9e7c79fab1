enum ObjectionCriterion: String, ScoringCriterion {
    static let dimension = ScoringDimension.objectionHandling
    case acknowledge
    case question
    case reframe
    case proof
    case movedOn = "moved_on"
    case ignored
    case caved
    case argued
    case discounted
}

/// Scores each objection's answer (acknowledge, ask, reframe, prove; never cave, argue or discount first) and
/// averages them, so a call with three objections is not scored three times as hard.
enum ObjectionHandlingScorer {
    static func score(_ input: ScoringInput, objections: [DetectedObjection]) -> DimensionResult {
        var card = ScoreCard(.objectionHandling, rubric: input.rubric, scenario: input.scenario)
        guard !objections.isEmpty else {
            return card.unjudged(scenario: input.scenario,
                                 reason: "No objection came up in this call, so objection handling couldn't be judged; the score is neutral.")
        }
        var missed: Set<HandlingMove> = []
        var unprobed: [String] = []
        var slipped: [HandlingMisstep] = []
        for objection in objections {
            let answer = objection.responseTurns.first ?? objection.turn
            let label = objection.category.readable
            for move in HandlingMove.allCases {
                let criterion = criterion(for: move)
                if objection.moves.contains(move) {
                    card.apply(criterion, turn: answer, reason: "\(move.praise) the \(label) objection.")
                } else {
                    card.note(
                        criterion,
                        turn: answer,
                        earned: false,
                        reason: "Did not \(move.rawValue) the \(label) objection."
                    )
                    missed.insert(move)
                    if move == .question { unprobed.append(label) }
                }
            }
            for misstep in objection.missteps {
                card.apply(criterion(for: misstep), turn: answer, reason: "\(misstep.blame) on the \(label) objection.")
                if !slipped.contains(misstep) { slipped.append(misstep) }
            }
            if objection.reaction == .movedOn, let next = input.call.nextTurn(of: .prospect, after: answer) {
                card.apply(
                    ObjectionCriterion.movedOn,
                    turn: next,
                    reason: "The prospect moved on after the \(label) answer."
                )
            }
        }
        let names = unprobed.uniqued().joined(separator: " and ")
        let handledWell = objections.filter { $0.moves.count >= 2 && $0.missteps.isEmpty }
        if !handledWell.isEmpty {
            let handled = handledWell.map(\.category.readable).uniqued().joined(separator: ", ")
            let plural = handledWell.count > 1 ? "s" : ""
            card.strength("You handled the \(handled) objection\(plural) without getting defensive.", for: ObjectionCriterion.question)
        }
        if objections.contains(where: { $0.reaction == .movedOn }) {
            card.strength("Your answer got the prospect moving again.", for: ObjectionCriterion.movedOn)
        }
        for misstep in slipped { card.improve(misstep.advice, for: criterion(for: misstep)) }
        if missed.contains(.acknowledge) {
            card.improve("Acknowledge the concern first (\u{201C}That's fair\u{201D}) so they feel heard.", for: ObjectionCriterion.acknowledge)
        }
        if missed.contains(.question) {
            card.improve(
                "Ask a question to understand the \(names) concern before answering it (\u{201C}What would make it worth it?\u{201D}).",
                for: ObjectionCriterion.question
            )
        }
        if missed.contains(.reframe) {
            card.improve("Reframe it: compare with the cost of doing nothing, or offer a smaller first step.", for: ObjectionCriterion.reframe)
        }
        if missed.contains(.proof) {
            card.improve("Back your answer with a customer who had the same worry and what happened.", for: ObjectionCriterion.proof)
        }
        return card.result(averagingOver: objections.count)
    }

    private static func criterion(for move: HandlingMove) -> ObjectionCriterion {
        switch move {
        case .acknowledge: .acknowledge
        case .question: .question
        case .reframe: .reframe
        case .proof: .proof
        }
    }

    private static func criterion(for misstep: HandlingMisstep) -> ObjectionCriterion {
        switch misstep {
        case .ignored: .ignored
        case .caved: .caved
        case .argued: .argued
        case .discounted: .discounted
        }
    }
}

extension ObjectionCategory {
    /// The category in words for feedback: "status quo", "brush-off".
    var readable: String {
        switch self {
        case .pricing: "pricing"
        case .statusQuo: "status quo"
        case .brushOff: "brush-off"
        case .timing: "timing"
        case .authority: "authority"
        }
    }
}

extension HandlingMove {
    fileprivate var praise: String {
        switch self {
        case .acknowledge: "Acknowledged"
        case .question: "Asked a question about"
        case .reframe: "Reframed"
        case .proof: "Used proof against"
        }
    }
}

extension HandlingMisstep {
    fileprivate var blame: String {
        switch self {
        case .ignored: "Did not answer"
        case .caved: "Gave up"
        case .argued: "Argued"
        case .discounted: "Offered a discount"
        }
    }

    fileprivate var advice: String {
        switch self {
        case .ignored: "Never talk past an objection: stop, acknowledge it, and ask about it."
        case .caved: "Don't fold at the first push-back; acknowledge it and ask one question before accepting \u{201C}send me an email\u{201D}."
        case .argued: "Don't argue or pressure; agree with the feeling, then ask what's behind it."
        case .discounted: "Don't offer a discount before you've shown the value; ask what they'd compare the price with."
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in their first-seen order, without repeats.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
