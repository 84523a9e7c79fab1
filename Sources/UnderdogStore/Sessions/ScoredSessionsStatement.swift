import Foundation
import PostgresNIO

/// Scored sessions since a date, newest first, reduced to what trends need; RLS decides whose (a rep's
/// own, an admin's organisation's). `$2` NULL means every member RLS allows. Prepared: it runs on every
/// home page, and `scripts/bench pages` replays it through pgbench.
public struct ScoredSessionsStatement: PostgresPreparedStatement {
    public static let sql = """
        SELECT s.id, s.user_id, s.created_at, sc.dimensions, sc.scores
          FROM (SELECT r.id, r.user_id, coalesce(r.created_at, 'epoch') AS created_at
                  FROM public.roleplay_sessions r
                 WHERE coalesce(r.created_at, 'epoch') >= $1::timestamptz
                   AND ($2::uuid IS NULL OR r.user_id = $2::uuid)
                 ORDER BY r.created_at DESC
                 LIMIT $3::int) s
        \(SessionScoreColumns.lateralJoin)
         WHERE cardinality(sc.scores) > 0
        """
    public typealias Row = (UUID, UUID, Date, [String], [Int32])

    public let since: Date
    public let userID: UUID?
    public let limit: Int

    public init(since: Date, userID: UUID?, limit: Int) {
        self.since = since
        self.userID = userID
        self.limit = limit
    }

    public func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 3)
        bindings.append(since)
        bindings.append(userID)
        bindings.append(Int32(clamping: limit))
        return bindings
    }

    public func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}
