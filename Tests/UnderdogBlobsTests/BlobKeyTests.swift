@testable import UnderdogBlobs
import XCTest

final class BlobKeyTests: XCTestCase {
    func testUsualKeysAreAccepted() throws {
        for raw in ["user-1/20240501T100000Z_call.wav", "a", "u/é ✓ (1).mp3", "a/.hidden", "a/..b", "a/b.", "x/y/z"] {
            XCTAssertEqual(try BlobKey(raw).value, raw)
        }
        XCTAssertEqual(try BlobKey("a/b").description, "a/b")
    }

    func testUnsafeKeysAreRefused() {
        let refused = [
            "", "../x", "a/../b", "./a", "a/.", "a//b", "/a", "a/", "a\u{0}b", "a\u{7f}b", "a\nb", "a\u{85}b", "a\\b",
            String(repeating: "k", count: 2000),
        ]
        for raw in refused {
            XCTAssertThrowsError(try BlobKey(raw), "\(raw.debugDescription) was accepted") { error in
                guard case BlobStoreError.invalidKey(let reason) = error else { return XCTFail("\(error)") }
                XCTAssertFalse(reason.isEmpty)
                XCTAssertFalse(reason.contains("\u{0}"), "the reason echoes a control character")
                XCTAssertLessThan(reason.count, 200, "the reason echoes the whole key")
            }
        }
    }

    /// The limit counts UTF-8 bytes, as S3 does, not characters.
    func testTheLengthLimitsAreInUTF8Bytes() throws {
        let segment = String(repeating: "k", count: 255)
        let longest = [segment, segment, segment, String(repeating: "k", count: 254), "k"].joined(separator: "/")
        XCTAssertEqual(longest.utf8.count, 1024)
        XCTAssertNoThrow(try BlobKey(longest))
        XCTAssertThrowsError(try BlobKey(longest + "k"))
        XCTAssertNoThrow(try BlobKey("u/" + String(repeating: "é", count: 127)))
        XCTAssertThrowsError(try BlobKey("u/" + String(repeating: "é", count: 128)), "a file name longer than NAME_MAX")
        XCTAssertThrowsError(try BlobKey("u/" + String(repeating: "k", count: 256)))
    }

    func testBucketNamesFollowS3Rules() {
        for name in ["call-recordings", "abc", "a.b-c", String(repeating: "b", count: 63)] {
            XCTAssertNoThrow(try BucketName.validate(name), name)
        }
        for name in ["ab", "..", ".partial", "Upper", "a_b", "-ab", "ab-", "a..b", "a/b", String(repeating: "b", count: 64)] {
            XCTAssertThrowsError(try BucketName.validate(name), name)
        }
    }

    func testRangesAreResolvedAsHTTPDoes() throws {
        XCTAssertNil(try ByteRangeResolution.resolve(nil, size: 10))
        XCTAssertEqual(try ByteRangeResolution.resolve(0...0, size: 10), 0...0)
        XCTAssertEqual(try ByteRangeResolution.resolve(5...100, size: 10), 5...9)
        XCTAssertThrowsError(try ByteRangeResolution.resolve(10...10, size: 10))
        XCTAssertThrowsError(try ByteRangeResolution.resolve(0...0, size: 0))
        XCTAssertThrowsError(try ByteRangeResolution.resolve(-1...3, size: 10))
    }
}
