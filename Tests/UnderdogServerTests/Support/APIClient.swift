import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A JSON response as a test reads it.
struct JSONResponse {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: Data

    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Calls the API under /api/v1 with JSON bodies and an optional bearer token.
struct APIClient {
    let client: any TestClientProtocol

    func call(_ method: HTTPRequest.Method, _ path: String, token: String? = nil, json: [String: Any]? = nil,
              raw: Data? = nil, headers extra: HTTPFields = [:]) async throws -> JSONResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        var body: ByteBuffer?
        if let json {
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
            headers[.contentType] = "application/json"
        } else if let raw {
            body = ByteBuffer(data: raw)
            if headers[.contentType] == nil { headers[.contentType] = "application/json" }
        }
        return try await client.execute(uri: "/api/v1" + path, method: method, headers: headers, body: body) { response in
            JSONResponse(status: response.status, headers: response.headers, body: Data(buffer: response.body))
        }
    }

    /// Signs up a new account and returns its session JSON.
    func signUp(email: String, password: String = "correct horse battery", name: String = "Test Person",
                organization: String? = "Acme", invite: String? = nil) async throws -> JSONResponse {
        var body: [String: Any] = ["email": email, "password": password, "name": name]
        if let organization { body["organization_name"] = organization }
        if let invite { body["invite_token"] = invite; body["organization_name"] = nil }
        return try await call(.post, "/auth/signup", json: body)
    }
}

extension JSONResponse {
    var accessToken: String { json["access_token"] as? String ?? "" }
    var refreshToken: String { json["refresh_token"] as? String ?? "" }
    var user: [String: Any] { json["user"] as? [String: Any] ?? [:] }
}
