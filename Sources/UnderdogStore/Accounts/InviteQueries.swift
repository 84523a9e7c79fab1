import Foundation
import Logging
import PostgresNIO

public struct InviteRecord: Sendable, Equatable {
    public let id: UUID
    public let orgID: UUID
    public let email: String
    public let role: String
    public let createdAt: Date
    public let expiresAt: Date
    public let acceptedAt: Date?
    public let revokedAt: Date?

    /// pending, accepted, revoked or expired, as the API shows it.
    public func status(now: Date = Date()) -> String {
        if acceptedAt != nil { return "accepted" }
        if revokedAt != nil { return "revoked" }
        if expiresAt <= now { return "expired" }
        return "pending"
    }
}

public enum InviteQueries {
    /// By token, locked, whatever its state (the caller says why an unusable one is refused). Service work.
    public static func findPendingForUpdate(tokenHash: String, on connection: PostgresConnection, logger: Logger) async throws -> InviteRecord? {
        let rows = try await connection.query(
            """
            SELECT id, org_id, email, role, created_at, expires_at, accepted_at, revoked_at
              FROM app.invites WHERE token_hash = \(tokenHash) FOR UPDATE
            """,
            logger: logger
        ).collect()
        return try rows.first.map(decode)
    }

    public static func markAccepted(_ id: UUID, by userID: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run(
            "UPDATE app.invites SET accepted_at = now(), accepted_by = \(userID) WHERE id = \(id)", logger: logger)
    }

    /// Creates an invite as the signed-in admin: RLS checks that they are an admin of `orgID`. A pending
    /// invite to the same address is replaced.
    public static func create(
        orgID: UUID, email: String, role: String, tokenHash: String, invitedBy: UUID, expiresAt: Date,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> InviteRecord {
        try await connection.run(
            """
            UPDATE app.invites SET revoked_at = now()
             WHERE org_id = \(orgID) AND email = \(email) AND accepted_at IS NULL AND revoked_at IS NULL
            """,
            logger: logger
        )
        let rows = try await connection.query(
            """
            INSERT INTO app.invites (org_id, email, role, token_hash, invited_by, expires_at)
            VALUES (\(orgID), \(email), \(role), \(tokenHash), \(invitedBy), \(expiresAt))
            RETURNING id, org_id, email, role, created_at, expires_at, accepted_at, revoked_at
            """,
            logger: logger
        ).collect()
        return try decode(rows[0])
    }

    /// The org's invites the caller may see (admins: all of their org's), newest first.
    public static func list(after cursor: Cursor?, limit: Int, on connection: PostgresConnection, logger: Logger) async throws -> Page<InviteRecord> {
        let rows = try await connection.query(
            """
            SELECT id, org_id, email, role, created_at, expires_at, accepted_at, revoked_at
              FROM app.invites
             WHERE (\(cursor?.createdAt)::timestamptz IS NULL OR (created_at, id) < (\(cursor?.createdAt), \(cursor?.id)))
             ORDER BY created_at DESC, id DESC
             LIMIT \(limit + 1)
            """,
            logger: logger
        ).collect()
        return Page(fetched: try rows.map(decode), limit: limit) { Cursor(createdAt: $0.createdAt, id: $0.id) }
    }

    /// Revokes a pending invite; false when RLS hides it or it is no longer pending.
    public static func revoke(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query(
            "UPDATE app.invites SET revoked_at = now() WHERE id = \(id) AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id",
            logger: logger
        ).collect()
        return !rows.isEmpty
    }

    static func decode(_ row: PostgresRow) throws -> InviteRecord {
        let (id, orgID, email, role, createdAt, expiresAt, acceptedAt, revokedAt) =
            try row.decode((UUID, UUID, String, String, Date, Date, Date?, Date?).self)
        return InviteRecord(id: id, orgID: orgID, email: email, role: role, createdAt: createdAt, expiresAt: expiresAt,
                            acceptedAt: acceptedAt, revokedAt: revokedAt)
    }
}
