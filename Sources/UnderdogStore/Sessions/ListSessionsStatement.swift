import Foundation
import PostgresNIO

/// One page of roleplay sessions, newest first, with their scores; one row more than `limit` tells whether
/// another page follows. RLS decides whose sessions appear: a rep's own, an admin's whole organisation.
///
/// Prepared once per connection: it serves the most visited list, and its RLS policies make planning cost
/// more than running. The page is cut first and only its sessions' scores are gathered: joined before the
/// LIMIT, every visible session's scores would be aggregated on every call. `$1` NULL means every member RLS
/// allows; `$2`/`$3` NULL means the first page; `$5`/`$6` NULL mean every scenario and every persona.
public struct ListSessionsStatement: PostgresPreparedStatement {
    public static let sql = """
        SELECT s.id, s.user_id, s.persona_id, s.scenario_type, s.duration_seconds, s.vapi_call_id, s.created_at,
               sc.dimensions, sc.scores, sc.feedback, NULL::text
          FROM (SELECT r.id, r.user_id, r.persona_id, r.scenario_type, r.duration_seconds, r.vapi_call_id,
                       coalesce(r.created_at, 'epoch') AS created_at
                  FROM public.roleplay_sessions r
                 WHERE ($1::uuid IS NULL OR r.user_id = $1::uuid)
                   AND ($5::text IS NULL OR r.scenario_type = $5::text)
                   AND ($6::text IS NULL OR r.persona_id = $6::text)
                   AND ($2::timestamptz IS NULL OR (coalesce(r.created_at, 'epoch'), r.id) < ($2::timestamptz, $3::uuid))
                 ORDER BY coalesce(r.created_at, 'epoch') DESC, r.id DESC
                 LIMIT $4::int) s
        \(SessionScoreColumns.lateralJoin)
         ORDER BY s.created_at DESC, s.id DESC
        """
    public typealias Row = (UUID, UUID, String, String, Int?, String?, Date, [String], [Int32], [String], String?)

    public let cursor: Cursor?
    public let limit: Int
    public let userID: UUID?
    public let scenario: String?
    public let personaID: String?

    public init(cursor: Cursor?, limit: Int, userID: UUID?, scenario: String? = nil, personaID: String? = nil) {
        self.cursor = cursor
        self.limit = limit
        self.userID = userID
        self.scenario = scenario
        self.personaID = personaID
    }

    public func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 6)
        bindings.append(userID)
        bindings.append(cursor?.createdAt)
        bindings.append(cursor?.id)
        bindings.append(Int32(limit + 1))
        bindings.append(scenario)
        bindings.append(personaID)
        return bindings
    }

    public func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}
