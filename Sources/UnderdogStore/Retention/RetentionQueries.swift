import Foundation
import Logging
import PostgresNIO

/// The retention purge's statements, run as `service_role` (ServiceDatabase). Each batch takes its rows with
/// `FOR UPDATE SKIP LOCKED`, so purges running on several servers at once split the work instead of waiting on or
/// repeating each other, and each deletes at most `limit` rows so no statement holds many locks for long.
public enum RetentionQueries {
    /// Hard deletes for this transaction only (005), with the per-row audit copies left out (021): the purge
    /// records its own summary instead.
    public static func allowHardDelete(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("SELECT set_config('app.hard_delete', 'on', true)", logger: logger)
    }

    /// How many rows of `category` are older than `cutoff`: what a purge would remove now.
    public static func count(_ category: RetentionCategory, before cutoff: Date, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let query: PostgresQuery = switch category {
        case .deletedUploads: "SELECT count(*)::int FROM public.call_uploads WHERE deleted_at < \(cutoff)"
        case .deletedSessions: "SELECT count(*)::int FROM public.roleplay_sessions WHERE deleted_at < \(cutoff)"
        case .deletedScores:
            "SELECT count(*)::int FROM public.session_scores sc JOIN public.roleplay_sessions s ON s.id = sc.session_id WHERE sc.deleted_at < \(cutoff) AND NOT s.deleted_at < \(cutoff) IS TRUE"
        case .deletedProgress: "SELECT count(*)::int FROM public.curriculum_progress WHERE deleted_at < \(cutoff)"
        case .sessionEvents: "SELECT count(*)::int FROM public.session_events WHERE created_at < \(cutoff)"
        case .auditLog: "SELECT count(*)::int FROM public.audit_log WHERE created_at < \(cutoff)"
        case .finishedJobs: "SELECT count(*)::int FROM app.jobs WHERE state IN ('succeeded', 'failed') AND finished_at < \(cutoff)"
        case .deadRefreshTokens:
            "SELECT count(*)::int FROM app.refresh_tokens WHERE least(expires_at, coalesce(revoked_at, expires_at)) < \(cutoff)"
        }
        return try await connection.query(query, logger: logger).collect().first?.decode(Int.self) ?? 0
    }

    /// Deletes up to `limit` expired rows of `category` (not uploads: their recordings go first, see
    /// `lockExpiredUploads`) and returns how many went.
    public static func deleteBatch(
        _ category: RetentionCategory, before cutoff: Date, limit: Int, on connection: PostgresConnection, logger: Logger
    ) async throws -> Int {
        let limit = Int32(clamping: limit)
        let query: PostgresQuery
        switch category {
        case .deletedUploads:
            preconditionFailure("uploads are purged with their recordings: lockExpiredUploads, then deleteUploads")
        case .deletedSessions:
            // A session's events, conversation and voice call go with it: they hold its transcript and payloads.
            query = """
                WITH doomed AS (
                    SELECT id FROM public.roleplay_sessions WHERE deleted_at < \(cutoff)
                     ORDER BY deleted_at LIMIT \(limit) FOR UPDATE SKIP LOCKED),
                events AS (DELETE FROM public.session_events e USING doomed d WHERE e.session_id = d.id),
                conversations AS (DELETE FROM app.roleplay_conversations c USING doomed d WHERE c.session_id = d.id),
                calls AS (DELETE FROM app.voice_calls v USING doomed d WHERE v.id = d.id),
                gone AS (DELETE FROM public.roleplay_sessions s USING doomed d WHERE s.id = d.id RETURNING s.id)
                SELECT coalesce(array_length(g.ids, 1), 0), app.redact_audit_images('roleplay_sessions', coalesce(g.ids, '{}'), 'retention')
                  FROM (SELECT array_agg(id) AS ids FROM gone) g
                """
        case .deletedScores:
            // Scores of a session that is itself expiring go with the session (and are counted there).
            query = """
                WITH doomed AS (
                    SELECT sc.id FROM public.session_scores sc JOIN public.roleplay_sessions s ON s.id = sc.session_id
                     WHERE sc.deleted_at < \(cutoff) AND NOT s.deleted_at < \(cutoff) IS TRUE
                     ORDER BY sc.deleted_at LIMIT \(limit) FOR UPDATE OF sc SKIP LOCKED),
                gone AS (DELETE FROM public.session_scores sc USING doomed d WHERE sc.id = d.id RETURNING sc.id)
                SELECT coalesce(array_length(g.ids, 1), 0), app.redact_audit_images('session_scores', coalesce(g.ids, '{}'), 'retention')
                  FROM (SELECT array_agg(id) AS ids FROM gone) g
                """
        case .deletedProgress:
            query = """
                WITH doomed AS (
                    SELECT id FROM public.curriculum_progress WHERE deleted_at < \(cutoff)
                     ORDER BY deleted_at LIMIT \(limit) FOR UPDATE SKIP LOCKED),
                gone AS (DELETE FROM public.curriculum_progress p USING doomed d WHERE p.id = d.id RETURNING 1)
                SELECT count(*)::int FROM gone
                """
        case .sessionEvents:
            query = """
                WITH doomed AS (
                    SELECT id FROM public.session_events WHERE created_at < \(cutoff)
                     ORDER BY created_at LIMIT \(limit) FOR UPDATE SKIP LOCKED),
                gone AS (DELETE FROM public.session_events e USING doomed d WHERE e.id = d.id RETURNING 1)
                SELECT count(*)::int FROM gone
                """
        case .auditLog:
            // No row lock here: locking needs UPDATE on audit_log, which nobody has (004). A purge running at
            // the same time deletes the same rows at most once; this one then counts fewer and stops early.
            query = """
                WITH doomed AS (
                    SELECT id FROM public.audit_log WHERE created_at < \(cutoff)
                     ORDER BY created_at LIMIT \(limit)),
                gone AS (DELETE FROM public.audit_log a USING doomed d WHERE a.id = d.id RETURNING 1)
                SELECT count(*)::int FROM gone
                """
        case .finishedJobs:
            query = """
                WITH doomed AS (
                    SELECT id FROM app.jobs WHERE state IN ('succeeded', 'failed') AND finished_at < \(cutoff)
                     ORDER BY finished_at LIMIT \(limit) FOR UPDATE SKIP LOCKED),
                gone AS (DELETE FROM app.jobs j USING doomed d WHERE j.id = d.id RETURNING 1)
                SELECT count(*)::int FROM gone
                """
        case .deadRefreshTokens:
            query = """
                WITH doomed AS (
                    SELECT id FROM app.refresh_tokens WHERE least(expires_at, coalesce(revoked_at, expires_at)) < \(cutoff)
                     LIMIT \(limit) FOR UPDATE SKIP LOCKED),
                gone AS (DELETE FROM app.refresh_tokens t USING doomed d WHERE t.id = d.id RETURNING 1)
                SELECT count(*)::int FROM gone
                """
        }
        guard let row = try await connection.query(query, logger: logger).collect().first else { return 0 }
        // Sessions and scores also report the audit entries they redacted, in a second column.
        return [.deletedSessions, .deletedScores].contains(category) ? try row.decode((Int, Int).self).0 : try row.decode(Int.self)
    }

    /// Up to `limit` uploads soft-deleted before `cutoff`, locked until this transaction ends, with the key of
    /// each one's recording: the caller deletes the recordings, then the rows (`deleteUploads`), then commits.
    public static func lockExpiredUploads(
        before cutoff: Date, limit: Int, on connection: PostgresConnection, logger: Logger
    ) async throws -> [(id: UUID, filePath: String)] {
        let rows = try await connection.query("""
            SELECT id, file_path FROM public.call_uploads WHERE deleted_at < \(cutoff)
             ORDER BY deleted_at LIMIT \(Int32(clamping: limit)) FOR UPDATE SKIP LOCKED
            """, logger: logger)
        var uploads: [(id: UUID, filePath: String)] = []
        for try await (id, path) in rows.decode((UUID, String).self) { uploads.append((id, path)) }
        return uploads
    }

    /// Deletes the upload rows (their jobs, progress and context cascade) and, where the server keeps them, the
    /// recordings' storage.objects rows. Call after their recordings are gone from the blob store.
    public static func deleteUploads(
        _ ids: [UUID], filePaths: [String], objectRows: StorageObjectRows, on connection: PostgresConnection, logger: Logger
    ) async throws {
        guard !ids.isEmpty else { return }
        if objectRows == .server {
            try await connection.run("""
                DELETE FROM storage.objects WHERE bucket_id = \(UploadQueries.bucket) AND name = ANY(\(filePaths))
                """, logger: logger)
        }
        try await connection.run("DELETE FROM public.call_uploads WHERE id = ANY(\(ids))", logger: logger)
        try await connection.run("SELECT app.redact_audit_images('call_uploads', \(ids), 'retention')", logger: logger)
    }

    /// One audit row for what a purge removed from one table: counts and the cutoff, no row contents.
    public static func recordPurge(
        _ category: RetentionCategory, rows: Int, cutoff: Date, on connection: PostgresConnection, logger: Logger
    ) async throws {
        guard rows > 0 else { return }
        try await connection.run("""
            INSERT INTO public.audit_log (table_name, operation, new_data)
            VALUES (\(category.table), 'DELETE',
                    jsonb_build_object('retention_purge', jsonb_build_object('rows', \(Int64(rows)), 'deleted_before', \(cutoff))))
            """, logger: logger)
    }

    /// The queue's kind for the scheduled purge.
    public static let jobKind = "retention_purge"

    /// Queues the next purge to run at `runAt`, unless one is already queued or running (021 keeps one live).
    /// Every server calls it; the unique index makes all but the first a no-op.
    public static func schedule(at runAt: Date, on client: PostgresClient, logger: Logger) async throws {
        _ = try await client.query("""
            INSERT INTO app.jobs (kind, run_at, max_attempts) VALUES (\(jobKind), \(runAt), 3)
            ON CONFLICT (kind) WHERE kind = 'retention_purge' AND state IN ('queued', 'running') DO NOTHING
            """, logger: logger).collect()
    }
}
