/// Whether a question invites a story (open: what, how, why, tell me…) or a fact or a yes/no (closed).
public enum QuestionForm: String, Codable, Sendable, Hashable {
    case open
    case closed
}

/// What a question is for: discovery (their situation, pain, goals), qualifying (budget, authority, timeline,
/// size, tools) or other (small talk, permission, scheduling).
public enum QuestionKind: String, Codable, Sendable, Hashable {
    case discovery
    case qualifying
    case other
}

/// A question the rep asked, located by turn.
public struct Question: Codable, Sendable, Hashable {
    public let turn: Int
    public let form: QuestionForm
    public let kind: QuestionKind
    /// Token positions of the question's sentence in its turn; detectors use it, the JSON does not carry it.
    let tokens: Range<Int>
    /// A closed question answerable by yes or no ("Do you…?"), as opposed to a factual one ("When…?").
    let yesNo: Bool
    /// True when a discovery or qualifying word decided the kind, rather than the default for a question about them.
    let topical: Bool

    init(turn: Int, form: QuestionForm, kind: QuestionKind, tokens: Range<Int>, yesNo: Bool = false, topical: Bool = false) {
        self.turn = turn
        self.form = form
        self.kind = kind
        self.tokens = tokens
        self.yesNo = yesNo
        self.topical = topical
    }

    /// An open or factual question, or a yes/no one about a named topic: real probing, not "could you text her?".
    var probes: Bool { kind != .other && (!yesNo || topical) }

    enum CodingKeys: String, CodingKey { case turn, form, kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        turn = try container.decode(Int.self, forKey: .turn)
        form = try container.decode(QuestionForm.self, forKey: .form)
        kind = try container.decode(QuestionKind.self, forKey: .kind)
        tokens = 0..<0
        yesNo = false
        topical = false
    }
}

/// Counts of the rep's questions by form and kind.
public struct QuestionStats: Codable, Sendable, Hashable {
    public let total: Int
    public let open: Int
    public let closed: Int
    public let discovery: Int
    public let qualifying: Int

    init(total: Int, open: Int, closed: Int, discovery: Int, qualifying: Int) {
        self.total = total
        self.open = open
        self.closed = closed
        self.discovery = discovery
        self.qualifying = qualifying
    }

    init(_ questions: [Question]) {
        total = questions.count
        open = questions.count { $0.form == .open }
        closed = questions.count { $0.form == .closed }
        discovery = questions.count { $0.kind == .discovery }
        qualifying = questions.count { $0.kind == .qualifying }
    }
}
