import Foundation
import Logging
import PostgresNIO

/// Call uploads, run as the signed-in user: RLS decides whose rows appear (a rep's own, an admin's org).
public enum UploadQueries {
    public static let bucket = "call-recordings"

    /// Writes the bucket's object row (unless Supabase Storage keeps those) and the `pending` upload row in the
    /// caller's transaction. The object row goes first and as the user, so the bucket's policies (own folder
    /// only) and limits (size, type) decide; the upload row's triggers then check the plan's quota and queue
    /// the analysis.
    public static func create(
        _ upload: NewUpload, objectRows: StorageObjectRows = .server, on connection: PostgresConnection, logger: Logger
    ) async throws -> UploadRecord {
        try await StoreError.classifying {
            if objectRows == .server {
                let metadata = try String(decoding: JSONSerialization.data(withJSONObject: [
                    "size": upload.sizeBytes, "mimetype": upload.mimeType,
                ], options: [.sortedKeys]), as: UTF8.self)
                try await connection.run("""
                    INSERT INTO storage.objects (bucket_id, name, owner, metadata)
                    VALUES (\(bucket), \(upload.filePath), \(upload.userID), \(metadata)::jsonb)
                    """, logger: logger)
            }
            let rows = try await connection.query("""
                INSERT INTO public.call_uploads (user_id, file_path, original_filename, status, file_size_bytes)
                VALUES (\(upload.userID), \(upload.filePath), \(upload.originalFilename), 'pending', \(Int32(clamping: upload.sizeBytes)))
                RETURNING id
                """, logger: logger)
            var created: UUID?
            for try await id in rows.decode(UUID.self) { created = id }
            if let created {
                try await connection.run("""
                    INSERT INTO app.upload_context (upload_id, scenario_type, rep_channel)
                    VALUES (\(created), \(upload.scenarioType), \(upload.repChannel.map { Int16($0) }))
                    """, logger: logger)
            }
            guard let created, let record = try await find(created, on: connection, logger: logger) else {
                throw StoreError.forbidden("the upload could not be recorded")
            }
            return record
        }
    }

    /// Newest first; `userID` narrows an admin's view to one member; `status` to one pipeline state.
    public static func list(
        after cursor: Cursor?, limit: Int, userID: UUID?, status: String?, on connection: PostgresConnection, logger: Logger
    ) async throws -> Page<UploadRecord> {
        let rows = try await connection.query("""
            SELECT \(unescaped: columns(content: false))
              FROM public.call_uploads c
              LEFT JOIN app.upload_progress p ON p.upload_id = c.id
              LEFT JOIN app.upload_context x ON x.upload_id = c.id
             WHERE (\(userID)::uuid IS NULL OR c.user_id = \(userID)::uuid)
               AND (\(status)::text IS NULL OR c.status = \(status)::text)
               AND (\(cursor?.createdAt)::timestamptz IS NULL
                    OR (coalesce(c.created_at, 'epoch'), c.id) < (\(cursor?.createdAt)::timestamptz, \(cursor?.id)::uuid))
             ORDER BY coalesce(c.created_at, 'epoch') DESC, c.id DESC
             LIMIT \(Int32(limit + 1))
            """, logger: logger)
        var uploads: [UploadRecord] = []
        for try await row in rows { uploads.append(try decode(row)) }
        return Page(fetched: uploads, limit: limit) { Cursor(createdAt: $0.createdAt, id: $0.id) }
    }

    public static func find(_ id: UUID, withContent: Bool = false, on connection: PostgresConnection, logger: Logger) async throws -> UploadRecord? {
        let rows = try await connection.query("""
            SELECT \(unescaped: columns(content: withContent))
              FROM public.call_uploads c
              LEFT JOIN app.upload_progress p ON p.upload_id = c.id
              LEFT JOIN app.upload_context x ON x.upload_id = c.id
             WHERE c.id = \(id)
            """, logger: logger).collect()
        return try rows.first.map(decode)
    }

    /// Soft delete, as for sessions: false when the caller cannot see the upload.
    public static func delete(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        guard try await find(id, on: connection, logger: logger) != nil else { return false }
        try await StoreError.classifying {
            try await connection.run("DELETE FROM public.call_uploads WHERE id = \(id)", logger: logger)
        }
        if try await find(id, on: connection, logger: logger) != nil {
            throw StoreError.forbidden("only the upload's owner can delete it")
        }
        return true
    }

    /// Checked by `app.restore_call_upload`: admins of the owner's org only.
    public static func restore(_ id: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await StoreError.classifying {
            try await connection.run("SELECT app.restore_call_upload(\(id))", logger: logger)
        }
    }

    static func columns(content: Bool) -> String {
        """
        c.id, c.user_id, c.file_path, c.original_filename, coalesce(c.status, 'pending'), c.file_size_bytes,
        c.duration_seconds, c.overall_score, c.error_message, coalesce(c.created_at, 'epoch'), p.percent::int4,
        \(content ? "c.transcript::text, c.analysis::text" : "NULL::text, NULL::text"),
        coalesce(x.scenario_type, 'cold_call'), x.rep_channel::int4
        """
    }

    static func decode(_ row: PostgresRow) throws -> UploadRecord {
        let (id, userID, path, name, status, size, duration, score, error, created, percent, transcript, analysis, scenario, channel) =
            try row.decode((UUID, UUID, String, String?, String, Int32?, Int32?, Int32?, String?, Date, Int32?, String?, String?, String, Int32?).self)
        return UploadRecord(
            id: id, userID: userID, filePath: path, originalFilename: name, status: status, fileSizeBytes: size.map(Int.init),
            durationSeconds: duration.map(Int.init), overallScore: score.map(Int.init), errorMessage: error, createdAt: created,
            scenarioType: scenario, repChannel: channel.map(Int.init),
            progressPercent: percent.map(Int.init), transcriptJSON: transcript, analysisJSON: analysis)
    }
}
