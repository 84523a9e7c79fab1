import UnderdogStore

/// The playbook before the product's documentation about itself: passages that teach selling (the wiki,
/// the curriculum) rank ahead of the rubric, the page on how Underdog scores calls, and the buyer personas'
/// profiles, unless the question is about scoring or about a buyer. A rep asking how to open a call to a CFO
/// wants the openers section, not the rubric's description of the opener dimension.
enum TeachingFirst {
    /// Words that make a question about scoring or about the practice buyers.
    static let aboutTheProduct: Set<String> = [
        "score", "scores", "scored", "scoring", "rubric", "points", "point", "graded", "grade", "marked", "marks",
        "dimension", "dimensions", "evaluate", "evaluated", "judge", "judged", "persona", "personas", "underdog",
        "buyer", "buyers", "weight", "weights", "weighted",
    ]

    static func isDocumentation(_ hit: KnowledgeHit) -> Bool {
        hit.source == "rubric" || hit.source == "persona" || hit.sourceFile.hasSuffix("how-underdog-scores-calls.md")
    }

    /// The fused list with documentation moved after every teaching passage (each side keeps its order),
    /// unless the question asks about the product itself.
    static func ranked(_ hits: [KnowledgeHit], question: String) -> [KnowledgeHit] {
        let words = question.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
        guard !words.contains(where: aboutTheProduct.contains) else { return hits }
        return hits.filter { !isDocumentation($0) } + hits.filter(isDocumentation)
    }
}
