import UnderdogStore

/// The playbook before the product's documentation about itself: passages that teach selling (the wiki,
/// the curriculum) rank ahead of the rubric, the page on how Underdog scores calls, and the buyer personas'
/// profiles, unless the question is about scoring or about a buyer. A rep asking how to open a call to a CFO
/// wants the openers section, not the rubric's description of the opener dimension.
///
/// Among teaching passages, a curriculum module's summary of its key techniques comes after the lessons and wiki
/// sections: it restates in a line what a lesson teaches at length, so it matches many questions a little and
/// answers few of them best (on the tuning questions it ranked first 17 times and was the best answer 4).
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

    static func isSummary(_ hit: KnowledgeHit) -> Bool {
        hit.source == "curriculum" && hit.sectionTitle.hasSuffix(" \u{00B7} Key techniques")
    }

    /// The fused list with module summaries moved after the other teaching passages, and documentation after
    /// every teaching passage unless the question asks about the product itself; each group keeps its order.
    static func ranked(_ hits: [KnowledgeHit], question: String) -> [KnowledgeHit] {
        let words = question.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
        let teaching = { (hit: KnowledgeHit) in !isDocumentation(hit) && !isSummary(hit) }
        guard !words.contains(where: aboutTheProduct.contains) else { return hits.filter { !isSummary($0) } + hits.filter(isSummary) }
        return hits.filter(teaching) + hits.filter(isSummary) + hits.filter(isDocumentation)
    }
}
