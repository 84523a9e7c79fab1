import Foundation
import Testing
import UnderdogAI
import UnderdogTestSupport

@Suite("OpenAI-compatible embeddings against a local server")
struct EmbeddingsTests {
    static func embedder(_ base: String, model: String = "text-embedding-3-small", batchSize: Int = 64, retries: Int = 0) -> OpenAIEmbedder {
        OpenAIEmbedder(client: OpenAICompatibleClientTests.client(base, retries: retries), model: model, batchSize: batchSize)
    }

    static func expected(_ text: String, dimensions: Int) -> [Float] {
        LocalOpenAIServer.vector(for: text, dimensions: dimensions).map { Float($0) }
    }

    @Test("150 inputs with a batch of 64 make 3 requests of 64, 64 and 22; vectors come back in input order")
    func batching() async throws {
        let texts = (0..<150).map { "chunk number \($0)" }
        let server = LocalOpenAIServer(script: Array(repeating: .embeddings(dimensions: 1536), count: 3))
        let vectors = try await server.run { base in try await Self.embedder(base).embed(texts) }
        #expect(vectors.count == 150)
        #expect(vectors.allSatisfy { $0.count == 1536 })
        for index in [0, 63, 64, 127, 128, 149] {
            #expect(vectors[index] == Self.expected(texts[index], dimensions: 1536), "vector \(index) is not its input's")
        }
        let received = await server.received
        #expect(received.map(\.inputs.count) == [64, 64, 22])
        #expect(received.flatMap(\.inputs) == texts)
        let request = try #require(received.first?.json)
        #expect(request["model"] as? String == "text-embedding-3-small")
        #expect(request["encoding_format"] as? String == "float")
        #expect(received.allSatisfy { $0.path == "/v1/embeddings" && $0.authorization == "Bearer sk-local-test" })
    }

    @Test("equal inputs give equal vectors, and no input makes no request")
    func equalInputs() async throws {
        let server = LocalOpenAIServer(script: [.embeddings(dimensions: 1536)])
        let (vectors, none) = try await server.run { base in
            let embedder = Self.embedder(base)
            return (try await embedder.embed(["same", "other", "same"]), try await embedder.embed([]))
        }
        #expect(vectors[0] == vectors[2])
        #expect(vectors[0] != vectors[1])
        #expect(none.isEmpty)
        #expect(await server.received.count == 1)
    }

    @Test("a 384-dimensional model's vectors are zero-padded to 1536, which keeps their cosine")
    func zeroPadding() async throws {
        let server = LocalOpenAIServer(script: [.embeddings(dimensions: 384)])
        let vectors = try await server.run { base in try await Self.embedder(base, model: "all-minilm").embed(["a", "b"]) }
        #expect(vectors.allSatisfy { $0.count == 1536 })
        #expect(Array(vectors[0].prefix(384)) == Self.expected("a", dimensions: 384))
        #expect(vectors[0].dropFirst(384).allSatisfy { $0 == 0 })
        let original = zip(Self.expected("a", dimensions: 384), Self.expected("b", dimensions: 384)).reduce(Float(0)) { $0 + $1.0 * $1.1 }
        let padded = zip(vectors[0], vectors[1]).reduce(Float(0)) { $0 + $1.0 * $1.1 }
        #expect(padded == original)
        #expect(Self.embedder("http://unused", model: "all-minilm").modelName == "all-minilm")
    }

    @Test("a vector longer than 1536 is an error that names the model and the size")
    func tooLong() async throws {
        let server = LocalOpenAIServer(script: [.embeddings(dimensions: 3072)])
        let error = await #expect(throws: AIProviderError.self) {
            try await server.run { base in _ = try await Self.embedder(base, model: "text-embedding-3-large").embed(["a"]) }
        }
        guard case .invalidResponse(let message) = error else { Issue.record("expected an invalid response, got \(String(describing: error))"); return }
        #expect(message.contains("text-embedding-3-large") && message.contains("3072") && message.contains("1536"))
    }

    @Test("an answer with the wrong number of vectors, a repeated index or no vectors at all is refused")
    func malformedAnswers() async throws {
        let item = #"{"object":"embedding","index":0,"embedding":[0.1,0.2]}"#
        let server = LocalOpenAIServer(script: [
            .raw(status: 200, body: #"{"object":"list","data":[\#(item)]}"#),
            .raw(status: 200, body: #"{"object":"list","data":[\#(item),\#(item)]}"#),
            .raw(status: 200, body: #"{"object":"list","data":[{"index":0,"embedding":"base64?"},{"index":1,"embedding":[1]}]}"#),
            .raw(status: 200, body: #"{"object":"list","data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1]}]}"#),
        ])
        try await server.run { base in
            let embedder = Self.embedder(base)
            for expected in ["asked for 2 embeddings, got 1", "out of range or repeated", "not a list of float embeddings", "different lengths"] {
                let error = await #expect(throws: AIProviderError.self) { _ = try await embedder.embed(["a", "b"]) }
                guard case .invalidResponse(let message) = error else { Issue.record("expected an invalid response, got \(String(describing: error))"); continue }
                #expect(message.contains(expected), "\(message)")
            }
        }
        #expect(await server.received.count == 4, "a malformed answer is not retried")
    }

    @Test("a 500 is retried and the same batch sent again; a 400 is not retried")
    func retries() async throws {
        let server = LocalOpenAIServer(script: [
            .error(status: 500, message: "upstream overloaded"),
            .embeddings(dimensions: 768),
            .error(status: 400, message: "input too long"),
        ])
        try await server.run { base in
            let embedder = Self.embedder(base, retries: 1)
            let vectors = try await embedder.embed(["first", "second"])
            #expect(vectors[1] == Self.expected("second", dimensions: 768) + [Float](repeating: 0, count: 768))
            await #expect(throws: AIProviderError.http(status: 400, message: "input too long")) { _ = try await embedder.embed(["x"]) }
        }
        let received = await server.received
        #expect(received.map(\.inputs) == [["first", "second"], ["first", "second"], ["x"]])
    }

    @Test("the batch size is kept within 1…128")
    func batchSizeClamped() {
        #expect(Self.embedder("http://unused", batchSize: 0).batchSize == 1)
        #expect(Self.embedder("http://unused", batchSize: 1000).batchSize == OpenAIEmbedder.maxBatchSize)
    }
}
