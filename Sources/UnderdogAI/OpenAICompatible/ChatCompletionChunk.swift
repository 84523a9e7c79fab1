import Foundation

/// One `chat.completion.chunk` of a streamed answer: the fields Underdog reads.
public struct ChatCompletionChunk: Sendable, Decodable {
    public struct Choice: Sendable, Decodable {
        public struct Delta: Sendable, Decodable {
            public var role: String?
            public var content: String?
            /// Set instead of `content` when the model declines to answer.
            public var refusal: String?
        }

        public var index: Int?
        public var delta: Delta?
        public var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case index, delta
            case finishReason = "finish_reason"
        }
    }

    public var id: String?
    public var object: String?
    public var model: String?
    /// Empty, null or missing in a usage-only chunk.
    public var choices: [Choice]?

    /// What one event's data says: more text (empty for a chunk that carries only the role or the finish
    /// reason), or `[DONE]`. Throws `.invalidResponse` for data that is not a chunk, for an error object sent
    /// in the stream, and for a refusal.
    public static func interpret(_ data: String) throws(AIProviderError) -> Piece {
        if data.trimmingCharacters(in: .whitespaces) == "[DONE]" { return .done }
        struct ErrorEnvelope: Decodable {
            struct Detail: Decodable { let message: String? }
            let error: Detail
        }
        let bytes = Data(data.utf8)
        if let envelope = try? JSONDecoder().decode(ErrorEnvelope.self, from: bytes) {
            throw .invalidResponse("the provider reported an error in the stream: \((envelope.error.message ?? "no message").prefix(300))")
        }
        let chunk: ChatCompletionChunk
        do {
            chunk = try JSONDecoder().decode(ChatCompletionChunk.self, from: bytes)
        } catch {
            throw .invalidResponse("a stream event is not a chat completion chunk: \(data.prefix(120))")
        }
        guard let choice = chunk.choices?.first(where: { ($0.index ?? 0) == 0 }) else { return .text("") }
        if let refusal = choice.delta?.refusal, !refusal.isEmpty {
            throw .invalidResponse("the model refused: \(refusal.prefix(200))")
        }
        return .text(choice.delta?.content ?? "")
    }

    /// The meaning of one stream event.
    public enum Piece: Sendable, Equatable {
        case text(String)
        case done
    }
}
