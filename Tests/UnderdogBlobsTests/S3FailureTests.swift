import AsyncHTTPClient
import Foundation
import UnderdogProcess
import Logging
import NIOCore
import Synchronization
@testable import UnderdogBlobs
import XCTest

/// Timeouts and retries, against stub servers that misbehave in ways moto cannot.
final class S3FailureTests: XCTestCase {
    private func store(port: Int, log: OperationLog, _ configure: (inout S3Configuration) -> Void = { _ in }) -> S3Store {
        var configuration = S3Configuration(
            endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: "us-east-1", accessKeyID: "AKIDTEST", secretAccessKey: "secret",
            requestTimeout: .seconds(2), idleReadTimeout: .seconds(2), maxAttempts: 1)
        configure(&configuration)
        // The retries' notices are expected here; keep them out of the test output.
        var logger = Logger(label: "s3-failure-tests")
        logger.logLevel = .error
        return S3Store(configuration: configuration, httpClient: .shared, logger: logger, observer: { log.record($0) })
    }

    func testAServerThatNeverAnswersTimesOut() async throws {
        // The server never answers: a timeout error can only be the client giving up by itself.
        let server = try await StubHTTPServer.start(.silent)
        defer { Task { await server.stop() } }
        let store = store(port: server.port, log: OperationLog()) { $0.requestTimeout = .milliseconds(500) }
        await assertThrows(.timeout) { _ = try await store.size(bucket: "b1b", key: try BlobKey("k")) }
    }

    /// A download whose bytes stop coming fails after `idleReadTimeout` instead of holding a worker forever.
    func testADownloadThatStallsTimesOut() async throws {
        let server = try await StubHTTPServer.start(.stallMidBody(declared: 1_000, sent: 10))
        defer { Task { await server.stop() } }
        let store = store(port: server.port, log: OperationLog()) { $0.idleReadTimeout = .milliseconds(500) }
        let stream = try await store.read(bucket: "b1b", key: try BlobKey("k"), range: nil)
        XCTAssertEqual(stream.totalSize, 1_000)
        // The rest of the body never comes: a timeout after the ten bytes is the idle limit at work.
        var received = 0
        await assertThrows(.timeout) {
            for try await chunk in stream.chunks { received += chunk.readableBytes }
        }
        XCTAssertEqual(received, 10)
    }

    func testSlowDownIsRetriedThenReported() async throws {
        let server = try await StubHTTPServer.start(.slowDown)
        defer { Task { await server.stop() } }
        let log = OperationLog()
        let store = store(port: server.port, log: log) { $0.maxAttempts = 3 }
        do {
            _ = try await store.read(bucket: "b1b", key: try BlobKey("k"), range: nil)
            XCTFail("a 503 was taken for success")
        } catch {
            XCTAssertEqual(error, .s3(status: 503, code: "SlowDown", message: "Please reduce your request rate."))
            XCTAssertTrue(error.isTransient)
        }
        XCTAssertEqual(log.count(of: .getObject), 3)
    }

    func testARefusedConnectionIsRetriedThenReported() async throws {
        let log = OperationLog()
        let store = store(port: try FreePort.find(), log: log) { $0.maxAttempts = 2 }
        do {
            _ = try await store.size(bucket: "b1b", key: try BlobKey("k"))
            XCTFail("nothing listens there, yet the call succeeded")
        } catch BlobStoreError.transport {
        }
        XCTAssertEqual(log.count(of: .headObject), 2)
    }

    /// A 404 is an answer, not a failure to retry.
    func testClientErrorsAreNotRetried() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let log = OperationLog()
        let store = store(port: moto.endpoint.port!, log: log) { $0.maxAttempts = 3; $0.requestTimeout = .seconds(10) }
        try await store.ensureBucket("b1b")
        await assertThrows(.notFound) { _ = try await store.read(bucket: "b1b", key: try BlobKey("missing"), range: nil) }
        XCTAssertEqual(log.count(of: .getObject), 1)
    }
}
