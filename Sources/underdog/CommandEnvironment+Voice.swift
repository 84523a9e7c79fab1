import Foundation
import HTTPTypes
import UnderdogServer

/// Voice practice settings:
/// - `UNDERDOG_VAPI_SECRET` (the legacy `X-Vapi-Secret`), `UNDERDOG_VAPI_BEARER_TOKEN` (a Bearer credential) and
///   `UNDERDOG_VAPI_HMAC_SECRET` (an HMAC credential; `UNDERDOG_VAPI_HMAC_HEADER`, default x-signature, and
///   `UNDERDOG_VAPI_HMAC_TIMESTAMP_HEADER`, default x-timestamp, or empty to sign the body alone): whichever are
///   set are accepted on `/webhooks/vapi`; with none, every VAPI webhook is refused.
/// - `UNDERDOG_VAPI_PUBLIC_KEY`: the Web SDK key the browser starts calls with; without it voice is off.
/// - `UNDERDOG_VAPI_SERVER_URL` (this server's `/webhooks/vapi` as VAPI reaches it), `UNDERDOG_VAPI_CREDENTIAL_ID`,
///   `UNDERDOG_VAPI_MODEL` (default gpt-4o-mini), `UNDERDOG_VAPI_VOICE` (provider:voice, default vapi:Elliot).
/// - `UNDERDOG_RETELL_API_KEY`: the key Retell signs its webhooks with; without it every Retell webhook is refused.
///   With `UNDERDOG_RETELL_AGENT_ID` too, `/voice/web-call` can create Retell web calls.
extension CommandEnvironment {
    func vapiSettings() throws -> VapiSettings {
        let environment = ProcessInfo.processInfo.environment
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        var methods: [VapiAuthentication.Method] = []
        if let secret = value("UNDERDOG_VAPI_SECRET") { methods.append(.secretHeader(secret)) }
        if let token = value("UNDERDOG_VAPI_BEARER_TOKEN") { methods.append(.bearer(token)) }
        if let secret = value("UNDERDOG_VAPI_HMAC_SECRET") {
            let header = try headerName(value("UNDERDOG_VAPI_HMAC_HEADER") ?? "x-signature", variable: "UNDERDOG_VAPI_HMAC_HEADER")
            let timestamp = environment["UNDERDOG_VAPI_HMAC_TIMESTAMP_HEADER"] ?? "x-timestamp"
            let timestampHeader = timestamp.isEmpty ? nil : try headerName(timestamp, variable: "UNDERDOG_VAPI_HMAC_TIMESTAMP_HEADER")
            methods.append(.hmac(.init(
                secret: secret, signatureHeader: header, timestampHeader: timestampHeader,
                payloadFormat: timestampHeader == nil ? .body : .timestampThenBody(separator: "."))))
        }
        var settings = VapiSettings(
            authentication: VapiAuthentication(methods), publicKey: value("UNDERDOG_VAPI_PUBLIC_KEY"),
            serverURL: value("UNDERDOG_VAPI_SERVER_URL"), serverCredentialID: value("UNDERDOG_VAPI_CREDENTIAL_ID"))
        if let model = value("UNDERDOG_VAPI_MODEL") { settings.model = model }
        if let voice = value("UNDERDOG_VAPI_VOICE") {
            let parts = voice.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CommandError("UNDERDOG_VAPI_VOICE must be provider:voice, such as vapi:Elliot") }
            settings.voiceProvider = parts[0]
            settings.voiceID = parts[1]
        }
        return settings
    }

    var retellAPIKey: String? {
        ProcessInfo.processInfo.environment["UNDERDOG_RETELL_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Retell web calls need the API key and `UNDERDOG_RETELL_AGENT_ID` (an agent whose prompt uses the
    /// `{{persona_prompt}}` and `{{greeting}}` dynamic variables); `UNDERDOG_RETELL_BASE_URL` points elsewhere.
    var retellWebCalls: RetellWebCalls? {
        let environment = ProcessInfo.processInfo.environment
        guard let key = retellAPIKey, let agent = environment["UNDERDOG_RETELL_AGENT_ID"], !agent.isEmpty else { return nil }
        let base = environment["UNDERDOG_RETELL_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://api.retellai.com"
        return RetellWebCalls(apiKey: key, agentID: agent, baseURL: base)
    }

    private func headerName(_ text: String, variable: String) throws -> HTTPField.Name {
        guard let name = HTTPField.Name(text) else { throw CommandError("\(variable) is not a valid header name: \(text)") }
        return name
    }
}
