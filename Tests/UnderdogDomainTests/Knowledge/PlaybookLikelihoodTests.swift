import Testing
@testable import UnderdogDomain

@Suite("How much likelier a question's words are in the playbook than in English")
struct PlaybookLikelihoodTests {
    @Test("a word the playbook keeps using scores high, an everyday one near zero, one it never uses a little below")
    func words() {
        // 174 passages, as the shipped playbook has.
        let objection = PlaybookLikelihood.score("objection", passages: 40, total: 174)
        let good = PlaybookLikelihood.score("good", passages: 60, total: 174)
        let mortgage = PlaybookLikelihood.score("mortgage", passages: 0, total: 174)
        let unheardOf = PlaybookLikelihood.score("zzyzxq", passages: 0, total: 174)
        #expect(objection >= 1.5)
        #expect(abs(good) < 0.5)
        #expect(mortgage < 0 && mortgage > -0.5)
        // A word English hardly uses and the playbook never does is no evidence for selling.
        #expect(abs(unheardOf - mortgage) < 1e-9)
    }

    @Test("content words are each counted once, stop words, numbers and short words left out")
    func contentWords() {
        #expect(PlaybookLikelihood.contentWords(["how", "do", "i", "handle", "the", "gatekeeper", "gatekeeper", "10", "ok"]) == ["handle", "gatekeeper"])
    }

    @Test("the English table knows everyday words and not rare ones")
    func english() {
        #expect((EnglishFrequency.zipf("the") ?? 0) > 7)
        #expect((EnglishFrequency.zipf("price") ?? 0) > 4.5)
        #expect(EnglishFrequency.zipf("gatekeeper") == nil)
    }
}
