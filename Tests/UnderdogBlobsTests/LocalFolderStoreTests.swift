import Foundation
import NIOCore
import UnderdogBlobs
import XCTest

final class LocalFolderStoreTests: XCTestCase {
    private var root: URL!
    private var store: LocalFolderStore!
    private let bucket = "call-recordings"
    private var contract: BlobStoreContract { BlobStoreContract(store: store, bucket: bucket) }

    override func setUp() async throws {
        // scripts/test gives each run a folder it removes afterwards; elsewhere the system's temporary folder.
        let base = ProcessInfo.processInfo.environment["UNDERDOG_TEST_TMP"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory
        root = base.appendingPathComponent("blobs-\(UUID().uuidString)", isDirectory: true)
        store = LocalFolderStore(root: root)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: root)
    }

    // The contract every store keeps.
    func testRoundTripInOddChunks() async throws { try await contract.roundTripInOddChunks() }
    func testEmptyObject() async throws { try await contract.emptyObject() }
    func testRanges() async throws { try await contract.ranges() }
    func testMissingObject() async throws { try await contract.missingObject() }
    func testCommitIsFinal() async throws { try await contract.commitIsFinal() }
    func testDeleteTwice() async throws { try await contract.deleteTwice() }
    func testOverwriteReplacesWhole() async throws { try await contract.overwriteReplacesWhole() }
    func testUnusualKeys() async throws { try await contract.unusualKeys() }
    func testInvalidBucketsRefused() async throws { try await contract.invalidBucketsRefused() }
    func testConcurrentWriters() async throws {
        try await contract.concurrentWriters()
        XCTAssertEqual(try partialFiles(), [])
    }

    func testAbortLeavesNothing() async throws {
        try await contract.abortLeavesNothing()
        XCTAssertEqual(try partialFiles(), [], "abort left a temporary file behind")
    }

    // What only the local store can show.

    func testObjectIsAFileUnderBucketAndKeyOnceCommitted() async throws {
        let key = try BlobKey("user-7/20240501T100000Z_call.wav")
        let writer = try await store.makeWriter(bucket: bucket, key: key)
        try await writer.write(ByteBuffer(string: "RIFF"))
        let file = root.appendingPathComponent("call-recordings/user-7/20240501T100000Z_call.wav")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "the object is visible before commit")
        XCTAssertEqual(try partialFiles().count, 1, "the bytes should be in one temporary file in .partial")
        _ = try await writer.commit()
        XCTAssertEqual(try Data(contentsOf: file), Data("RIFF".utf8))
        XCTAssertEqual(try partialFiles(), [])
    }

    func testWriterDroppedWithoutAbortRemovesItsTemporaryFile() async throws {
        do {
            let writer = try await store.makeWriter(bucket: bucket, key: try BlobKey("user-1/forgotten"))
            try await writer.write(ByteBuffer(string: "half an upload"))
            XCTAssertEqual(try partialFiles().count, 1)
        }
        XCTAssertEqual(try partialFiles(), [])
    }

    /// An upload abandoned by a client arrives as a cancelled task; the abort in its clean-up must still run.
    func testAbortFromACancelledTaskStillRemovesTheTemporaryFile() async throws {
        let writer = try await store.makeWriter(bucket: bucket, key: try BlobKey("user-1/cancelled"))
        try await writer.write(ByteBuffer(string: "bytes"))
        let task = Task {
            while !Task.isCancelled { await Task.yield() }
            await writer.abort()
        }
        task.cancel()
        await task.value
        XCTAssertEqual(try partialFiles(), [])
        let size = try await store.size(bucket: bucket, key: try BlobKey("user-1/cancelled"))
        XCTAssertNil(size)
    }

    /// Each abandoned stream must give its descriptor back, or a server leaks one per hung-up download.
    func testAbandonedReadsCloseTheirFiles() async throws {
        try await contract.abandonedReadIsHarmless()
        // Counted by what the descriptors point at, not how many there are: other tests in this process open
        // and close files and sockets of their own meanwhile. A pool thread may hold the last chunk's job a moment.
        for _ in 0..<3_000 where try descriptorsOpen(on: "abandoned") > 0 { try await Task.sleep(for: .milliseconds(20)) }
        XCTAssertEqual(try descriptorsOpen(on: "abandoned"), 0)
    }

    func testAFolderWhereAnObjectWouldBeIsNotAnObject() async throws {
        try await put(Array("x".utf8), in: store, bucket: bucket, key: try BlobKey("user-1/folder/inner"))
        let key = try BlobKey("user-1/folder")
        let size = try await store.size(bucket: bucket, key: key)
        XCTAssertNil(size)
        await assertThrows(.notFound) { _ = try await store.read(bucket: bucket, key: key, range: nil) }
        try await store.delete(bucket: bucket, key: key)
        let inner = try await store.size(bucket: bucket, key: try BlobKey("user-1/folder/inner"))
        XCTAssertEqual(inner, 1)
    }

    private func partialFiles() throws -> [String] {
        let folder = store.partialFolder.path
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder)
    }

    /// This process's open descriptors on files of this store whose path ends in `name`.
    private func descriptorsOpen(on name: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter { fd in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)") else { return false }
            return target.hasPrefix(root.resolvingSymlinksInPath().path) && target.hasSuffix("/" + name)
        }.count
    }
}
