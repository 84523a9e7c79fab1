import NIOCore
import UnderdogBlobs
import XCTest

/// What every `BlobStore` must do, written once. Each store's test case calls every method here from a test
/// of its own (inherited XCTest methods are not discovered on Linux), then adds what only it can check.
struct BlobStoreContract {
    let store: any BlobStore
    let bucket: String

    func roundTripInOddChunks() async throws {
        let key = try BlobKey("user-1/20240501T100000Z_call.wav")
        let bytes = testBytes(count: 300_001, seed: 1)
        let writer = try await store.makeWriter(bucket: bucket, key: key)
        try await write(bytes, to: writer)
        let committed = try await writer.commit()
        XCTAssertEqual(committed, Int64(bytes.count))
        let size = try await store.size(bucket: bucket, key: key)
        XCTAssertEqual(size, Int64(bytes.count))
        let stream = try await store.read(bucket: bucket, key: key, range: nil)
        XCTAssertEqual(stream.totalSize, Int64(bytes.count))
        XCTAssertNil(stream.range)
        XCTAssertEqual(stream.contentLength, Int64(bytes.count))
        let read = try await collect(stream)
        XCTAssertEqual(read.count, bytes.count)
        XCTAssertTrue(read == bytes, "the bytes read back differ from the bytes written")
    }

    func emptyObject() async throws {
        let key = try BlobKey("user-1/empty")
        let writer = try await store.makeWriter(bucket: bucket, key: key)
        let committed = try await writer.commit()
        XCTAssertEqual(committed, 0)
        let size = try await store.size(bucket: bucket, key: key)
        XCTAssertEqual(size, 0)
        let stream = try await store.read(bucket: bucket, key: key, range: nil)
        XCTAssertEqual(stream.totalSize, 0)
        let read = try await collect(stream)
        XCTAssertEqual(read, [])
        await assertThrows(.invalidRange) { _ = try await store.read(bucket: bucket, key: key, range: 0...0) }
    }

    func ranges() async throws {
        let key = try BlobKey("user-1/ranged")
        let bytes = testBytes(count: 200_000, seed: 2)
        try await put(bytes, in: store, bucket: bucket, key: key)
        let last = Int64(bytes.count - 1)
        let cases: [(asked: ClosedRange<Int64>, served: ClosedRange<Int64>)] = [
            (0...0, 0...0),  // first byte
            (70_000...130_000, 70_000...130_000),  // middle, across 64 KiB chunk boundaries
            (last...last, last...last),  // last byte
            (0...last, 0...last),  // whole, asked explicitly
            (last - 4...last + 1_000, last - 4...last),  // runs past the end: cut, as HTTP does
        ]
        for (asked, served) in cases {
            let stream = try await store.read(bucket: bucket, key: key, range: asked)
            XCTAssertEqual(stream.totalSize, Int64(bytes.count), "range \(asked)")
            XCTAssertEqual(stream.range, served, "range \(asked)")
            XCTAssertEqual(stream.contentLength, Int64(served.count), "range \(asked)")
            let read = try await collect(stream)
            XCTAssertTrue(read == Array(bytes[Int(served.lowerBound)...Int(served.upperBound)]), "range \(asked) read the wrong bytes")
        }
        for beyond: ClosedRange<Int64> in [Int64(bytes.count)...Int64(bytes.count), Int64(bytes.count + 10)...Int64(bytes.count + 20)] {
            await assertThrows(.invalidRange, "range \(beyond)") { _ = try await store.read(bucket: bucket, key: key, range: beyond) }
        }
        await assertThrows(.invalidRange) { _ = try await store.read(bucket: bucket, key: key, range: -1...3) }
    }

    func missingObject() async throws {
        let key = try BlobKey("user-1/never-written")
        let size = try await store.size(bucket: bucket, key: key)
        XCTAssertNil(size)
        await assertThrows(.notFound) { _ = try await store.read(bucket: bucket, key: key, range: nil) }
        await assertThrows(.notFound) { _ = try await store.read(bucket: bucket, key: key, range: 0...10) }
    }

    /// Nothing is visible before commit, and abort leaves nothing; abort is idempotent and final.
    func abortLeavesNothing() async throws {
        let key = try BlobKey("user-1/aborted")
        let writer = try await store.makeWriter(bucket: bucket, key: key)
        try await write(testBytes(count: 150_000, seed: 3), to: writer)
        let sizeBeforeCommit = try await store.size(bucket: bucket, key: key)
        XCTAssertNil(sizeBeforeCommit, "an uncommitted object is visible")
        await writer.abort()
        await writer.abort()
        let sizeAfterAbort = try await store.size(bucket: bucket, key: key)
        XCTAssertNil(sizeAfterAbort)
        await assertThrowsWriterClosed { try await writer.write(ByteBuffer(string: "late")) }
        await assertThrowsWriterClosed { _ = try await writer.commit() }
        let stillMissing = try await store.size(bucket: bucket, key: key)
        XCTAssertNil(stillMissing)
    }

    /// After commit the writer is spent; a late abort (a clean-up path running anyway) must not delete.
    func commitIsFinal() async throws {
        let key = try BlobKey("user-1/final")
        let writer = try await store.makeWriter(bucket: bucket, key: key)
        try await writer.write(ByteBuffer(string: "kept"))
        _ = try await writer.commit()
        await assertThrowsWriterClosed { _ = try await writer.commit() }
        await assertThrowsWriterClosed { try await writer.write(ByteBuffer(string: "more")) }
        await writer.abort()
        let size = try await store.size(bucket: bucket, key: key)
        XCTAssertEqual(size, 4)
    }

    func deleteTwice() async throws {
        let key = try BlobKey("user-1/deleted")
        try await put(testBytes(count: 1_000, seed: 4), in: store, bucket: bucket, key: key)
        try await store.delete(bucket: bucket, key: key)
        let size = try await store.size(bucket: bucket, key: key)
        XCTAssertNil(size)
        try await store.delete(bucket: bucket, key: key)
        try await store.delete(bucket: bucket, key: try BlobKey("user-1/never-there"))
        await assertThrows(.notFound) { _ = try await store.read(bucket: bucket, key: key, range: nil) }
    }

    /// A second commit to a key replaces the object whole, the way a re-upload must.
    func overwriteReplacesWhole() async throws {
        let key = try BlobKey("user-1/replaced")
        try await put(testBytes(count: 100_000, seed: 5), in: store, bucket: bucket, key: key)
        let second = testBytes(count: 1_234, seed: 6)
        try await put(second, in: store, bucket: bucket, key: key)
        let read = try await collect(try await store.read(bucket: bucket, key: key, range: nil))
        XCTAssertTrue(read == second)
    }

    /// Keys with spaces, UTF-8 and characters that URLs and signatures treat specially stay distinct and intact.
    func unusualKeys() async throws {
        let names = [
            "user 1/2024-05-01T10:00:00Z_café ✓ (1).wav", "user-1/a+b=c&d", "user-1/100%real?#frag", "user-1/tilde~star*!$'",
            "user-1/日本語/録音.mp3", "user 1/a b.wav", "user-1/x:y",
        ]
        for (index, name) in names.enumerated() {
            try await put(Array("content \(index)".utf8), in: store, bucket: bucket, key: try BlobKey(name))
        }
        for (index, name) in names.enumerated() {
            let read = try await collect(try await store.read(bucket: bucket, key: try BlobKey(name), range: nil))
            XCTAssertEqual(String(decoding: read, as: UTF8.self), "content \(index)", name)
        }
    }

    func invalidBucketsRefused() async throws {
        let key = try BlobKey("user-1/x")
        for bucket in ["..", ".partial", "a", "Upper", "has/slash", "-dash", "a..b", String(repeating: "b", count: 64)] {
            await assertThrowsInvalidBucket(bucket) { _ = try await store.makeWriter(bucket: bucket, key: key) }
            await assertThrowsInvalidBucket(bucket) { _ = try await store.size(bucket: bucket, key: key) }
            await assertThrowsInvalidBucket(bucket) { _ = try await store.read(bucket: bucket, key: key, range: nil) }
            await assertThrowsInvalidBucket(bucket) { try await store.delete(bucket: bucket, key: key) }
        }
    }

    /// Several uploads at once, their writes interleaved, each to its own key: none sees another's bytes.
    func concurrentWriters() async throws {
        let count = 8
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                group.addTask { [store, bucket] in
                    let key = try BlobKey("user-\(index % 3)/concurrent-\(index)")
                    let bytes = testBytes(count: 150_000 + index * 7_919, seed: 100 + UInt64(index))
                    let writer = try await store.makeWriter(bucket: bucket, key: key)
                    try await write(bytes, to: writer, chunkSizes: [8_191 + index, 1, 30_011])
                    let committed = try await writer.commit()
                    XCTAssertEqual(committed, Int64(bytes.count))
                }
            }
            try await group.waitForAll()
        }
        for index in 0..<count {
            let key = try BlobKey("user-\(index % 3)/concurrent-\(index)")
            let read = try await collect(try await store.read(bucket: bucket, key: key, range: nil))
            XCTAssertTrue(read == testBytes(count: 150_000 + index * 7_919, seed: 100 + UInt64(index)), "writer \(index)")
        }
    }

    /// A reader that stops half way (a client that hung up) must not break the store for the next one.
    func abandonedReadIsHarmless() async throws {
        let key = try BlobKey("user-1/abandoned")
        let bytes = testBytes(count: 400_000, seed: 7)
        try await put(bytes, in: store, bucket: bucket, key: key)
        for _ in 0..<5 {
            let stream = try await store.read(bucket: bucket, key: key, range: nil)
            var iterator = stream.chunks.makeAsyncIterator()
            let first = try await iterator.next()
            XCTAssertNotNil(first)
        }
        let read = try await collect(try await store.read(bucket: bucket, key: key, range: nil))
        XCTAssertTrue(read == bytes)
    }
}

func assertThrows(
    _ expected: BlobStoreError, _ message: String = "", file: StaticString = #filePath, line: UInt = #line,
    _ body: () async throws -> Void
) async {
    do {
        try await body()
        XCTFail("expected \(expected), nothing was thrown. \(message)", file: file, line: line)
    } catch let error as BlobStoreError {
        XCTAssertEqual(error, expected, message, file: file, line: line)
    } catch {
        XCTFail("expected \(expected), got \(error). \(message)", file: file, line: line)
    }
}

func assertThrowsWriterClosed(file: StaticString = #filePath, line: UInt = #line, _ body: () async throws -> Void) async {
    do {
        try await body()
        XCTFail("expected .writerClosed, nothing was thrown", file: file, line: line)
    } catch BlobStoreError.writerClosed {
    } catch {
        XCTFail("expected .writerClosed, got \(error)", file: file, line: line)
    }
}

func assertThrowsInvalidBucket(_ bucket: String, file: StaticString = #filePath, line: UInt = #line, _ body: () async throws -> Void) async {
    do {
        try await body()
        XCTFail("bucket \"\(bucket)\" was accepted", file: file, line: line)
    } catch BlobStoreError.invalidBucket {
    } catch {
        XCTFail("bucket \"\(bucket)\": expected .invalidBucket, got \(error)", file: file, line: line)
    }
}
