import Foundation
import Logging
import PostgresNIO

public struct AuditRecord: Sendable {
    public let id: UUID
    public let tableName: String
    public let recordID: UUID?
    public let operation: String
    public let userID: UUID?
    public let oldDataJSON: String?
    public let newDataJSON: String?
    public let ipAddress: String?
    public let userAgent: String?
    public let createdAt: Date
}

/// Which audit entries to list; every field narrows the list.
public struct AuditFilter: Sendable {
    public var table: String?
    public var userID: UUID?
    public var operation: String?
    public var from: Date?
    public var to: Date?

    public init(table: String? = nil, userID: UUID? = nil, operation: String? = nil, from: Date? = nil, to: Date? = nil) {
        self.table = table
        self.userID = userID
        self.operation = operation
        self.from = from
        self.to = to
    }
}

/// The audit trail, run as the signed-in user: RLS shows an admin their org's entries and a rep none.
public enum AuditQueries {
    public static func list(
        _ filter: AuditFilter, after cursor: Cursor?, limit: Int, on connection: PostgresConnection, logger: Logger
    ) async throws -> Page<AuditRecord> {
        let rows = try await connection.query(
            """
            SELECT id, table_name, record_id, operation, user_id, old_data::text, new_data::text,
                   host(ip_address), user_agent, coalesce(created_at, 'epoch')
              FROM public.audit_log
             WHERE (\(filter.table)::text IS NULL OR table_name = \(filter.table))
               AND (\(filter.userID)::uuid IS NULL OR user_id = \(filter.userID))
               AND (\(filter.operation)::text IS NULL OR operation = \(filter.operation))
               AND (\(filter.from)::timestamptz IS NULL OR created_at >= \(filter.from))
               AND (\(filter.to)::timestamptz IS NULL OR created_at < \(filter.to))
               AND (\(cursor?.createdAt)::timestamptz IS NULL
                    OR (coalesce(created_at, 'epoch'), id) < (\(cursor?.createdAt), \(cursor?.id)))
             ORDER BY coalesce(created_at, 'epoch') DESC, id DESC
             LIMIT \(limit + 1)
            """,
            logger: logger
        ).collect()
        let records = try rows.map { row in
            let (id, table, recordID, operation, userID, old, new, ip, agent, createdAt) =
                try row.decode((UUID, String, UUID?, String, UUID?, String?, String?, String?, String?, Date).self)
            return AuditRecord(id: id, tableName: table, recordID: recordID, operation: operation, userID: userID,
                               oldDataJSON: old, newDataJSON: new, ipAddress: ip, userAgent: agent, createdAt: createdAt)
        }
        return Page(fetched: records, limit: limit) { Cursor(createdAt: $0.createdAt, id: $0.id) }
    }

    public static func callerIsAdmin(on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        try await connection.query("SELECT public.is_org_admin()", logger: logger).collect().first?.decode(Bool.self) ?? false
    }
}
