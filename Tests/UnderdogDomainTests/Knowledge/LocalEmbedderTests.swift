import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Local embedder: hashed n-gram TF-IDF in 1536 dimensions")
struct LocalEmbedderTests {
    static let corpus = [
        "Pricing objections: when the prospect says the price is too high, anchor on the cost of the problem, "
            + "show the return on investment and never discount without trading for a longer term.",
        "Voicemail: leave a short message under thirty seconds with your name, one reason to call back and your number twice.",
        "Gatekeepers: treat the assistant as an ally, ask for help finding the right person and respect their time.",
        "Discovery questions: ask open questions about the current process, the impact of the problem and who decides.",
        "Closing: recap the agreed value, propose a concrete next step with a date and ask for the commitment.",
        "Timing objections: when the prospect wants to wait until next quarter, ask what will change by then.",
    ]
    static let vocabulary = EmbedderVocabulary.fit(corpus)
    static let embedder = LocalEmbedder(vocabulary: vocabulary)

    static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
    }

    static func norm(_ v: [Float]) -> Float { cosine(v, v).squareRoot() }

    @Test("vectors have 1536 dimensions and unit length; a text without words is all zeros")
    func shape() {
        for text in Self.corpus + ["x", "Ünïcödé wörds and 42"] {
            let vector = Self.embedder.embed(text)
            #expect(vector.count == 1536)
            #expect(abs(Self.norm(vector) - 1) < 1e-5)
        }
        #expect(Self.embedder.embed("  ... !!! — ").allSatisfy { $0 == 0 })
        #expect(Self.embedder.embed("").count == LocalEmbedder.dimensions)
    }

    @Test("the same text gives the same vector from a fresh vocabulary and embedder")
    func deterministic() {
        let again = LocalEmbedder(vocabulary: .fit(Self.corpus))
        for text in Self.corpus { #expect(again.embed(text) == Self.embedder.embed(text)) }
        #expect(again.modelName == Self.embedder.modelName)
        // Feature ids are fixed functions of the text, not of the process (Swift's Hasher is seeded per run).
        #expect(TextFeatures("price").words == [FeatureHash(namespace: .word).adding("pric").value])
    }

    @Test("a question lands nearer the passage that answers it than an unrelated one")
    func paraphrase() {
        let question = Self.embedder.embed("how do I handle a price objection")
        let pricing = Self.embedder.embed(Self.corpus[0])
        let voicemail = Self.embedder.embed(Self.corpus[1])
        #expect(Self.cosine(question, pricing) > Self.cosine(question, voicemail) + 0.1)
        // Nearest of all six passages, for questions that share a word or a word form with their answer (a
        // lexical model cannot know that a receptionist is a gatekeeper).
        let passages = Self.corpus.map(Self.embedder.embed)
        let questions = [
            ("how do I handle a price objection", 0),
            ("what goes in a voicemail message", 1),
            ("the assistant won't put me through to the right person", 2),
            ("which questions to ask about their process", 3),
            ("how to ask for a commitment at the end of the call", 4),
            ("they said call me back next quarter", 5),
        ]
        for (text, expected) in questions {
            let query = Self.embedder.embed(text)
            let best = passages.indices.max { Self.cosine(query, passages[$0]) < Self.cosine(query, passages[$1]) }
            #expect(best == expected, "\(text)")
        }
    }

    @Test("word forms meet: plurals, -ing and -ed share a stem, and character n-grams catch the rest")
    func wordForms() {
        #expect(WordStemmer.stem(Array("objections".unicodeScalars.map(\.value))) == Array("objection".unicodeScalars.map(\.value)))
        let stems = ["price", "priced", "pricing", "prices"].map { WordStemmer.stem(Array($0.unicodeScalars.map(\.value))) }
        #expect(Set(stems).count == 1)
        let running = ["running", "runs"].map { WordStemmer.stem(Array($0.unicodeScalars.map(\.value))) }
        #expect(running[0] == running[1])
        #expect(TextFeatures.tokens("Don't ask the customer's CFO").map { String(decoding: $0.map { UInt8($0) }, as: UTF8.self) }
            == ["dont", "ask", "the", "customer", "cfo"])
        #expect(TextFeatures.tokens("We’re here") == TextFeatures.tokens("we're HERE"))
    }

    @Test("a rare word weighs more than a common one")
    func rareWordsWeighMore() {
        let documents = (0..<20).map { "pricing conversation number \($0)" } + ["procurement review"]
        let embedder = LocalEmbedder(vocabulary: .fit(documents))
        let both = embedder.embed("pricing procurement")
        #expect(Self.cosine(both, embedder.embed("procurement")) > Self.cosine(both, embedder.embed("pricing")) + 0.2)
    }

    @Test("stop words add no word features; negations are kept")
    func stopWords() {
        #expect(TextFeatures("the and of to").words.isEmpty)
        #expect(TextFeatures("we don't have budget").words.count == 2)
        #expect(!TextFeatures("the").characters.isEmpty, "character n-grams still see stop words")
    }

    @Test("features the vocabulary never saw get the highest IDF, ln(N+1)+1")
    func unseenFeatures() {
        let vocabulary = Self.vocabulary
        let unseen = FeatureHash.id(FeatureHash(namespace: .word).adding("zyzzyva").value)
        #expect(vocabulary.documentFrequency(unseen) == 0)
        #expect(abs(vocabulary.inverseDocumentFrequency(unseen) - (log(7.0) + 1)) < 1e-12)
        let everywhere = EmbedderVocabulary.fit(["alpha", "alpha beta"])
        let alpha = FeatureHash.id(FeatureHash(namespace: .word).adding("alpha").value)
        #expect(everywhere.documentFrequency(alpha) == 2)
        #expect(abs(everywhere.inverseDocumentFrequency(alpha) - 1) < 1e-12)
        #expect(Self.vocabulary.documentCount == 6)
    }

    @Test("the vocabulary round-trips through JSON compactly and embeds the same afterwards")
    func vocabularyJSON() throws {
        let data = try JSONEncoder().encode(Self.vocabulary)
        let decoded = try JSONDecoder().decode(EmbedderVocabulary.self, from: data)
        #expect(decoded == Self.vocabulary)
        #expect(decoded.fingerprint == Self.vocabulary.fingerprint)
        #expect(LocalEmbedder(vocabulary: decoded).embed(Self.corpus[2]) == Self.embedder.embed(Self.corpus[2]))
        #expect(data.count < Self.vocabulary.featureCount * 8, "\(data.count) bytes for \(Self.vocabulary.featureCount) features")

        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var broken = object
        broken["frequencies"] = "AAAA"
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EmbedderVocabulary.self, from: JSONSerialization.data(withJSONObject: broken))
        }
        var otherFormat = object
        otherFormat["format"] = "underdog-local-v0"
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EmbedderVocabulary.self, from: JSONSerialization.data(withJSONObject: otherFormat))
        }
    }

    @Test("the fingerprint is stable for the same corpus and changes with it; it names the model")
    func fingerprint() {
        #expect(EmbedderVocabulary.fit(Self.corpus).fingerprint == Self.vocabulary.fingerprint)
        #expect(EmbedderVocabulary.fit(Self.corpus.reversed()).fingerprint == Self.vocabulary.fingerprint, "order does not matter")
        #expect(EmbedderVocabulary.fit(Self.corpus.dropLast()).fingerprint != Self.vocabulary.fingerprint)
        #expect(EmbedderVocabulary.fit(Self.corpus + [Self.corpus[0]]).fingerprint != Self.vocabulary.fingerprint)
        #expect(Self.vocabulary.fingerprint.count == 12)
        #expect(Self.embedder.modelName == "underdog-local-v1:\(Self.vocabulary.fingerprint)")
    }
}

extension FeatureHash {
    func adding(_ text: String) -> FeatureHash {
        var hash = self
        for scalar in text.unicodeScalars { hash.add(scalar.value) }
        return hash
    }
}
