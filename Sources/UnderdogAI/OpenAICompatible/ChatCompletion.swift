/// `POST /chat/completions`: the request body, as the OpenAI API defines it (the fields Underdog uses).
public struct ChatCompletionRequest: Sendable, Encodable {
    public struct Message: Sendable, Codable, Equatable {
        public var role: String
        public var content: String

        public init(role: String, content: String) {
            self.role = role
            self.content = content
        }

        public static func system(_ text: String) -> Message { Message(role: "system", content: text) }
        public static func user(_ text: String) -> Message { Message(role: "user", content: text) }
        public static func assistant(_ text: String) -> Message { Message(role: "assistant", content: text) }
    }

    /// `{"type":"json_schema","json_schema":{"name","strict","schema"}}`: the answer must be JSON of that schema.
    public struct ResponseFormat: Sendable, Encodable {
        public struct Schema: Sendable, Encodable {
            public var name: String
            public var strict: Bool
            public var schema: JSONValue
        }

        public var type = "json_schema"
        public var jsonSchema: Schema

        enum CodingKeys: String, CodingKey {
            case type
            case jsonSchema = "json_schema"
        }

        public static func jsonSchema(name: String, schema: JSONValue) -> ResponseFormat {
            ResponseFormat(jsonSchema: Schema(name: name, strict: true, schema: schema))
        }
    }

    public var model: String
    public var messages: [Message]
    public var temperature: Double?
    public var responseFormat: ResponseFormat?
    public var maxTokens: Int?
    /// `true` asks for Server-Sent Events; left out of the body when nil. Set by `streamChatCompletion`.
    public var stream: Bool?

    public init(model: String, messages: [Message], temperature: Double? = nil, responseFormat: ResponseFormat? = nil, maxTokens: Int? = nil) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.responseFormat = responseFormat
        self.maxTokens = maxTokens
    }

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, stream
        case responseFormat = "response_format"
        case maxTokens = "max_tokens"
    }
}

/// The answer to `POST /chat/completions` (non-streaming).
public struct ChatCompletionResponse: Sendable, Decodable {
    public struct Choice: Sendable, Decodable {
        public struct Message: Sendable, Decodable {
            public var role: String?
            public var content: String?
            /// Set instead of `content` when the model declines to answer in the schema.
            public var refusal: String?
        }

        public var index: Int?
        public var message: Message
        public var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case index, message
            case finishReason = "finish_reason"
        }
    }

    public var id: String?
    public var model: String?
    public var choices: [Choice]
}
