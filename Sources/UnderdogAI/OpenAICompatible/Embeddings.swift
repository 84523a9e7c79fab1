import Foundation

/// Text embeddings over `POST /embeddings` (OpenAI, or any server speaking it: Ollama, vLLM, llama.cpp,
/// text-embeddings-inference), in batches, each vector brought to the store's 1536 dimensions.
/// Retries, `Retry-After` and the circuit breaker are the client's, shared with chat and transcription.
public struct OpenAIEmbedder: Sendable {
    /// The width of every stored vector (`vector(1536)` in the database).
    public static let dimensions = 1536
    /// The most inputs sent in one request: 128 vectors of 1536 floats as JSON stay well under the client's
    /// 8 MB answer limit.
    public static let maxBatchSize = 128

    public let client: OpenAICompatibleClient
    public let model: String
    public let batchSize: Int

    /// `batchSize` is clamped to 1…`maxBatchSize`.
    public init(client: OpenAICompatibleClient, model: String, batchSize: Int = 64) {
        self.client = client
        self.model = model
        self.batchSize = min(max(1, batchSize), Self.maxBatchSize)
    }

    /// Recorded with each vector, so a change of model re-embeds.
    public var modelName: String { model }

    /// One vector per text, in order, each `dimensions` long. Throws `AIProviderError`: as the client does,
    /// and `.invalidResponse` when an answer has the wrong number of vectors, a vector longer than
    /// `dimensions`, or one that is empty or not finite.
    public func embed(_ texts: [String]) async throws -> [[Float]] {
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        for start in stride(from: 0, to: texts.count, by: batchSize) {
            let batch = Array(texts[start..<min(start + batchSize, texts.count)])
            let raw = try await client.embeddings(model: model, input: batch)
            for vector in raw {
                guard vector.count <= Self.dimensions else {
                    throw AIProviderError.invalidResponse(
                        "the model \(model) makes \(vector.count)-dimensional vectors, more than the \(Self.dimensions) Underdog stores; "
                            + "choose a model (or a server-side dimension setting) of at most \(Self.dimensions)")
                }
                // Zero-padding leaves dot products and norms unchanged, so cosine similarity between padded
                // vectors is exactly that of the originals.
                vectors.append(vector + [Float](repeating: 0, count: Self.dimensions - vector.count))
            }
        }
        return vectors
    }
}

extension OpenAICompatibleClient {
    /// The raw vectors for `input`, in input order (the answer's `index`, not its array order, decides),
    /// checked for count, shape and finiteness.
    public func embeddings(model: String, input: [String]) async throws -> [[Float]] {
        guard !input.isEmpty else { return [] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = try encoder.encode(EmbeddingsRequest(model: model, input: input, encodingFormat: "float"))
        let data = try await post(path: "/embeddings", body: body)
        let response: EmbeddingsResponse
        do {
            response = try JSONDecoder().decode(EmbeddingsResponse.self, from: data)
        } catch {
            throw AIProviderError.invalidResponse("the body is not a list of float embeddings")
        }
        guard response.data.count == input.count else {
            throw AIProviderError.invalidResponse("asked for \(input.count) embeddings, got \(response.data.count)")
        }
        var vectors = [[Float]?](repeating: nil, count: input.count)
        for item in response.data {
            guard vectors.indices.contains(item.index), vectors[item.index] == nil else {
                throw AIProviderError.invalidResponse("embedding index \(item.index) is out of range or repeated")
            }
            guard !item.embedding.isEmpty, item.embedding.allSatisfy(\.isFinite) else {
                throw AIProviderError.invalidResponse("embedding \(item.index) is empty or not made of finite numbers")
            }
            vectors[item.index] = item.embedding
        }
        let result = vectors.compactMap { $0 }
        guard Set(result.map(\.count)).count == 1 else {
            throw AIProviderError.invalidResponse("the embeddings in one answer have different lengths")
        }
        return result
    }
}

struct EmbeddingsRequest: Encodable {
    let model: String
    let input: [String]
    let encodingFormat: String

    enum CodingKeys: String, CodingKey {
        case model, input
        case encodingFormat = "encoding_format"
    }
}

struct EmbeddingsResponse: Decodable {
    struct Item: Decodable {
        let index: Int
        let embedding: [Float]
    }

    let data: [Item]
}
