import NIOCore

/// The upload calls behind `S3Writer`: one PUT for small objects, the multipart protocol for the rest.
extension S3Store {
    struct CompletedPart: Sendable {
        var number: Int
        var etag: String
    }

    func putObject(bucket: String, key: BlobKey, body: ByteBuffer) async throws(BlobStoreError) {
        var request = S3Request(operation: .putObject, method: .PUT, bucket: bucket, key: key, body: body)
        request.headers.append((name: "content-type", value: "application/octet-stream"))
        let response = try await send(request)
        guard response.isSuccess else { throw response.failure() }
    }

    func createMultipartUpload(bucket: String, key: BlobKey) async throws(BlobStoreError) -> String {
        var request = S3Request(operation: .createMultipartUpload, method: .POST, bucket: bucket, key: key)
        request.query = [(name: "uploads", value: "")]
        request.headers.append((name: "content-type", value: "application/octet-stream"))
        let response = try await send(request)
        guard response.isSuccess else { throw response.failure() }
        guard let uploadID = S3XML.firstValue(of: "UploadId", in: response.text), !uploadID.isEmpty else {
            throw .s3(status: response.status, code: nil, message: "CreateMultipartUpload answered without an UploadId")
        }
        return uploadID
    }

    func uploadPart(bucket: String, key: BlobKey, uploadID: String, number: Int, body: ByteBuffer) async throws(BlobStoreError) -> CompletedPart {
        var request = S3Request(operation: .uploadPart(number: number), method: .PUT, bucket: bucket, key: key, body: body)
        request.query = [(name: "partNumber", value: String(number)), (name: "uploadId", value: uploadID)]
        let response = try await send(request)
        guard response.isSuccess else { throw response.failure() }
        guard let etag = response.headers.first(name: "etag") else {
            throw .s3(status: response.status, code: nil, message: "UploadPart answered without an ETag")
        }
        return CompletedPart(number: number, etag: etag)
    }

    func completeMultipartUpload(bucket: String, key: BlobKey, uploadID: String, parts: [CompletedPart]) async throws(BlobStoreError) {
        let list = parts.sorted { $0.number < $1.number }
            .map { "<Part><PartNumber>\($0.number)</PartNumber><ETag>\(S3XML.escape($0.etag))</ETag></Part>" }
            .joined()
        var request = S3Request(operation: .completeMultipartUpload, method: .POST, bucket: bucket, key: key)
        request.query = [(name: "uploadId", value: uploadID)]
        request.headers.append((name: "content-type", value: "application/xml"))
        request.body = ByteBuffer(
            string: "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\(list)</CompleteMultipartUpload>")
        let response = try await send(request)
        // S3 may answer 200 and still fail: the status is sent before the parts are stitched together.
        guard response.isSuccess, S3XML.rootElement(of: response.text) != "Error" else { throw response.failure() }
    }

    /// Best effort: a failure is logged, not thrown, because it runs on paths that are already failing. Runs
    /// in its own task so that the cancellation that caused the abort does not cancel the abort too.
    func abortMultipartUpload(bucket: String, key: BlobKey, uploadID: String) async {
        await Task {
            var request = S3Request(operation: .abortMultipartUpload, method: .DELETE, bucket: bucket, key: key)
            request.query = [(name: "uploadId", value: uploadID)]
            do {
                let response = try await send(request)
                guard response.isSuccess || response.errorCode == "NoSuchUpload" else { throw response.failure() }
            } catch {
                logger.warning(
                    "could not abort a multipart upload; a bucket lifecycle rule must clean it up",
                    metadata: ["bucket": "\(bucket)", "key": "\(key)", "upload_id": "\(uploadID)", "error": "\(error)"])
            }
        }.value
    }

    /// The multipart uploads still open in `bucket`, so tests can check that an abort left none behind.
    func listMultipartUploadIDs(bucket: String) async throws(BlobStoreError) -> [String] {
        var request = S3Request(operation: .listMultipartUploads, method: .GET, bucket: bucket)
        request.query = [(name: "uploads", value: "")]
        let response = try await send(request)
        guard response.isSuccess else { throw response.failure() }
        var ids: [String] = []
        var rest = response.text[...]
        while let open = rest.range(of: "<UploadId>"), let close = rest.range(of: "</UploadId>", range: open.upperBound..<rest.endIndex) {
            ids.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return ids
    }
}
