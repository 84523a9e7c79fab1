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

    /// Grades are decided by the server; this records one for the caller (see app.record_quiz_result).
    public static func record(module: Int, score: Int, passed: Bool, on connection: PostgresConnection, logger: Logger) async throws -> CurriculumProgressRecord {
        let rows = try await StoreError.classifying {
            try await connection.query("""
                SELECT module_id, completed, score, completed_at FROM app.record_quiz_result(\(Int32(module)), \(Int32(score)), \(passed))
                """, logger: logger).collect()
        }
        let (id, completed, best, completedAt) = try rows[0].decode((Int, Bool, Int?, Date?).self)
        return CurriculumProgressRecord(moduleID: id, completed: completed, score: best, completedAt: completedAt)
    }

    /// Soft-deletes the caller's progress on a module (the soft_delete trigger keeps the row); false when there was none.
    public static func reset(module: Int, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let visible = try await connection.query("""
            SELECT 1 FROM public.curriculum_progress WHERE module_id = \(module)
            """, logger: logger).collect()
        guard !visible.isEmpty else { return false }
        try await connection.run("DELETE FROM public.curriculum_progress WHERE module_id = \(module)", logger: logger)
        return true
    }

    /// The caller's organisation's progress, one row per member and module (admins only; raises otherwise).
    public static func organization(on connection: PostgresConnection, logger: Logger) async throws -> [(userID: UUID, progress: CurriculumProgressRecord)] {
        let rows = try await StoreError.classifying {
            try await connection.query("""
                SELECT user_id, module_id, completed, score, completed_at FROM app.organization_curriculum_progress()
                """, logger: logger).collect()
        }
        return try rows.map { row in
            let (user, module, completed, score, completedAt) = try row.decode((UUID, Int, Bool, Int?, Date?).self)
            return (user, CurriculumProgressRecord(moduleID: module, completed: completed, score: score, completedAt: completedAt))
        }
    }
}
