import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The calls the server makes to Supabase Auth's REST API (GoTrue, `https://<project>.supabase.co/auth/v1`), as
/// its OpenAPI document describes them: the password and refresh-token grants of `POST /token`, `POST /logout`,
/// and the admin `POST /admin/users` and `DELETE /admin/users/{id}`. Every call carries the `apikey` header;
/// admin calls also the service-role key as their bearer. Errors are read in the 2024-01-01 shape this client
/// asks for (`X-Supabase-Api-Version`), from the `x-sb-error-code` header or the body's `code`/`error_code`.
struct SupabaseAuthAPI: Sendable {
    let base: URL
    let anonKey: String
    let serviceRoleKey: String?
    let http: HTTPClient

    static let apiVersion = "2024-01-01"
    static let timeout: TimeAmount = .seconds(10)

    struct Tokens: Decodable, Sendable {
        let access_token: String
        let expires_in: Int
        let refresh_token: String
    }

    struct User: Decodable, Sendable {
        let id: UUID
        let email: String?
    }

    /// What Supabase Auth answered when it refused a call.
    struct Refusal: Error, Sendable, Equatable {
        let status: Int
        let code: String
        let message: String
        let retryAfter: Int?
    }

    /// Supabase Auth could not be reached, or answered with something that is not its API.
    struct Unreachable: Error, Sendable {
        let reason: String
    }

    func passwordGrant(email: String, password: String) async throws -> Tokens {
        try await call(.POST, "token?grant_type=password", json: ["email": email, "password": password], as: Tokens.self)
    }

    func refreshGrant(_ refreshToken: String) async throws -> Tokens {
        try await call(.POST, "token?grant_type=refresh_token", json: ["refresh_token": refreshToken], as: Tokens.self)
    }

    /// Ends this one session (`scope=local`): its auth.sessions row goes, so the database refuses its tokens.
    func logout(accessToken: String) async throws {
        _ = try await send(.POST, "logout?scope=local", body: nil, bearer: accessToken)
    }

    /// Creates a confirmed account whose org and role are in `app_metadata`, which only the service role can
    /// write; the seed's trigger (006) makes the member from it.
    func createUser(email: String, password: String, name: String, orgID: UUID, role: String) async throws -> User {
        let body: [String: Any] = [
            "email": email, "password": password, "email_confirm": true,
            "user_metadata": ["name": name],
            "app_metadata": ["org_id": orgID.uuidString.lowercased(), "role": role],
        ]
        return try await call(.POST, "admin/users", json: body, bearer: try adminKey(), as: User.self)
    }

    /// Soft-deletes an account (`should_soft_delete`): Supabase Auth obfuscates its email and phone, drops its
    /// identities and factors and ends its sessions, and keeps the row, which the member's tombstone still
    /// references. An account that is already gone is fine.
    func deleteUser(_ id: UUID) async throws {
        do {
            _ = try await send(.DELETE, "admin/users/\(id.uuidString.lowercased())",
                               body: try JSONSerialization.data(withJSONObject: ["should_soft_delete": true]), bearer: try adminKey())
        } catch let refusal as Refusal where refusal.status == 404 {
            return
        }
    }

    private func adminKey() throws -> String {
        guard let serviceRoleKey else { throw Unreachable(reason: "no service-role key is configured (SUPABASE_SERVICE_ROLE_KEY)") }
        return serviceRoleKey
    }

    private func call<Answer: Decodable>(_ method: HTTPMethod, _ path: String, json: [String: Any], bearer: String? = nil,
                                         as: Answer.Type) async throws -> Answer {
        let body = try await send(method, path, body: try JSONSerialization.data(withJSONObject: json), bearer: bearer)
        do {
            return try JSONDecoder().decode(Answer.self, from: body)
        } catch {
            throw Unreachable(reason: "\(path) answered with a body that is not Supabase Auth's: \(error)")
        }
    }

    private func send(_ method: HTTPMethod, _ path: String, body: Data?, bearer: String?) async throws -> Data {
        var request = HTTPClientRequest(url: base.absoluteString + "/" + path)
        request.method = method
        request.headers.add(name: "apikey", value: anonKey)
        request.headers.add(name: "X-Supabase-Api-Version", value: Self.apiVersion)
        request.headers.add(name: "Accept", value: "application/json")
        if let bearer { request.headers.add(name: "Authorization", value: "Bearer \(bearer)") }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response: HTTPClientResponse
        let data: Data
        do {
            response = try await http.execute(request, timeout: Self.timeout)
            data = Data(buffer: try await response.body.collect(upTo: 1 << 20))
        } catch {
            throw Unreachable(reason: "\(error)")
        }
        let status = Int(response.status.code)
        guard (200..<300).contains(status) else {
            throw Self.refusal(status: status, headers: response.headers, body: data)
        }
        return data
    }

    /// The refusal in whichever of Supabase Auth's error shapes came back.
    static func refusal(status: Int, headers: HTTPHeaders, body: Data) -> Refusal {
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        let code = headers.first(name: "x-sb-error-code")
            ?? object["error_code"] as? String ?? object["code"] as? String ?? object["error"] as? String ?? "unknown"
        let message = object["message"] as? String ?? object["msg"] as? String ?? object["error_description"] as? String ?? ""
        return Refusal(status: status, code: code, message: message, retryAfter: headers.first(name: "Retry-After").flatMap { Int($0) })
    }
}
