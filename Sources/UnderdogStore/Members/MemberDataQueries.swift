import Foundation
import Logging
import PostgresNIO

/// A member's data as a whole, for export and erasure (`underdog admin export|erase`), read and written as
/// `service_role`: every table that holds something of theirs, soft-deleted rows included.
public enum MemberDataQueries {
    /// The domain of an erased member's address (`erased-<id>@erased.invalid`, migration 022).
    public static let tombstoneDomain = "@erased.invalid"

    /// One file of an export: a table's rows about the member, as a JSON array.
    public enum ExportTable: String, CaseIterable, Sendable {
        case users, authUsers = "auth_users", roleplaySessions = "roleplay_sessions", sessionScores = "session_scores"
        case sessionEvents = "session_events", roleplayConversations = "roleplay_conversations", voiceCalls = "voice_calls"
        case callUploads = "call_uploads", uploadContext = "upload_context", curriculumProgress = "curriculum_progress"
        case coachThreads = "coach_threads", coachMessages = "coach_messages", invites, memberRemovals = "member_removals"
        case auditLog = "audit_log"

        /// Secrets are left out: no password hash, no token hash.
        func query(for user: UUID) -> PostgresQuery {
            switch self {
            case .users:
                "SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.id), '[]')::text FROM public.users t WHERE t.id = \(user)"
            case .authUsers:
                """
                SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'email', t.email, 'created_at', t.created_at,
                       'user_metadata', t.raw_user_meta_data, 'app_metadata', t.raw_app_meta_data)), '[]')::text
                  FROM auth.users t WHERE t.id = \(user)
                """
            case .roleplaySessions:
                "SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at, t.id), '[]')::text FROM public.roleplay_sessions t WHERE t.user_id = \(user)"
            case .sessionScores:
                """
                SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.session_id, t.dimension, t.id), '[]')::text FROM public.session_scores t
                 WHERE t.session_id IN (SELECT s.id FROM public.roleplay_sessions s WHERE s.user_id = \(user))
                """
            case .sessionEvents:
                """
                SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at, t.id), '[]')::text FROM public.session_events t
                 WHERE t.session_id IN (SELECT s.id FROM public.roleplay_sessions s WHERE s.user_id = \(user))
                """
            case .roleplayConversations:
                "SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.started_at, t.id), '[]')::text FROM app.roleplay_conversations t WHERE t.user_id = \(user)"
            case .voiceCalls:
                "SELECT coalesce(jsonb_agg(to_jsonb(t) - 'call_token_hash' ORDER BY t.created_at, t.id), '[]')::text FROM app.voice_calls t WHERE t.user_id = \(user)"
            case .callUploads:
                "SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at, t.id), '[]')::text FROM public.call_uploads t WHERE t.user_id = \(user)"
            case .uploadContext:
                """
                SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.upload_id), '[]')::text FROM app.upload_context t
                 WHERE t.upload_id IN (SELECT c.id FROM public.call_uploads c WHERE c.user_id = \(user))
                """
            case .curriculumProgress:
                "SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.module_id), '[]')::text FROM public.curriculum_progress t WHERE t.user_id = \(user)"
            case .coachThreads:
                "SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at, t.id), '[]')::text FROM app.coach_threads t WHERE t.user_id = \(user)"
            case .coachMessages:
                """
                SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at, t.id), '[]')::text FROM app.coach_messages t
                 WHERE t.thread_id IN (SELECT h.id FROM app.coach_threads h WHERE h.user_id = \(user))
                """
            case .invites:
                """
                SELECT coalesce(jsonb_agg(to_jsonb(t) - 'token_hash' ORDER BY t.created_at, t.id), '[]')::text FROM app.invites t
                 WHERE t.accepted_by = \(user) OR t.email = (SELECT lower(u.email) FROM public.users u WHERE u.id = \(user))
                """
            case .memberRemovals:
                "SELECT coalesce(jsonb_agg(to_jsonb(t)), '[]')::text FROM app.member_removals t WHERE t.id = \(user)"
            case .auditLog:
                // What they did, and what was done to their rows.
                """
                SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at, t.id), '[]')::text FROM public.audit_log t
                 WHERE t.user_id = \(user) OR t.record_id = \(user)
                    OR t.record_id IN (SELECT s.id FROM public.roleplay_sessions s WHERE s.user_id = \(user))
                    OR t.record_id IN (SELECT c.id FROM public.call_uploads c WHERE c.user_id = \(user))
                """
            }
        }
    }

    /// The member with this sign-in address, if any.
    public static func member(email: String, on connection: PostgresConnection, logger: Logger) async throws -> UUID? {
        try await connection.query("SELECT id FROM public.users WHERE lower(email) = lower(\(email))", logger: logger)
            .collect().first?.decode(UUID.self)
    }

    /// One table's rows about the member, as a JSON array.
    public static func rows(_ table: ExportTable, of user: UUID, on connection: PostgresConnection, logger: Logger) async throws -> String {
        try await connection.query(table.query(for: user), logger: logger).collect().first?.decode(String.self) ?? "[]"
    }

    /// Where the member's recordings are in the blob store, soft-deleted uploads included.
    public static func recordingPaths(of user: UUID, on connection: PostgresConnection, logger: Logger) async throws -> [String] {
        try await connection.query("SELECT file_path FROM public.call_uploads WHERE user_id = \(user) ORDER BY file_path", logger: logger)
            .collect().map { try $0.decode(String.self) }
    }

    /// Removes or anonymises everything the database holds about the member (022); returns what it did, as JSON.
    /// Delete the recordings from the blob store first.
    public static func erase(_ user: UUID, objectRows: StorageObjectRows, on connection: PostgresConnection, logger: Logger) async throws -> String {
        try await connection.query("SELECT app.erase_member(\(user), \(objectRows == .server))::text", logger: logger)
            .collect().first?.decode(String.self) ?? "{}"
    }
}
