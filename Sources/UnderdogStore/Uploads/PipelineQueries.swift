import Foundation
import Logging
import PostgresNIO

/// The worker's reads and writes of an upload, as `service_role`. Every write first checks that the job's
/// lease is still the caller's (`JobQueue.holdsLease`), in the same transaction: a worker that stalled and
/// was replaced cannot overwrite what its successor wrote, and a stage's result lands at most once.
public enum PipelineQueries {
    /// What a worker needs to pick up an upload where the last attempt left it.
    public struct UploadState: Sendable {
        public let id: UUID
        public let userID: UUID
        public let filePath: String
        public let originalFilename: String?
        public let status: String
        public let deleted: Bool
        public let transcriptJSON: String?
        /// How to score it: the kind of call, and the rep's channel of a two-channel recording.
        public let scenarioType: String
        public let repChannel: Int
    }

    public static func load(_ id: UUID, on database: ServiceDatabase) async throws -> UploadState? {
        let rows = try await database.client.query("""
            SELECT c.id, c.user_id, c.file_path, c.original_filename, coalesce(c.status, 'pending'), c.deleted_at IS NOT NULL,
                   c.transcript::text, coalesce(x.scenario_type, 'cold_call'), coalesce(x.rep_channel, 0)::int4
              FROM public.call_uploads c
              LEFT JOIN app.upload_context x ON x.upload_id = c.id
             WHERE c.id = \(id)
            """, logger: database.logger)
        for try await (id, user, path, name, status, deleted, transcript, scenario, channel)
            in rows.decode((UUID, UUID, String, String?, String, Bool, String?, String, Int32).self) {
            return UploadState(id: id, userID: user, filePath: path, originalFilename: name, status: status, deleted: deleted,
                               transcriptJSON: transcript, scenarioType: scenario, repChannel: Int(channel))
        }
        return nil
    }

    /// Enters a stage (or reports progress within it). False when the lease is lost.
    public static func progress(
        _ job: ClaimedJob, upload: UUID, stage: String, percent: Int, queue: JobQueue
    ) async throws -> Bool {
        try await queue.database.transaction { connection in
            guard try await queue.holdsLease(job, on: connection) else { return false }
            try await writeStage(upload: upload, stage: stage, percent: percent, on: connection, logger: queue.database.logger)
            return true
        }
    }

    /// The transcription stage's result, and the move to `scoring`, in one transaction.
    public static func saveTranscript(
        _ job: ClaimedJob, upload: UUID, transcriptJSON: String, durationSeconds: Int?, queue: JobQueue
    ) async throws -> Bool {
        try await queue.database.transaction { connection in
            let logger = queue.database.logger
            guard try await queue.holdsLease(job, on: connection) else { return false }
            try await connection.run("""
                UPDATE public.call_uploads SET transcript = \(transcriptJSON)::jsonb, duration_seconds = \(durationSeconds.map(Int32.init(clamping:)))
                 WHERE id = \(upload)
                """, logger: logger)
            try await writeStage(upload: upload, stage: "scoring", percent: 0, on: connection, logger: logger)
            return true
        }
    }

    /// The analysis, the `completed` status and the job's success commit together: exactly one analysis.
    public static func complete(
        _ job: ClaimedJob, upload: UUID, analysisJSON: String, overallScore: Int, queue: JobQueue
    ) async throws -> Bool {
        try await queue.database.transaction { connection in
            let logger = queue.database.logger
            guard try await queue.holdsLease(job, on: connection) else { return false }
            try await connection.run("""
                UPDATE public.call_uploads SET analysis = \(analysisJSON)::jsonb, overall_score = \(Int32(overallScore)), error_message = NULL
                 WHERE id = \(upload)
                """, logger: logger)
            try await writeStage(upload: upload, stage: "completed", percent: 100, on: connection, logger: logger)
            guard try await queue.finish(job, as: .succeeded, on: connection) else { throw StoreError.conflict("the job's lease was lost") }
            return true
        }
    }

    /// The upload has failed for good: its status, the reader's message and the job's end commit together.
    public static func fail(_ job: ClaimedJob, upload: UUID, message: String, queue: JobQueue) async throws -> Bool {
        try await queue.database.transaction { connection in
            let logger = queue.database.logger
            guard try await queue.holdsLease(job, on: connection) else { return false }
            try await connection.run("UPDATE public.call_uploads SET error_message = \(JobQueue.clip(message)) WHERE id = \(upload)", logger: logger)
            try await writeStage(upload: upload, stage: "failed", percent: 100, on: connection, logger: logger)
            guard try await queue.finish(job, as: .failed, error: message, on: connection) else { throw StoreError.conflict("the job's lease was lost") }
            return true
        }
    }

    private static func writeStage(upload: UUID, stage: String, percent: Int, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            UPDATE public.call_uploads SET status = \(stage) WHERE id = \(upload) AND status IS DISTINCT FROM \(stage)
            """, logger: logger)
        try await connection.run("""
            INSERT INTO app.upload_progress (upload_id, stage, percent) VALUES (\(upload), \(stage), \(Int16(clamping: percent)))
            ON CONFLICT (upload_id) DO UPDATE SET stage = EXCLUDED.stage, percent = EXCLUDED.percent, updated_at = now()
            """, logger: logger)
    }
}
