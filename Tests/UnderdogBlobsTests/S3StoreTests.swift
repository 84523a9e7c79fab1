import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import Synchronization
@testable import UnderdogBlobs
import XCTest

/// The S3 store against moto, a real S3 implementation over HTTP, with signature checking switched on.
final class S3StoreTests: XCTestCase {
    private var moto: MotoServer!
    private var credentials: (accessKeyID: String, secretAccessKey: String)!
    private let bucket = "call-recordings"
    private let operations = OperationLog()
    private var contract: BlobStoreContract { BlobStoreContract(store: makeStore(), bucket: bucket) }

    override func setUp() async throws {
        moto = try await MotoServer.start()
        credentials = try await moto.enforceSignatures()
        try await makeStore().ensureBucket(bucket)
        operations.reset()
    }

    override func tearDown() async throws {
        moto?.stop()
    }

    private func makeStore(_ configure: (inout S3Configuration) -> Void = { _ in }) -> S3Store {
        var configuration = S3Configuration(
            endpoint: moto.endpoint, region: "us-east-1", accessKeyID: credentials.accessKeyID,
            secretAccessKey: credentials.secretAccessKey, requestTimeout: .seconds(30), idleReadTimeout: .seconds(30))
        configure(&configuration)
        let log = operations
        return S3Store(configuration: configuration, httpClient: .shared, logger: Logger(label: "s3-tests"), observer: { log.record($0) })
    }

    // The contract every store keeps.
    func testRoundTripInOddChunks() async throws { try await contract.roundTripInOddChunks() }
    func testEmptyObject() async throws { try await contract.emptyObject() }
    func testRanges() async throws { try await contract.ranges() }
    func testMissingObject() async throws { try await contract.missingObject() }
    func testAbortLeavesNothing() async throws { try await contract.abortLeavesNothing() }
    func testCommitIsFinal() async throws { try await contract.commitIsFinal() }
    func testDeleteTwice() async throws { try await contract.deleteTwice() }
    func testOverwriteReplacesWhole() async throws { try await contract.overwriteReplacesWhole() }
    // testUnusualKeys runs in S3UnusualKeyTests, against a moto that does not check signatures.
    func testInvalidBucketsRefused() async throws { try await contract.invalidBucketsRefused() }
    func testConcurrentWriters() async throws { try await contract.concurrentWriters() }
    func testAbandonedReadIsHarmless() async throws { try await contract.abandonedReadIsHarmless() }

    // What only the S3 store can show.

    func testTwentyMebibytesGoUpAsThreeParts() async throws {
        let store = makeStore()
        let key = try BlobKey("user-1/long-call.wav")
        let bytes = testBytes(count: 20 << 20, seed: 20)
        let writer = try await store.makeWriter(bucket: bucket, key: key)
        try await write(bytes, to: writer, chunkSizes: [1 << 20 + 13, 333_333, 65_536])
        let committed = try await writer.commit()
        XCTAssertEqual(committed, Int64(bytes.count))

        // 8 + 8 + 4 MiB with the default part size.
        XCTAssertEqual(operations.count(of: .createMultipartUpload), 1)
        XCTAssertEqual(operations.parts(), [1, 2, 3])
        XCTAssertEqual(operations.count(of: .completeMultipartUpload), 1)
        XCTAssertEqual(operations.count(of: .putObject), 0)
        let head = try await store.head(bucket: bucket, key: key)
        XCTAssertEqual(head?.size, Int64(bytes.count))
        XCTAssertTrue(head?.etag?.hasSuffix("-3\"") ?? false, "a multipart ETag ends in -<parts>: \(head?.etag ?? "none")")

        let read = try await collect(try await store.read(bucket: bucket, key: key, range: nil))
        XCTAssertEqual(sha256Hex(read), sha256Hex(bytes))
        let tail = try await collect(try await store.read(bucket: bucket, key: key, range: Int64(16 << 20)...Int64(16 << 20) + 9))
        XCTAssertTrue(tail == Array(bytes[(16 << 20)..<((16 << 20) + 10)]), "a range inside the last part")
    }

    /// Exactly one part's worth is one PUT: a part is only cut once more bytes than that have arrived.
    func testAnObjectOfExactlyOnePartIsOnePut() async throws {
        let store = makeStore()
        let key = try BlobKey("user-1/one-part")
        let bytes = testBytes(count: store.configuration.partSize, seed: 21)
        try await put(bytes, in: store, bucket: bucket, key: key)
        XCTAssertEqual(operations.count(of: .putObject), 1)
        XCTAssertEqual(operations.count(of: .createMultipartUpload), 0)
        let size = try await store.size(bucket: bucket, key: key)
        XCTAssertEqual(size, Int64(bytes.count))
    }

    func testAbortingAMultipartUploadLeavesNoUploadBehind() async throws {
        let store = makeStore()
        let key = try BlobKey("user-1/abandoned-upload")
        let writer = try await store.makeWriter(bucket: bucket, key: key)
        try await write(testBytes(count: 12 << 20, seed: 22), to: writer, chunkSizes: [1 << 20])
        XCTAssertEqual(operations.parts(), [1])
        let open = try await store.listMultipartUploadIDs(bucket: bucket)
        XCTAssertEqual(open.count, 1)
        await writer.abort()
        XCTAssertEqual(operations.count(of: .abortMultipartUpload), 1)
        let left = try await store.listMultipartUploadIDs(bucket: bucket)
        XCTAssertEqual(left, [])
        let size = try await store.size(bucket: bucket, key: key)
        XCTAssertNil(size)
    }

    /// Spaces are the one unusual character moto's signature check handles as AWS does; see S3UnusualKeyTests.
    func testAKeyWithSpacesIsSignedAsS3Expects() async throws {
        let store = makeStore()
        let key = try BlobKey("user 1/2024-05-01 call 1.wav")
        try await put(Array("spaced".utf8), in: store, bucket: bucket, key: key)
        let read = try await collect(try await store.read(bucket: bucket, key: key, range: 1...3))
        XCTAssertEqual(String(decoding: read, as: UTF8.self), "pac")
        try await store.delete(bucket: bucket, key: key)
    }

    func testEnsureBucketTwiceIsFine() async throws {
        try await makeStore().ensureBucket(bucket)
        try await makeStore().ensureBucket("second-bucket")
        try await makeStore().ensureBucket("second-bucket")
    }

    func testS3ErrorBodiesAreParsed() async throws {
        do {
            _ = try await makeStore().read(bucket: "no-such-bucket", key: try BlobKey("a"), range: nil)
            XCTFail("reading from a missing bucket succeeded")
        } catch BlobStoreError.s3(let status, let code, let message) {
            XCTAssertEqual(status, 404)
            XCTAssertEqual(code, "NoSuchBucket")
            XCTAssertFalse(message.isEmpty)
        }
    }

    /// moto checks signatures in these tests, so a wrong secret must be refused, not ignored.
    func testAWrongSecretIsRefused() async throws {
        let store = makeStore { $0.secretAccessKey = "not-the-secret" }
        do {
            _ = try await put(Array("x".utf8), in: store, bucket: bucket, key: try BlobKey("user-1/x"))
            XCTFail("a request signed with the wrong secret was accepted")
        } catch BlobStoreError.s3(let status, let code, _) {
            XCTAssertEqual(status, 403)
            XCTAssertEqual(code, "SignatureDoesNotMatch")
        }
    }

    func testVirtualHostedAddressing() {
        let endpoint = S3Endpoint(URL(string: "https://s3.eu-west-3.amazonaws.com")!)
        let key = try! BlobKey("user 1/a.wav")
        XCTAssertEqual(endpoint.address(bucket: "call-recordings", key: key, pathStyle: false).host, "call-recordings.s3.eu-west-3.amazonaws.com")
        XCTAssertEqual(endpoint.address(bucket: "call-recordings", key: key, pathStyle: false).path, "/user%201/a.wav")
        XCTAssertEqual(endpoint.address(bucket: "call-recordings", key: nil, pathStyle: false).path, "/")
        let local = S3Endpoint(URL(string: "http://127.0.0.1:9000/proxy/")!)
        XCTAssertEqual(local.address(bucket: "b1b", key: key, pathStyle: true).host, "127.0.0.1:9000")
        XCTAssertEqual(local.address(bucket: "b1b", key: key, pathStyle: true).path, "/proxy/b1b/user%201/a.wav")
        // Supabase Storage's S3 endpoint: path-style under /storage/v1/s3, which SigV4 signs as part of the path.
        let supabase = S3Endpoint(URL(string: "https://abcdefghij.supabase.co/storage/v1/s3")!)
        XCTAssertEqual(supabase.address(bucket: "call-recordings", key: key, pathStyle: true).host, "abcdefghij.supabase.co")
        XCTAssertEqual(supabase.address(bucket: "call-recordings", key: key, pathStyle: true).path, "/storage/v1/s3/call-recordings/user%201/a.wav")
    }
}

/// What the store sent, in order, as the internal observer reports it.
final class OperationLog: Sendable {
    private let operations = Mutex<[S3Operation]>([])

    func record(_ operation: S3Operation) { operations.withLock { $0.append(operation) } }
    func reset() { operations.withLock { $0.removeAll() } }
    func count(of operation: S3Operation) -> Int { operations.withLock { $0.filter { $0 == operation }.count } }
    func all() -> [S3Operation] { operations.withLock { $0 } }

    func parts() -> [Int] {
        operations.withLock { operations in
            operations.compactMap { if case .uploadPart(let number) = $0 { number } else { nil } }
        }
    }
}
