import Foundation
import PostgresNIO

/// One roleplay session with its scores and transcript, if RLS lets the caller see it. Prepared: it runs
/// on every score card, and `scripts/bench pages` replays it through pgbench.
public struct FindSessionStatement: PostgresPreparedStatement {
    public static let sql = """
        SELECT s.id, s.user_id, s.persona_id, s.scenario_type, s.duration_seconds, s.vapi_call_id,
               coalesce(s.created_at, 'epoch'), sc.dimensions, sc.scores, sc.feedback, s.transcript::text
          FROM public.roleplay_sessions s
          \(SessionScoreColumns.lateralJoin)
         WHERE s.id = $1::uuid
        """
    public typealias Row = (UUID, UUID, String, String, Int?, String?, Date, [String], [Int32], [String], String?)

    public let id: UUID

    public init(id: UUID) {
        self.id = id
    }

    public func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(id)
        return bindings
    }

    public func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}
