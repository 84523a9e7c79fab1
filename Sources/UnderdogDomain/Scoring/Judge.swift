/// Who wrote the scores: the deterministic analyser, or an LLM judge (and why it fell back, if it did).
public struct Judge: Codable, Sendable, Hashable {
    /// Which kind of judge.
    public enum Kind: String, Codable, Sendable, Hashable {
        case deterministic
        case llm
    }

    public let kind: Kind
    /// The LLM model, when one judged.
    public let model: String?
    /// Why an LLM judge was not used (timeout, invalid output…), when the deterministic result stands in for it.
    public let fallbackReason: String?

    public init(kind: Kind, model: String? = nil, fallbackReason: String? = nil) {
        self.kind = kind
        self.model = model
        self.fallbackReason = fallbackReason
    }

    /// The offline analyser, with no LLM involved.
    public static let deterministic = Judge(kind: .deterministic)

    enum CodingKeys: String, CodingKey {
        case kind, model
        case fallbackReason = "fallback_reason"
    }
}
