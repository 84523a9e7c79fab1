import Foundation

/// How Underdog talks to VAPI, read at start-up: who may call the webhook and what the persona assistants run on.
public struct VapiSettings: Sendable {
    /// Accepted webhook credentials; none configured means every webhook call is refused.
    public var authentication: VapiAuthentication
    /// The public key the browser's Web SDK starts calls with; without it voice practice is unavailable.
    public var publicKey: String?
    /// The URL VAPI posts server messages to (this server's `/webhooks/vapi`, as the internet reaches it).
    public var serverURL: String?
    /// A credential configured in VAPI's dashboard that signs or authorises its server messages.
    public var serverCredentialID: String?
    public var modelProvider: String
    public var model: String
    public var voiceProvider: String
    public var voiceID: String
    public var transcriberProvider: String
    public var transcriberModel: String
    /// The longest practice call VAPI keeps open.
    public var maxDurationSeconds: Int

    public init(
        authentication: VapiAuthentication = VapiAuthentication([]),
        publicKey: String? = nil,
        serverURL: String? = nil,
        serverCredentialID: String? = nil,
        modelProvider: String = "openai",
        model: String = "gpt-4o-mini",
        voiceProvider: String = "vapi",
        voiceID: String = "Elliot",
        transcriberProvider: String = "deepgram",
        transcriberModel: String = "nova-2",
        maxDurationSeconds: Int = 900
    ) {
        self.authentication = authentication
        self.publicKey = publicKey
        self.serverURL = serverURL
        self.serverCredentialID = serverCredentialID
        self.modelProvider = modelProvider
        self.model = model
        self.voiceProvider = voiceProvider
        self.voiceID = voiceID
        self.transcriberProvider = transcriberProvider
        self.transcriberModel = transcriberModel
        self.maxDurationSeconds = maxDurationSeconds
    }
}
