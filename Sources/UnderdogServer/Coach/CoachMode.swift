/// What a rep wants from the coach, which decides where it looks.
enum CoachMode: String, Sendable, CaseIterable {
    /// The curriculum's lessons.
    case curriculum
    /// The objection library first, with the wiki's objection-handling advice beside it.
    case objections
    /// The wiki's techniques: openers, discovery, closing, gatekeepers, voicemail, tone.
    case techniques
    /// Everything the team has written.
    case free

    /// The knowledge_base source to search, nil for all.
    var knowledgeSource: String? {
        switch self {
        case .curriculum: "curriculum"
        case .techniques: "wiki"
        case .objections, .free: nil
        }
    }

    var searchesObjections: Bool { self == .objections || self == .free }

    /// How many passages and library entries an answer draws on.
    var passages: Int { self == .objections ? 2 : 4 }
    var objectionEntries: Int { self == .objections ? 3 : (self == .free ? 1 : 0) }
}
