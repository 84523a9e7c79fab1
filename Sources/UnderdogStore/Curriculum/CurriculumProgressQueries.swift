import Foundation
import Logging
import PostgresNIO

public struct CurriculumProgressRecord: Sendable, Equatable {
    public let moduleID: Int
    public let completed: Bool
    public let score: Int?
    public let completedAt: Date?
}

/// The caller's own progress (RLS), in module order.
public enum CurriculumProgressQueries {
    public static func mine(on connection: PostgresConnection, logger: Logger) async throws -> [CurriculumProgressRecord] {
        let rows = try await connection.query(
            "SELECT module_id, coalesce(completed, false), score, completed_at FROM public.curriculum_progress ORDER BY module_id",
            logger: logger
        ).collect()
        return try rows.map { row in
            let (module, completed, score, completedAt) = try row.decode((Int, Bool, Int?, Date?).self)
            return CurriculumProgressRecord(moduleID: module, completed: completed, score: score, completedAt: completedAt)
        }
    }
}
