import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import UnderdogAPI
import UnderdogBlobs
import UnderdogDomain
import UnderdogStore

/// The routes that stream bytes, beside the generated API: the multipart upload, the recording's download
/// with ranges, and the progress events. Documented in openapi.yaml under the `recordings` tag.
struct UploadRoutes: Sendable {
    let database: Database
    let blobs: any BlobStore
    /// Woken by the progress listener when an upload's progress row changes.
    let progress: WakeUps<UUID>
    /// The bucket's limit (100 MB); enforced while the bytes arrive, not after.
    let maxBytes: Int
    /// Whether the upload writes the recording's storage.objects row (Supabase Storage writes its own).
    var objectRows: StorageObjectRows = .server

    static let uploadPath = "/api/v1/uploads"

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("/api/v1/uploads") { request, context in try await upload(request, context: context) }
        router.get("/api/v1/uploads/:upload_id/recording") { request, context in try await download(request, context: context) }
        router.get("/api/v1/uploads/:upload_id/events") { request, context in try await events(request, context: context) }
    }

    /// Streams the multipart body through the parser into the blob store, then writes the rows as the user
    /// and commits the blob in the same transaction. Any refusal leaves no blob and no row.
    func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard let contentType = request.headers[.contentType],
              let boundary = MultipartFormDataParser.boundary(fromContentType: contentType)
        else {
            throw AppError(.unsupportedMediaType, code: "unsupported_media_type",
                           message: "Send the recording as multipart/form-data with one `file` field.")
        }
        // The multipart framing adds a few hundred bytes; a declared length far beyond the file limit is refused unread.
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes + 64 * 1024 {
            throw AppError.payloadTooLarge(maxBytes: maxBytes)
        }
        var receiver = UploadReceiver(blobs: blobs, userID: user.id, maxBytes: maxBytes)
        do {
            var parser = try MultipartFormDataParser(boundary: boundary, limits: MultipartLimits(maxHeaderBytes: 8192, maxParts: 4))
            for try await buffer in request.body {
                // An untyped closure: a typed-throws one inside withUnsafeReadableBytes crashes the 6.3 compiler.
                let events = try buffer.withUnsafeReadableBytes { bytes -> [MultipartEvent] in try parser.feed(bytes) }
                for event in events { try await receiver.handle(event) }
            }
            try parser.finish()
            guard let received = receiver.received else {
                throw AppError.badRequest("The form has no `file` part with a recording.", code: "missing_file")
            }
            let upload = NewUpload(userID: user.id, filePath: received.key.value, originalFilename: received.originalFilename,
                                   sizeBytes: received.size, mimeType: received.mimeType,
                                   scenarioType: receiver.scenario.rawValue, repChannel: receiver.repChannel)
            let record = try await StoreError.classifying {
                try await database.transaction(as: context.identity, logger: context.logger) { connection in
                    let record = try await UploadQueries.create(upload, objectRows: objectRows, on: connection, logger: context.logger)
                    _ = try await received.writer.commit()
                    return record
                }
            }
            context.logger.info("recording uploaded", metadata: ["upload_id": "\(record.id)", "bytes": "\(received.size)", "format": "\(received.format.rawValue)"])
            return try UploadJSON.response(.created, Components.Schemas.Upload(record))
        } catch {
            await receiver.abort()
            // The blob is committed just before the transaction's COMMIT; if that COMMIT failed, take it back.
            if let key = receiver.received?.key { try? await blobs.delete(bucket: UploadQueries.bucket, key: key) }
            if let error = error as? MultipartError { throw AppError.badRequest(error.message, code: error.code) }
            throw error
        }
    }

    /// RLS on the upload row decides who may download: the uploader, or an admin of their organisation.
    func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        let record = try await visibleUpload(context)
        let key = try BlobKey(record.filePath)
        guard let size = try await blobs.size(bucket: UploadQueries.bucket, key: key) else {
            throw AppError.notFound("The recording is no longer stored.")
        }
        let range = try request.headers[.range].map { try ByteRangeHeader.parse($0, size: size) } ?? nil
        let stream: BlobReadStream
        do {
            stream = try await blobs.read(bucket: UploadQueries.bucket, key: key, range: range)
        } catch BlobStoreError.invalidRange {
            throw AppError(.rangeNotSatisfiable, code: "range_not_satisfiable", message: "The range is outside the recording.",
                           headers: [.contentRange: "bytes */\(size)"])
        }
        var headers: HTTPFields = [
            .contentType: UploadReceiver.mimeType(forPath: record.filePath),
            .acceptRanges: "bytes",
            .contentLength: "\(stream.contentLength)",
            .contentDisposition: "attachment; filename=\"\(ContentDisposition.asciiName(record.originalFilename ?? "recording"))\"",
        ]
        var status: HTTPResponse.Status = .ok
        if let served = stream.range {
            status = .partialContent
            headers[.contentRange] = "bytes \(served.lowerBound)-\(served.upperBound)/\(stream.totalSize)"
        }
        let chunks = stream.chunks
        return Response(status: status, headers: headers, body: ResponseBody(contentLength: Int(stream.contentLength)) { writer in
            for try await chunk in chunks { try await writer.write(chunk) }
            try await writer.finish(nil)
        })
    }

    /// Server-Sent Events: the status as it changes and the stage's percentage, until completed or failed.
    func events(_ request: Request, context: AppRequestContext) async throws -> Response {
        let first = try await visibleUpload(context)
        let id = first.id
        let database = self.database
        let progress = self.progress
        let identity = context.identity
        let logger = context.logger
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache", .init("X-Accel-Buffering")!: "no"],
            body: ResponseBody { writer in
                var last: UploadRecord?
                var current: UploadRecord? = first
                var lastWrite = ContinuousClock.now
                while let record = current {
                    if record.status != last?.status {
                        try await writer.write(try UploadEvent.status(record))
                        lastWrite = .now
                    } else if record.progressPercent != last?.progressPercent, let percent = record.progressPercent {
                        try await writer.write(UploadEvent.progress(stage: record.status, percent: percent))
                        lastWrite = .now
                    } else if ContinuousClock.now - lastWrite >= .seconds(5) {
                        // A comment line keeps proxies and clients with read timeouts from closing a quiet stream.
                        try await writer.write(ByteBuffer(string: ": still working\n\n"))
                        lastWrite = .now
                    }
                    last = record
                    if record.status == "completed" || record.status == "failed" { break }
                    await progress.wait(for: id, seconds: 2)
                    current = try await database.transaction(as: identity, logger: logger) { connection in
                        try await UploadQueries.find(id, on: connection, logger: logger)
                    }
                }
                try await writer.finish(nil)
            })
    }

    private func visibleUpload(_ context: AppRequestContext) async throws -> UploadRecord {
        _ = try context.requireUser()
        guard let text = context.parameters.get("upload_id"), let id = UUID(uuidString: text) else {
            throw AppError.notFound("No such upload.")
        }
        let record = try await StoreError.classifying {
            try await database.transaction(as: context.identity, logger: context.logger) { connection in
                try await UploadQueries.find(id, on: connection, logger: context.logger)
            }
        }
        guard let record else { throw AppError.notFound("No such upload.") }
        return record
    }
}
