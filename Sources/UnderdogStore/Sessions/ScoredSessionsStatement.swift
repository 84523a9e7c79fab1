import Foundation
import PostgresNIO

/// Scored sessions since a date, newest first, reduced to what trends need; RLS decides whose (a rep's
/// own, an admin's organisation's). `$2` NULL means every member RLS allows. Prepared: it runs on every
/// home page, and `scripts/bench pages` replays it through pgbench.
public struct ScoredSessionsStatement: PostgresPreparedStatement {
    /// The dimensions, in the order of the score columns: the `session_scores.dimension` CHECK's six.
    public static let dimensions = ["opener", "pitch", "discovery", "objection_handling", "closing", "communication"]

    /// One integer column per dimension (NULL where the session has no score for it) rather than arrays of
    /// names and scores: decoding two arrays a row, a string per score, was most of the home page's decoding.
    /// Were a dimension scored twice, the newer score counts. The scores are joined and grouped rather than
    /// aggregated per session in a LATERAL subquery: one sort for all of them instead of one per session
    /// (0.92 ms against 1.17 ms for 218 sessions, best of 40 runs as the rep, RLS on).
    public static let sql = """
        SELECT s.id, s.user_id, s.created_at,
               (array_agg(x.score ORDER BY x.created_at DESC, x.id) FILTER (WHERE x.dimension = 'opener'))[1],
               (array_agg(x.score ORDER BY x.created_at DESC, x.id) FILTER (WHERE x.dimension = 'pitch'))[1],
               (array_agg(x.score ORDER BY x.created_at DESC, x.id) FILTER (WHERE x.dimension = 'discovery'))[1],
               (array_agg(x.score ORDER BY x.created_at DESC, x.id) FILTER (WHERE x.dimension = 'objection_handling'))[1],
               (array_agg(x.score ORDER BY x.created_at DESC, x.id) FILTER (WHERE x.dimension = 'closing'))[1],
               (array_agg(x.score ORDER BY x.created_at DESC, x.id) FILTER (WHERE x.dimension = 'communication'))[1]
          FROM (SELECT r.id, r.user_id, coalesce(r.created_at, 'epoch') AS created_at
                  FROM public.roleplay_sessions r
                 WHERE coalesce(r.created_at, 'epoch') >= $1::timestamptz
                   AND ($2::uuid IS NULL OR r.user_id = $2::uuid)
                 ORDER BY r.created_at DESC
                 LIMIT $3::int) s
          JOIN public.session_scores x ON x.session_id = s.id
         GROUP BY s.created_at, s.id, s.user_id
         ORDER BY s.created_at DESC, s.id
        """
    public typealias Row = ScoredSessionRecord

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

    /// Cell by cell, in order, rather than as one tuple: the tuple's generic decoding looked its types up again
    /// for every row, most of the home page's decoding in the bench's profile.
    public func decodeRow(_ row: PostgresRow) throws -> Row {
        var cells = row.makeIterator()
        func next() throws -> PostgresCell {
            guard let cell = cells.next() else { throw PostgresDecodingError.Code.missingData }
            return cell
        }
        let id = try next().decode(UUID.self)
        let userID = try next().decode(UUID.self)
        let createdAt = try next().decode(Date.self)
        var scores: [Int?] = []
        scores.reserveCapacity(Self.dimensions.count)
        for _ in Self.dimensions { scores.append(try next().decode(Int32?.self).map(Int.init)) }
        return ScoredSessionRecord(id: id, userID: userID, createdAt: createdAt, scoreColumns: scores)
    }
}
