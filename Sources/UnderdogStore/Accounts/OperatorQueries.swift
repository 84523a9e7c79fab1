import Foundation
import Logging
import PostgresNIO

/// What operators do from the command line, as service_role: fix a role, look an account up by email.
public enum OperatorQueries {
    /// Sets the role of the account with `email`. Refuses to leave an organisation without an admin.
    public static func setRole(_ role: String, email: String, on connection: PostgresConnection, logger: Logger) async throws -> UserRecord {
        let rows = try await connection.query(
            "SELECT id, org_id, role FROM public.users WHERE lower(email) = lower(\(email)) FOR UPDATE", logger: logger
        ).collect()
        guard let row = rows.first else { throw StoreError.notFound("no account with the email \(email)") }
        let (id, orgID, current) = try row.decode((UUID, UUID?, String?).self)
        if current == "admin", role == "user", let orgID {
            let admins = try await connection.query(
                """
                SELECT count(*)::int FROM public.users u
                 WHERE u.org_id = \(orgID) AND u.role = 'admin'
                   AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id)
                """,
                logger: logger
            ).collect()[0].decode(Int.self)
            if admins <= 1 { throw StoreError.conflict("the organisation must keep at least one admin") }
        }
        try await StoreError.classifying {
            try await connection.run("UPDATE public.users SET role = \(role) WHERE id = \(id)", logger: logger)
        }
        let updated = try await connection.query(
            "SELECT id, org_id, email, name, role, created_at FROM public.users WHERE id = \(id)", logger: logger).collect()
        return try AccountQueries.decodeUser(updated[0])
    }
}
