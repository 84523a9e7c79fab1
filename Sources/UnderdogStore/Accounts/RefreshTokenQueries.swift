import Foundation
import Logging
import PostgresNIO

/// A stored refresh token, found by the hash of what the client presented.
public struct RefreshTokenRecord: Sendable {
    public let id: UUID
    public let userID: UUID
    public let familyID: UUID
    public let expiresAt: Date
    public let rotatedAt: Date?
    public let revokedAt: Date?
}

/// Refresh tokens: issued at sign-in, rotated on refresh, revoked by family. Service work only.
public enum RefreshTokenQueries {
    /// `clientIP` must be a valid address or nil; the server takes it from the connection, not from input.
    public static func insert(
        userID: UUID, familyID: UUID, parentID: UUID?, tokenHash: String, expiresAt: Date,
        clientIP: String?, userAgent: String?, on connection: PostgresConnection, logger: Logger
    ) async throws {
        try await connection.run(
            """
            INSERT INTO app.refresh_tokens (user_id, family_id, parent_id, token_hash, expires_at, ip_address, user_agent)
            VALUES (\(userID), \(familyID), \(parentID), \(tokenHash), \(expiresAt),
                    \(clientIP)::inet, \(userAgent))
            """,
            logger: logger
        )
    }

    /// Locks the row, so two refreshes racing with one token cannot both rotate it.
    public static func findForUpdate(tokenHash: String, on connection: PostgresConnection, logger: Logger) async throws -> RefreshTokenRecord? {
        let rows = try await connection.query(
            """
            SELECT id, user_id, family_id, expires_at, rotated_at, revoked_at
              FROM app.refresh_tokens WHERE token_hash = \(tokenHash) FOR UPDATE
            """,
            logger: logger
        ).collect()
        guard let row = rows.first else { return nil }
        let (id, userID, familyID, expiresAt, rotatedAt, revokedAt) = try row.decode((UUID, UUID, UUID, Date, Date?, Date?).self)
        return RefreshTokenRecord(id: id, userID: userID, familyID: familyID, expiresAt: expiresAt, rotatedAt: rotatedAt, revokedAt: revokedAt)
    }

    public static func markRotated(id: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("UPDATE app.refresh_tokens SET rotated_at = now() WHERE id = \(id)", logger: logger)
    }

    public static func revokeFamily(_ familyID: UUID, reason: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run(
            """
            UPDATE app.refresh_tokens SET revoked_at = now(), revoked_reason = \(reason)
             WHERE family_id = \(familyID) AND revoked_at IS NULL
            """,
            logger: logger
        )
    }

    public static func revokeAll(userID: UUID, reason: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run(
            """
            UPDATE app.refresh_tokens SET revoked_at = now(), revoked_reason = \(reason)
             WHERE user_id = \(userID) AND revoked_at IS NULL
            """,
            logger: logger
        )
    }
}
