import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Keeps objects in an S3-compatible service, for deployments where several machines upload and process
/// recordings. Speaks S3's REST protocol directly over AsyncHTTPClient with its own SigV4 signing.
///
/// Uploads hold at most `partSize` bytes in memory: a small object goes up in one PUT, a larger one as a
/// multipart upload that only becomes visible on CompleteMultipartUpload, which gives the same all-or-nothing
/// visibility as the local store's rename. Downloads are pulled from the connection as the consumer asks.
public struct S3Store: BlobStore {
    public let configuration: S3Configuration
    let http: HTTPClient
    let logger: Logger
    let signer: SigV4Signer
    let endpoint: S3Endpoint
    /// Called before every attempt of every call; tests count operations through it.
    let observer: (@Sendable (S3Operation) -> Void)?

    public init(configuration: S3Configuration, httpClient: HTTPClient, logger: Logger = Logger(label: "underdog.blobs.s3")) {
        self.init(configuration: configuration, httpClient: httpClient, logger: logger, observer: nil)
    }

    init(configuration: S3Configuration, httpClient: HTTPClient, logger: Logger, observer: (@Sendable (S3Operation) -> Void)?) {
        self.configuration = configuration
        self.http = httpClient
        self.logger = logger
        self.signer = SigV4Signer(
            accessKeyID: configuration.accessKeyID, secretAccessKey: configuration.secretAccessKey, region: configuration.region)
        self.endpoint = S3Endpoint(configuration.endpoint)
        self.observer = observer
    }

    /// Creates the bucket unless this account already has it: set-up and tests call it on every start.
    public func ensureBucket(_ bucket: String) async throws(BlobStoreError) {
        try BucketName.validate(bucket)
        var request = S3Request(operation: .createBucket, method: .PUT, bucket: bucket)
        // us-east-1 is S3's default and refuses an explicit constraint naming it.
        if configuration.region != "us-east-1" {
            let body = "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LocationConstraint>"
                + S3XML.escape(configuration.region) + "</LocationConstraint></CreateBucketConfiguration>"
            request.body = ByteBuffer(string: body)
            request.headers.append((name: "content-type", value: "application/xml"))
        }
        let response = try await send(request)
        guard response.isSuccess || response.errorCode == "BucketAlreadyOwnedByYou" else { throw response.failure() }
    }

    public func makeWriter(bucket: String, key: BlobKey) async throws(BlobStoreError) -> any BlobWriter {
        try BucketName.validate(bucket)
        return S3Writer(store: self, bucket: bucket, key: key)
    }

    public func size(bucket: String, key: BlobKey) async throws(BlobStoreError) -> Int64? {
        try await head(bucket: bucket, key: key)?.size
    }

    /// The object's size and ETag; the ETag tells a multipart object (`"…-N"`) from a single PUT.
    func head(bucket: String, key: BlobKey) async throws(BlobStoreError) -> (size: Int64, etag: String?)? {
        try BucketName.validate(bucket)
        let response = try await send(S3Request(operation: .headObject, method: .HEAD, bucket: bucket, key: key))
        if response.status == 404 { return nil }
        guard response.isSuccess else { throw response.failure() }
        guard let size = response.headers.first(name: "content-length").flatMap({ Int64($0) }) else {
            throw .s3(status: response.status, code: nil, message: "HEAD answered without a Content-Length")
        }
        return (size, response.headers.first(name: "etag"))
    }

    public func read(bucket: String, key: BlobKey, range: ClosedRange<Int64>?) async throws(BlobStoreError) -> BlobReadStream {
        try BucketName.validate(bucket)
        if let range, range.lowerBound < 0 { throw .invalidRange }
        var request = S3Request(operation: .getObject, method: .GET, bucket: bucket, key: key)
        if let range { request.headers.append((name: "range", value: "bytes=\(range.lowerBound)-\(range.upperBound)")) }
        let response = try await open(request)
        let (totalSize, served) = try Self.extent(of: response, requested: range)
        let length = served.map { $0.upperBound - $0.lowerBound + 1 } ?? totalSize
        let chunks = S3BodyChunks(body: response.body, expectedLength: length, idleTimeout: configuration.idleReadTimeout)
        return BlobReadStream(totalSize: totalSize, range: served, chunks: chunks.stream())
    }

    public func delete(bucket: String, key: BlobKey) async throws(BlobStoreError) {
        try BucketName.validate(bucket)
        let response = try await send(S3Request(operation: .deleteObject, method: .DELETE, bucket: bucket, key: key))
        // S3 answers 204 for a missing key; some compatible servers answer 404 NoSuchKey. Both mean done.
        guard response.isSuccess || response.errorCode == "NoSuchKey" else { throw response.failure() }
    }

    /// The object's size and the range actually served, from `Content-Range` on a 206 or `Content-Length` on a 200.
    static func extent(of response: HTTPClientResponse, requested: ClosedRange<Int64>?) throws(BlobStoreError) -> (Int64, ClosedRange<Int64>?) {
        if response.status == .partialContent {
            // "bytes 0-9/443"
            guard let header = response.headers.first(name: "content-range"), header.hasPrefix("bytes "),
                let slash = header.lastIndex(of: "/"), let total = Int64(header[header.index(after: slash)...])
            else { throw .s3(status: 206, code: nil, message: "the partial answer has no usable Content-Range") }
            let bounds = header[header.index(header.startIndex, offsetBy: 6)..<slash].split(separator: "-")
            guard bounds.count == 2, let first = Int64(bounds[0]), let last = Int64(bounds[1]), first <= last else {
                throw .s3(status: 206, code: nil, message: "the partial answer has no usable Content-Range")
            }
            return (total, first...last)
        }
        guard let total = response.headers.first(name: "content-length").flatMap({ Int64($0) }) else {
            throw .s3(status: Int(response.status.code), code: nil, message: "GET answered without a Content-Length")
        }
        // A server that ignores Range sends everything; acceptable only when everything is what was asked for.
        let resolved = try ByteRangeResolution.resolve(requested, size: total)
        if let resolved, resolved != 0...(total - 1) {
            throw .s3(status: 200, code: nil, message: "the server ignored the Range header")
        }
        return (total, resolved)
    }
}
