import Foundation
import HTTPTypes
import Hummingbird
import JWTKit
import NIOCore
import PostgresNIO

/// Supabase Auth's REST API as its OpenAPI document and handlers define it, for the calls the server makes:
/// - `POST /auth/v1/token?grant_type=password|refresh_token` → 200 `{access_token, token_type, expires_in,
///   expires_at, refresh_token, user}`; wrong credentials 400 `invalid_credentials`; an unknown refresh token
///   400 `refresh_token_not_found`, a used one 400 `refresh_token_already_used` (and its session revoked);
/// - `POST /auth/v1/logout?scope=local` with the user's bearer → 204, the auth.sessions row deleted;
/// - `POST /auth/v1/admin/users` and `DELETE /auth/v1/admin/users/{id}` with the service-role bearer; an
///   existing email 422 `email_exists`, an unknown user 404 `user_not_found`.
/// Every route needs a known `apikey` (the gateway answers 401 `{"message":"Invalid API key"}` otherwise).
/// Errors come in the 2024-01-01 shape `{code, message}` with `x-sb-error-code` when the client asks for that
/// version, in the initial `{code: <status>, error_code, msg}` shape otherwise.
extension LocalSupabaseAuth {
    nonisolated func addRESTRoutes(to router: Router<BasicRequestContext>) {
        router.post("/auth/v1/token") { request, context -> Response in
            let body = try await Self.json(request, context)
            return await self.token(grant: request.uri.queryParameters["grant_type"].map(String.init) ?? "", body: body, request: request)
        }
        router.post("/auth/v1/logout") { request, _ -> Response in await self.logout(request) }
        router.post("/auth/v1/admin/users") { request, context -> Response in
            let body = try await Self.json(request, context)
            return await self.createUser(body, request: request)
        }
        router.delete("/auth/v1/admin/users/:id") { request, context -> Response in
            let id = context.parameters.get("id").flatMap(UUID.init(uuidString:))
            let body = try await Self.json(request, context)
            return await self.deleteUser(id, softly: body["should_soft_delete"] as? Bool ?? false, request: request)
        }
    }

    static func json(_ request: Request, _ context: BasicRequestContext) async throws -> [String: Any] {
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        return (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Any] ?? [:]
    }

    // MARK: - Routes

    func token(grant: String, body: [String: Any], request: Request) async -> Response {
        record("token:\(grant)")
        if let refused = gateway(request) { return refused }
        if rateLimited { return Self.error(429, "over_request_rate_limit", "Request rate limit reached", request) }
        switch grant {
        case "password":
            let email = (body["email"] as? String ?? "").lowercased()
            guard let (id, account) = accounts.first(where: { $0.value.email == email && !$0.value.deleted }),
                  account.password == body["password"] as? String
            else { return Self.error(400, "invalid_credentials", "Invalid login credentials", request) }
            let session = UUID()
            do {
                try await database?("INSERT INTO auth.sessions (id, user_id, aal) VALUES (\(session), \(id), 'aal1')")
            } catch {
                return Self.error(500, "unexpected_failure", "Database error granting user", request)
            }
            return await issue(user: id, email: account.email, session: session, request: request)
        case "refresh_token":
            let presented = body["refresh_token"] as? String ?? ""
            guard let token = refreshTokens[presented] else {
                return Self.error(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found", request)
            }
            if token.used {
                try? await database?("DELETE FROM auth.sessions WHERE id = \(token.session)")
                refreshTokens = refreshTokens.filter { $0.value.session != token.session }
                return Self.error(400, "refresh_token_already_used", "Invalid Refresh Token: Already Used", request)
            }
            refreshTokens[presented]?.used = true
            guard let account = accounts[token.user], !account.deleted else {
                return Self.error(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found", request)
            }
            return await issue(user: token.user, email: account.email, session: token.session, request: request)
        default:
            return Self.error(400, "validation_failed", "unsupported_grant_type", request)
        }
    }

    func logout(_ request: Request) async -> Response {
        record("logout")
        if let refused = gateway(request) { return refused }
        guard let bearer = request.headers[.authorization]?.replacingOccurrences(of: "Bearer ", with: ""),
              let claims = try? await verifier().verify(bearer, as: Claims.self),
              let session = UUID(uuidString: claims.session_id)
        else { return Self.error(403, "bad_jwt", "invalid JWT", request) }
        guard refreshTokens.values.contains(where: { $0.session == session }) else {
            return Self.error(403, "session_not_found", "Session from session_id claim in JWT does not exist", request)
        }
        try? await database?("DELETE FROM auth.sessions WHERE id = \(session)")
        refreshTokens = refreshTokens.filter { $0.value.session != session }
        return Response(status: .noContent)
    }

    func createUser(_ body: [String: Any], request: Request) async -> Response {
        record("admin:create")
        if let refused = gateway(request) ?? admin(request) { return refused }
        let email = (body["email"] as? String ?? "").lowercased()
        guard !email.isEmpty, let password = body["password"] as? String else {
            return Self.error(400, "validation_failed", "Unable to validate email address: invalid format", request)
        }
        if accounts.values.contains(where: { $0.email == email && !$0.deleted }) {
            return Self.error(422, "email_exists", "A user with this email address has already been registered", request)
        }
        let id = UUID()
        let app = (body["app_metadata"] as? [String: Any] ?? [:]).merging(["provider": "email", "providers": ["email"]]) { mine, _ in mine }
        let user = body["user_metadata"] as? [String: Any] ?? [:]
        let appJSON = String(data: try! JSONSerialization.data(withJSONObject: app), encoding: .utf8)!
        let userJSON = String(data: try! JSONSerialization.data(withJSONObject: user), encoding: .utf8)!
        do {
            try await database?("""
                INSERT INTO auth.users (id, email, raw_app_meta_data, raw_user_meta_data)
                VALUES (\(id), \(email), \(appJSON)::jsonb, \(userJSON)::jsonb)
                """)
        } catch {
            return Self.error(500, "unexpected_failure", "Database error creating new user", request)
        }
        accounts[id] = Account(email: email, password: password)
        return Self.json(200, ["id": id.uuidString.lowercased(), "aud": "authenticated", "role": "authenticated", "email": email,
                               "app_metadata": app, "user_metadata": user])
    }

    func deleteUser(_ id: UUID?, softly: Bool, request: Request) async -> Response {
        record("admin:delete:\(softly ? "soft" : "hard")")
        if let refused = gateway(request) ?? admin(request) { return refused }
        guard let id, var account = accounts[id] else { return Self.error(404, "user_not_found", "User not found", request) }
        try? await database?("DELETE FROM auth.sessions WHERE user_id = \(id)")
        refreshTokens = refreshTokens.filter { $0.value.user != id }
        if softly {
            account.deleted = true
            account.email = ""
            accounts[id] = account
        } else {
            accounts[id] = nil
            try? await database?("DELETE FROM auth.users WHERE id = \(id)")
        }
        return Self.json(200, [:])
    }

    // MARK: - Pieces

    private func issue(user: UUID, email: String, session: UUID, request: Request) async -> Response {
        guard let access = try? await token(user: user, session: session, email: email, issuer: issuer) else {
            return Self.error(500, "unexpected_failure", "could not sign", request)
        }
        let refresh = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(22).lowercased()
        refreshTokens[String(refresh)] = RefreshToken(session: session, user: user)
        let now = Int(Date().timeIntervalSince1970)
        return Self.json(200, [
            "access_token": access, "token_type": "bearer", "expires_in": 3600, "expires_at": now + 3600,
            "refresh_token": String(refresh), "user": ["id": user.uuidString.lowercased(), "email": email, "aud": "authenticated"],
        ])
    }

    private func verifier() async -> JWTKeyCollection {
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: privateKey.publicKey, kid: JWKIdentifier(string: Self.keyID))
        return keys
    }

    /// The API gateway in front of Supabase Auth: a request without a project key never reaches it.
    private func gateway(_ request: Request) -> Response? {
        let key = request.headers[HTTPField.Name("apikey")!]
        guard key == Self.anonKey || key == Self.serviceRoleKey else { return Self.json(401, ["message": "Invalid API key"]) }
        return nil
    }

    private func admin(_ request: Request) -> Response? {
        guard let bearer = request.headers[.authorization] else { return Self.error(401, "no_authorization", "This endpoint requires a Bearer token", request) }
        guard bearer == "Bearer \(Self.serviceRoleKey)" else { return Self.error(403, "not_admin", "User not allowed", request) }
        return nil
    }

    static func error(_ status: Int, _ code: String, _ message: String, _ request: Request) -> Response {
        if request.headers[HTTPField.Name("X-Supabase-Api-Version")!] == "2024-01-01" {
            var response = json(status, ["code": code, "message": message])
            response.headers[HTTPField.Name("x-sb-error-code")!] = code
            return response
        }
        return json(status, ["code": status, "error_code": code, "msg": message])
    }

    static func json(_ status: Int, _ object: [String: Any]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data("{}".utf8)
        return Response(status: .init(code: status), headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
