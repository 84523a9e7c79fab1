import Foundation
import Logging
import PostgresNIO

/// A member of the caller's organisation, as RLS lets the caller see them.
public struct MemberRecord: Sendable, Equatable {
    public let id: UUID
    public let email: String
    public let name: String
    public let role: String
    public let createdAt: Date
    public let removed: Bool
}

/// Queries on an organisation's members, run as the signed-in user: RLS shows an admin their org, a rep
/// only themselves.
public enum MemberQueries {
    public static func list(after cursor: Cursor?, limit: Int, on connection: PostgresConnection, logger: Logger) async throws -> Page<MemberRecord> {
        let rows = try await connection.query(
            """
            SELECT u.id, u.email, u.name, coalesce(u.role, 'user'), coalesce(u.created_at, 'epoch'),
                   EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id)
              FROM public.users u
             WHERE (\(cursor?.createdAt)::timestamptz IS NULL
                    OR (coalesce(u.created_at, 'epoch'), u.id) < (\(cursor?.createdAt), \(cursor?.id)))
             ORDER BY coalesce(u.created_at, 'epoch') DESC, u.id DESC
             LIMIT \(limit + 1)
            """,
            logger: logger
        ).collect()
        return Page(fetched: try rows.map(decode), limit: limit) { Cursor(createdAt: $0.createdAt, id: $0.id) }
    }

    public static func find(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> MemberRecord? {
        let rows = try await connection.query(
            """
            SELECT u.id, u.email, u.name, coalesce(u.role, 'user'), coalesce(u.created_at, 'epoch'),
                   EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id)
              FROM public.users u WHERE u.id = \(id)
            """,
            logger: logger
        ).collect()
        return try rows.first.map(decode)
    }

    /// Checked by `app.set_member_role`: the caller must be an admin of the member's org.
    public static func setRole(_ role: String, of id: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await StoreError.classifying {
            try await connection.run("SELECT app.set_member_role(\(id), \(role))", logger: logger)
        }
    }

    /// Soft removal; RLS lets only an admin of the member's org do it, and never to themselves.
    public static func remove(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await StoreError.classifying {
            try await connection.run(
                """
                INSERT INTO app.member_removals (id, org_id, removed_by)
                SELECT u.id, u.org_id, auth.uid() FROM public.users u WHERE u.id = \(id)
                """,
                logger: logger
            )
        }
    }

    /// False when there was no removal the caller may undo.
    public static func restore(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query("DELETE FROM app.member_removals WHERE id = \(id) RETURNING id", logger: logger).collect()
        return !rows.isEmpty
    }

    static func decode(_ row: PostgresRow) throws -> MemberRecord {
        let (id, email, name, role, createdAt, removed) = try row.decode((UUID, String, String, String, Date, Bool).self)
        return MemberRecord(id: id, email: email, name: name, role: role, createdAt: createdAt, removed: removed)
    }
}
