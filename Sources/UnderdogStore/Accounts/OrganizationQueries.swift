import Foundation
import Logging
import PostgresNIO

/// An organisation with its plan's limits (nil: unlimited) and what it uses of them.
public struct OrganizationRecord: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let plan: String
    public let createdAt: Date
    public let maxMembers: Int?
    public let maxStorageBytes: Int64?
    public let maxUploadsPerMonth: Int?
    public let members: Int
    public let storageBytes: Int64
    public let uploadsThisMonth: Int
}

public enum OrganizationQueries {
    public static func create(name: String, plan: String, on connection: PostgresConnection, logger: Logger) async throws -> UUID {
        let rows = try await connection.query(
            "INSERT INTO public.organizations (name, plan) VALUES (\(name), \(plan)) RETURNING id", logger: logger
        ).collect()
        return try rows[0].decode(UUID.self)
    }

    /// Takes back an organisation made a moment ago whose first account could not be made (sign-up through
    /// Supabase Auth, where the account is made outside this transaction). One with any member is left alone.
    public static func deleteIfEmpty(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run(
            """
            DELETE FROM public.organizations o
             WHERE o.id = \(id) AND NOT EXISTS (SELECT 1 FROM public.users u WHERE u.org_id = o.id)
            """, logger: logger)
    }

    /// The caller's organisation through RLS; usage counts only what the caller may see, which for an
    /// admin is the whole organisation.
    public static func current(on connection: PostgresConnection, logger: Logger) async throws -> OrganizationRecord? {
        let rows = try await connection.query(
            """
            SELECT o.id, o.name, coalesce(o.plan, 'free'), o.created_at,
                   l.max_members, l.max_storage_bytes, l.max_uploads_per_month,
                   (SELECT count(*) FROM public.users u
                     WHERE u.org_id = o.id AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id))::int,
                   (SELECT coalesce(sum(c.file_size_bytes), 0) FROM public.call_uploads c)::bigint,
                   (SELECT count(*) FROM public.call_uploads c WHERE c.created_at >= date_trunc('month', now()))::int
              FROM public.organizations o
              LEFT JOIN app.plan_limits l ON l.plan = coalesce(o.plan, 'free')
             WHERE o.id = public.current_org_id()
            """,
            logger: logger
        ).collect()
        guard let row = rows.first else { return nil }
        let (id, name, plan, createdAt, maxMembers, maxBytes, maxUploads, members, bytes, uploads) =
            try row.decode((UUID, String, String, Date?, Int?, Int64?, Int?, Int, Int64, Int).self)
        return OrganizationRecord(
            id: id, name: name, plan: plan, createdAt: createdAt ?? Date(timeIntervalSince1970: 0),
            maxMembers: maxMembers, maxStorageBytes: maxBytes, maxUploadsPerMonth: maxUploads,
            members: members, storageBytes: bytes, uploadsThisMonth: uploads)
    }
}
