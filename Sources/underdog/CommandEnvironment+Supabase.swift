import Foundation
import UnderdogServer

/// Supabase Auth, for a deployment on Supabase (README, "Deploying on Supabase"):
/// - `SUPABASE_URL` (`https://<project>.supabase.co`): tokens must come from its Auth (`iss`), and its JWKS
///   (`/auth/v1/.well-known/jwks.json`) verifies asymmetric ones, unless `SUPABASE_JWKS_URL` names another;
/// - `SUPABASE_JWT_SECRET`: the project's legacy HS256 secret, for HS256 tokens;
/// - `SUPABASE_ANON_KEY` (with `SUPABASE_URL`): the web pages sign in through Supabase Auth;
/// - `SUPABASE_SERVICE_ROLE_KEY`: the server may create accounts there (sign-up, invites) and delete them (erasure).
/// With neither secret nor key set, only the server's own tokens are accepted.
extension CommandEnvironment {
    func supabaseAuth() throws -> SupabaseAuthSettings? {
        let environment = ProcessInfo.processInfo.environment
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        var settings = SupabaseAuthSettings(jwtSecret: value("SUPABASE_JWT_SECRET"))
        if let secret = settings.jwtSecret, secret.utf8.count < 32 {
            throw CommandError("SUPABASE_JWT_SECRET must be the project's JWT secret (at least 32 bytes)")
        }
        if let base = value("SUPABASE_URL") {
            guard let url = URL(string: base), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw CommandError("SUPABASE_URL must be the project's URL, like https://<project>.supabase.co, not \(base)")
            }
            let root = base.hasSuffix("/") ? String(base.dropLast()) : base
            settings.issuer = root + "/auth/v1"
            settings.jwksURL = URL(string: root + "/auth/v1/.well-known/jwks.json")
            settings.authURL = URL(string: root + "/auth/v1")
        }
        settings.anonKey = value("SUPABASE_ANON_KEY")
        settings.serviceRoleKey = value("SUPABASE_SERVICE_ROLE_KEY")
        if (settings.anonKey != nil || settings.serviceRoleKey != nil) && settings.authURL == nil {
            throw CommandError("SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY need SUPABASE_URL, the project's URL")
        }
        if let jwks = value("SUPABASE_JWKS_URL") {
            guard let url = URL(string: jwks), ["http", "https"].contains(url.scheme ?? "") else {
                throw CommandError("SUPABASE_JWKS_URL must be an http(s) URL, not \(jwks)")
            }
            settings.jwksURL = url
        }
        return settings.jwtSecret == nil && settings.jwksURL == nil ? nil : settings
    }
}
