import UnderdogAI
import UnderdogDomain

/// Turns texts into 1536-dimension vectors, and names the model that did, which every stored vector records.
protocol TextEmbedder: Sendable {
    var modelName: String { get }
    func embed(_ texts: [String]) async throws -> [[Float]]
}

/// The offline embedder, with the corpus statistics it was fitted on.
struct LocalTextEmbedder: TextEmbedder {
    let embedder: LocalEmbedder

    var modelName: String { embedder.modelName }

    func embed(_ texts: [String]) async throws -> [[Float]] {
        texts.map(embedder.embed)
    }
}

extension OpenAIEmbedder: TextEmbedder {}
