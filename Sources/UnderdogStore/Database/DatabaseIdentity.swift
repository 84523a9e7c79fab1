import Foundation

/// Who a database transaction acts for: decides the PostgreSQL role and the JWT claims that RLS reads.
public struct DatabaseIdentity: Sendable, Equatable {
    /// The Supabase-shaped roles a transaction may switch to; never the connecting (owner) role.
    public enum Role: String, Sendable, CaseIterable {
        case anon
        case authenticated
        case serviceRole = "service_role"
    }

    public var role: Role
    public var userID: UUID?
    public var email: String?
    /// The sign-in a user's request belongs to; the transaction refuses to start once it has ended.
    public var sessionID: UUID?
    /// Recorded by the audit trigger; invalid addresses are stored as NULL, never rejected.
    public var clientIP: String?
    public var userAgent: String?

    public init(
        role: Role, userID: UUID? = nil, email: String? = nil, sessionID: UUID? = nil, clientIP: String? = nil, userAgent: String? = nil
    ) {
        self.role = role
        self.userID = userID
        self.email = email
        self.sessionID = sessionID
        self.clientIP = clientIP
        self.userAgent = userAgent
    }

    /// A visitor with no session: RLS gives it nothing but what is public.
    public static let anon = DatabaseIdentity(role: .anon)

    /// Operator and worker work (ingestion, queue, retention): bypasses RLS as Supabase's service_role does.
    public static let service = DatabaseIdentity(role: .serviceRole)

    /// A signed-in user; with a session, only while that session is live (sign-out, a password change, a
    /// removal or a role change end it). Without one: work the server does for a user it has just verified
    /// itself (a sign-in reading the profile, a worker, a test fixture).
    public static func user(
        _ id: UUID, email: String? = nil, session: UUID? = nil, clientIP: String? = nil, userAgent: String? = nil
    ) -> DatabaseIdentity {
        DatabaseIdentity(role: .authenticated, userID: id, email: email, sessionID: session, clientIP: clientIP, userAgent: userAgent)
    }

    /// The claims object `auth.uid()`, `auth.role()` and `auth.jwt()` read, shaped like a Supabase access token's.
    public var claimsJSON: String {
        var claims: [String: String] = ["role": role.rawValue]
        if let userID { claims["sub"] = userID.uuidString.lowercased() }
        if let email { claims["email"] = email }
        if let sessionID { claims["session_id"] = sessionID.uuidString.lowercased() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Encoding a [String: String] cannot fail.
        let data = (try? encoder.encode(claims)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
