import Foundation
import Logging
import PostgresNIO

/// A row of public.users as the API shows it.
public struct UserRecord: Sendable, Equatable {
    public let id: UUID
    public let orgID: UUID?
    public let email: String
    public let name: String
    public let role: String
    public let createdAt: Date
}

/// What sign-in needs to know about an account; read as service_role, before anyone is signed in.
public struct Credentials: Sendable {
    public let userID: UUID
    public let email: String
    public let passwordHash: String?
    /// Removed from their organisation: may not sign in.
    public let removed: Bool
}

/// Queries on accounts: auth.users (passwords) and public.users (profiles).
public enum AccountQueries {
    public static func credentials(email: String, on connection: PostgresConnection, logger: Logger) async throws -> Credentials? {
        let rows = try await connection.query(
            """
            SELECT a.id, a.email, a.encrypted_password,
                   EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = a.id)
              FROM auth.users a
             WHERE lower(a.email) = lower(\(email))
            """,
            logger: logger
        ).collect()
        guard let row = rows.first else { return nil }
        let (id, storedEmail, hash, removed) = try row.decode((UUID, String, String?, Bool).self)
        return Credentials(userID: id, email: storedEmail, passwordHash: hash, removed: removed)
    }

    public static func credentials(userID: UUID, on connection: PostgresConnection, logger: Logger) async throws -> Credentials? {
        let rows = try await connection.query(
            """
            SELECT a.id, a.email, a.encrypted_password,
                   EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = a.id)
              FROM auth.users a
             WHERE a.id = \(userID)
            """,
            logger: logger
        ).collect()
        guard let row = rows.first else { return nil }
        let (id, storedEmail, hash, removed) = try row.decode((UUID, String, String?, Bool).self)
        return Credentials(userID: id, email: storedEmail, passwordHash: hash, removed: removed)
    }

    public static func emailExists(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM auth.users WHERE lower(email) = lower(\(email))", logger: logger)
            .collect().isEmpty
    }

    /// Creates the auth account; the `on_auth_user_created` trigger makes the public.users row from the
    /// app metadata (org and role), which only this trusted code writes.
    public static func createAccount(
        id: UUID, email: String, passwordHash: String, name: String, orgID: UUID, role: String,
        on connection: PostgresConnection, logger: Logger
    ) async throws {
        let userMetadata = try JSONSerialization.data(withJSONObject: ["name": name], options: [.sortedKeys])
        let appMetadata = try JSONSerialization.data(
            withJSONObject: ["org_id": orgID.uuidString.lowercased(), "role": role], options: [.sortedKeys])
        try await connection.run(
            """
            INSERT INTO auth.users (id, email, encrypted_password, raw_user_meta_data, raw_app_meta_data)
            VALUES (\(id), \(email), \(passwordHash),
                    \(String(decoding: userMetadata, as: UTF8.self))::jsonb,
                    \(String(decoding: appMetadata, as: UTF8.self))::jsonb)
            """,
            logger: logger
        )
    }

    public static func setPasswordHash(_ hash: String, userID: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run(
            "UPDATE auth.users SET encrypted_password = \(hash), updated_at = now() WHERE id = \(userID)", logger: logger)
    }

    /// The caller's own row, through RLS.
    public static func user(id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> UserRecord? {
        let rows = try await connection.query(
            "SELECT id, org_id, email, name, role, created_at FROM public.users WHERE id = \(id)", logger: logger
        ).collect()
        return try rows.first.map(decodeUser)
    }

    public static func updateName(_ name: String, userID: UUID, on connection: PostgresConnection, logger: Logger) async throws -> UserRecord? {
        let rows = try await connection.query(
            """
            UPDATE public.users SET name = \(name) WHERE id = \(userID)
            RETURNING id, org_id, email, name, role, created_at
            """,
            logger: logger
        ).collect()
        return try rows.first.map(decodeUser)
    }

    static func decodeUser(_ row: PostgresRow) throws -> UserRecord {
        let (id, orgID, email, name, role, createdAt) = try row.decode((UUID, UUID?, String, String, String?, Date?).self)
        return UserRecord(id: id, orgID: orgID, email: email, name: name, role: role ?? "user", createdAt: createdAt ?? Date(timeIntervalSince1970: 0))
    }
}
