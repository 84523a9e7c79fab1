/// How long data is kept (docs/DATA_RETENTION_POLICY.md). Each period counts from the moment that matters:
/// a soft-deleted row from its `deleted_at`, an audit row or a session event from its `created_at`, a finished
/// job from its `finished_at`, a refresh token from when it expired or was revoked.
public struct RetentionPolicy: Sendable, Equatable {
    /// Soft-deleted sessions, scores, uploads (with their recordings) and curriculum progress: the window in
    /// which an admin can still restore them.
    public var deletedRowsDays: Int
    /// The audit trail.
    public var auditDays: Int
    /// Voice and roleplay session events (webhook payloads).
    public var sessionEventsDays: Int
    /// Jobs that succeeded or failed for good.
    public var finishedJobsDays: Int
    /// Refresh tokens after they expired or were revoked (kept a while for reuse detection).
    public var deadTokensDays: Int
    /// Rows deleted per statement, so a purge never holds many locks or a long transaction.
    public var batchSize: Int

    public static let standard = RetentionPolicy(
        deletedRowsDays: 30, auditDays: 400, sessionEventsDays: 180, finishedJobsDays: 30, deadTokensDays: 30, batchSize: 500)

    public init(deletedRowsDays: Int, auditDays: Int, sessionEventsDays: Int, finishedJobsDays: Int, deadTokensDays: Int, batchSize: Int) {
        self.deletedRowsDays = deletedRowsDays
        self.auditDays = auditDays
        self.sessionEventsDays = sessionEventsDays
        self.finishedJobsDays = finishedJobsDays
        self.deadTokensDays = deadTokensDays
        self.batchSize = batchSize
    }
}

/// What one kind of expired data is, named as the purge reports it.
public enum RetentionCategory: String, Sendable, CaseIterable, Comparable {
    case deletedUploads = "call_uploads (soft-deleted, with recordings)"
    case deletedSessions = "roleplay_sessions (soft-deleted, with scores and events)"
    case deletedScores = "session_scores (soft-deleted)"
    case deletedProgress = "curriculum_progress (soft-deleted)"
    case sessionEvents = "session_events"
    case auditLog = "audit_log"
    case finishedJobs = "app.jobs (finished)"
    case deadRefreshTokens = "app.refresh_tokens (expired or revoked)"

    /// The table the audit summary names.
    public var table: String {
        switch self {
        case .deletedUploads: "call_uploads"
        case .deletedSessions: "roleplay_sessions"
        case .deletedScores: "session_scores"
        case .deletedProgress: "curriculum_progress"
        case .sessionEvents: "session_events"
        case .auditLog: "audit_log"
        case .finishedJobs: "jobs"
        case .deadRefreshTokens: "refresh_tokens"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
