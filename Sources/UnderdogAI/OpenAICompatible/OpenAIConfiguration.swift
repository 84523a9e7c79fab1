import Foundation

/// Where an OpenAI-compatible server is and how patiently to talk to it: OpenAI itself, or any server that
/// speaks the same API (Ollama, vLLM, llama.cpp, speaches, text-embeddings-inference).
public struct OpenAIConfiguration: Sendable, Equatable {
    /// The API root, e.g. `https://api.openai.com/v1`; request paths are added below it.
    public var baseURL: String
    public var apiKey: String?
    /// The chat model, e.g. `gpt-4o-mini`.
    public var chatModel: String
    /// How long one attempt may take before it is abandoned.
    public var requestTimeout: Duration
    /// Attempts after the first, on 429, 5xx and transport failures.
    public var maxRetries: Int
    /// The first backoff; each retry doubles it, with jitter, up to `maxBackoff`.
    public var initialBackoff: Duration
    public var maxBackoff: Duration
    /// A `Retry-After` longer than this is not waited for: the call fails at once and the caller falls back.
    public var maxRetryAfter: Duration
    /// Consecutive failed calls that open the circuit, and how long it then stays open.
    public var breakerThreshold: Int
    public var breakerCooldown: Duration

    public init(
        baseURL: String,
        apiKey: String? = nil,
        chatModel: String,
        requestTimeout: Duration = .seconds(30),
        maxRetries: Int = 2,
        initialBackoff: Duration = .milliseconds(250),
        maxBackoff: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(30),
        breakerThreshold: Int = 5,
        breakerCooldown: Duration = .seconds(30)
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.chatModel = chatModel
        self.requestTimeout = requestTimeout
        self.maxRetries = maxRetries
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
        self.breakerThreshold = breakerThreshold
        self.breakerCooldown = breakerCooldown
    }
}
