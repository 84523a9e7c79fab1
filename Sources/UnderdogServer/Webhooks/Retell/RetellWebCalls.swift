import AsyncHTTPClient
import Foundation
import NIOCore

/// Retell's `POST /v2/create-web-call`: the server asks Retell for a web call on the configured agent and hands
/// the browser the call's access token. The persona reaches the agent as dynamic variables (its prompt uses
/// `{{persona_prompt}}` and `{{greeting}}`), and our call token rides in the metadata Retell echoes on every
/// webhook, which is how `call_started` finds the rep.
public struct RetellWebCalls: Sendable {
    public let apiKey: String
    public let agentID: String
    /// `https://api.retellai.com` unless a test points it at a local server.
    public let baseURL: String

    public init(apiKey: String, agentID: String, baseURL: String = "https://api.retellai.com") {
        self.apiKey = apiKey
        self.agentID = agentID
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    struct Request: Encodable {
        let agent_id: String
        let metadata: [String: String]
        let retell_llm_dynamic_variables: [String: String]
    }

    public struct WebCall: Decodable, Sendable {
        public let callID: String
        public let accessToken: String

        enum CodingKeys: String, CodingKey {
            case callID = "call_id"
            case accessToken = "access_token"
        }
    }

    /// The new call, or an error describing what Retell said.
    func create(metadata: [String: String], variables: [String: String]) async throws -> WebCall {
        var request = HTTPClientRequest(url: baseURL + "/v2/create-web-call")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(data: try JSONEncoder().encode(Request(agent_id: agentID, metadata: metadata, retell_llm_dynamic_variables: variables))))
        let response = try await HTTPClient.shared.execute(request, deadline: .now() + .seconds(15))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard (200..<300).contains(response.status.code) else {
            throw AppError(.badGateway, code: "voice_unavailable",
                           message: "Retell refused to start the call (HTTP \(response.status.code)); try again, or practise by text.", logLevel: .warning)
        }
        do {
            return try JSONDecoder().decode(WebCall.self, from: Data(buffer: body))
        } catch {
            throw AppError(.badGateway, code: "voice_unavailable", message: "Retell's answer held no call; try again, or practise by text.", logLevel: .warning)
        }
    }
}
