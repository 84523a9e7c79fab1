import Foundation
import Logging
import UnderdogBlobs
import XCTest

/// Keys with UTF-8, `:`, `+`, `*`, `(`, `%`… against a moto that does not check signatures.
///
/// moto's signature check rebuilds the canonical path from the path it has already decoded, so it rejects
/// correctly signed requests for such keys; boto3, AWS's own SDK, is rejected the same way (checked with moto
/// 5.1.18). What these keys need from the signer, the encoding AWS specifies, is pinned by
/// `SigV4SignerTests.testUnderdogUploadPartWithAUTF8Key` against an independent derivation. What this test adds
/// is that the keys survive the trip through a real S3 server intact and distinct.
final class S3UnusualKeyTests: XCTestCase {
    private var moto: MotoServer!

    override func setUp() async throws {
        moto = try await MotoServer.start()
    }

    override func tearDown() async throws {
        moto?.stop()
    }

    func testUnusualKeys() async throws {
        let store = S3Store(
            configuration: S3Configuration(endpoint: moto.endpoint, region: "us-east-1", accessKeyID: "AKIDTEST", secretAccessKey: "secret"),
            httpClient: .shared, logger: Logger(label: "s3-unusual-keys"))
        try await store.ensureBucket("call-recordings")
        try await BlobStoreContract(store: store, bucket: "call-recordings").unusualKeys()
    }
}
