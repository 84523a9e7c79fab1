import Testing
@testable import UnderdogDomain

@Suite("How much of a question a passage's words cover")
struct QuestionCoverageTests {
    /// "finance" rare, "numbers" middling, "want" in every passage.
    static func idf(_ stem: String) -> Double { ["financ": 4, "number": 2, "want": 1][stem] ?? 5 }

    @Test("rare words weigh more than common ones; stop words and word forms do not matter")
    func weighted() {
        let coverage = QuestionCoverage(question: "the FD wants the numbers on paper", expansion: "", idf: { ["fd": 4, "number": 2, "want": 1, "paper": 3][$0] ?? 5 })
        #expect(abs(coverage.coverage(Set(QuestionCoverage.stems("the FD asks for a number"))) - 6.0 / 10) < 1e-9)
        #expect(abs(coverage.coverage(Set(QuestionCoverage.stems("everyone wanted it"))) - 1.0 / 10) < 1e-9)
        #expect(coverage.coverage([]) == 0)
    }

    @Test("the thesaurus's playbook terms count a quarter of the question's own words, and never twice")
    func expansion() {
        let coverage = QuestionCoverage(question: "finance wants it", expansion: "finance numbers", idf: Self.idf)
        // finance 4, want 1, numbers 0.25 × 2.
        #expect(abs(coverage.coverage(["number"]) - 0.5 / 5.5) < 1e-9)
        #expect(abs(coverage.coverage(["financ"]) - 4 / 5.5) < 1e-9)
    }

    @Test("an empty question covers nothing")
    func empty() {
        #expect(QuestionCoverage(question: "what is it", expansion: "", idf: Self.idf).coverage(["what"]) == 0)
    }
}
