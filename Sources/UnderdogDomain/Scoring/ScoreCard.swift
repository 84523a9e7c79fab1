/// Criterion ids a scorer uses; an enum per scorer so a typo is a compile error, not a silent zero.
protocol ScoringCriterion: RawRepresentable, CaseIterable where RawValue == String {
    static var dimension: ScoringDimension { get }
}

/// The criteria every scorer needs the rubric to define, checked when a rubric is decoded.
enum ScorerCriteria {
    static func ids(for dimension: ScoringDimension) -> [String] {
        switch dimension {
        case .opener: OpenerCriterion.allCases.map(\.rawValue)
        case .pitch: PitchCriterion.allCases.map(\.rawValue)
        case .discovery: DiscoveryCriterion.allCases.map(\.rawValue)
        case .objectionHandling: ObjectionCriterion.allCases.map(\.rawValue)
        case .closing: ClosingCriterion.allCases.map(\.rawValue)
        case .communication: CommunicationCriterion.allCases.map(\.rawValue)
        }
    }
}

/// Collects a dimension's evidence and feedback as a scorer works through the call.
struct ScoreCard {
    let dimension: ScoringDimension
    let rubric: Rubric
    let baseline: Int
    private(set) var evidence: [Evidence] = []
    private var strengths: [(priority: Int, order: Int, text: String)] = []
    private var improvements: [(priority: Int, order: Int, text: String)] = []

    init(_ dimension: ScoringDimension, rubric: Rubric, scenario: ScenarioType) {
        self.dimension = dimension
        self.rubric = rubric
        baseline = rubric.baseline(of: dimension, in: scenario)
    }

    /// Applies a criterion's rubric points, pointing at `turn`. Positive points are a strength, negative a fix.
    mutating func apply<C: ScoringCriterion>(_ criterion: C, turn: Int, reason: String) {
        let points = rubric.points(dimension, criterion.rawValue)
        evidence.append(Evidence(turn: turn, criterion: criterion.rawValue,
                                 effect: points == 0 ? .earned : .points(points), reason: reason))
    }

    /// Records something good or bad that moves no points.
    mutating func note<C: ScoringCriterion>(_ criterion: C, turn: Int, earned: Bool, reason: String) {
        let effect: Evidence.Effect = earned ? .earned : .cost
        evidence.append(Evidence(turn: turn, criterion: criterion.rawValue, effect: effect, reason: reason))
    }

    /// A criterion the call met or missed: met, its points at the finding's turn and, when given, a strength;
    /// missed, a cost at `turn` and what to do next time.
    mutating func expect<C: ScoringCriterion>(
        _ criterion: C, _ finding: Finding?, missedAt turn: Int,
        met: (Finding) -> String, strength: String? = nil, missed: String, fix: String
    ) {
        if let finding {
            apply(criterion, turn: finding.turn, reason: met(finding))
            if let strength { self.strength(strength, for: criterion) }
        } else {
            note(criterion, turn: turn, earned: false, reason: missed)
            improve(fix, for: criterion)
        }
    }

    /// Something done well; the criteria worth most points are mentioned first.
    mutating func strength<C: ScoringCriterion>(_ sentence: String, for criterion: C) {
        strengths.append((abs(rubric.points(dimension, criterion.rawValue)), strengths.count, sentence))
    }

    /// Something to do next time; the fixes worth most points are mentioned first.
    mutating func improve<C: ScoringCriterion>(_ sentence: String, for criterion: C) {
        improvements.append((abs(rubric.points(dimension, criterion.rawValue)), improvements.count, sentence))
    }

    private static func ranked(_ items: [(priority: Int, order: Int, text: String)], _ limit: Int) -> [String] {
        items.sorted { $0.priority > $1.priority || ($0.priority == $1.priority && $0.order < $1.order) }
            .prefix(limit).map(\.text)
    }

    var points: Int { evidence.reduce(0) { $0 + $1.effect.points } }

    /// Feedback: up to two strengths, then up to two things to do next time, most important first.
    var feedback: String {
        var parts = Self.ranked(strengths, 2)
        let next = Self.ranked(improvements, 2)
        if !next.isEmpty { parts.append("Next time: " + next.joined(separator: " ")) }
        return parts.joined(separator: " ")
    }

    /// The judged result: baseline plus evidence points, averaged over `occasions` when the same criteria were
    /// applied several times (one set of points per objection), kept on the 1–10 scale.
    func result(averagingOver occasions: Int = 1) -> DimensionResult {
        let earned = Double(points) / Double(max(1, occasions))
        return DimensionResult(dimension: dimension, score: Score.round(Double(baseline) + earned), baseline: baseline,
                               judged: true, feedback: feedback, evidence: evidence)
    }

    /// The neutral result for a call that gave nothing to judge, with the reason said plainly.
    func unjudged(scenario: ScenarioType, reason: String) -> DimensionResult {
        DimensionResult(dimension: dimension, score: rubric.unjudgedScore(of: dimension, in: scenario), baseline: baseline,
                        judged: false, feedback: ([reason] + Self.ranked(improvements, 1)).joined(separator: " "), evidence: evidence)
    }
}

/// What every scorer reads: the tokenised call, its questions and metrics, the rubric and the scenario.
struct ScoringInput {
    let call: CallText
    let questions: [Question]
    let metrics: ConversationMetrics
    let rubric: Rubric
    let scenario: ScenarioType

    /// Where missing things are pinned: the rep's last turn, or the last turn when the rep never spoke.
    var lastRepTurn: Int { call.turns(of: .rep).last ?? call.turns.count - 1 }
    var firstRepTurn: Int { call.turns(of: .rep).first ?? 0 }
}

/// Quotes a phrase for feedback: “the reason I'm calling”.
func quoted(_ phrase: String) -> String { "\u{201C}\(phrase)\u{201D}" }
