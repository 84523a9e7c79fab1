@testable import UnderdogBlobs
import XCTest

final class S3XMLTests: XCTestCase {
    func testErrorBodiesYieldCodeAndMessage() {
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>NoSuchKey</Code><Message>The key &quot;a &amp; b&quot; &lt;does not&gt; exist &#x2713;&#33;</Message><Key>a</Key></Error>
            """
        XCTAssertEqual(S3XML.firstValue(of: "Code", in: body), "NoSuchKey")
        XCTAssertEqual(S3XML.firstValue(of: "Message", in: body), "The key \"a & b\" <does not> exist ✓!")
        XCTAssertNil(S3XML.firstValue(of: "RequestId", in: body))
        XCTAssertEqual(S3XML.rootElement(of: body), "Error")
    }

    /// CompleteMultipartUpload can fail with HTTP 200; the root element is what tells.
    func testRootElementSkipsTheProlog() {
        XCTAssertEqual(S3XML.rootElement(of: "<?xml version=\"1.0\"?>\n<CompleteMultipartUploadResult xmlns=\"x\"><ETag/></CompleteMultipartUploadResult>"),
                       "CompleteMultipartUploadResult")
        XCTAssertNil(S3XML.rootElement(of: ""))
    }

    func testEscapeRoundTrips() {
        let text = "\"etag\" & <part> 'one'"
        XCTAssertEqual(S3XML.decodeEntities(S3XML.escape(text)), text)
        XCTAssertEqual(S3XML.decodeEntities("dangling & ampersand"), "dangling & ampersand")
    }

    func testErrorResponsesBecomeS3Errors() {
        let response = S3Response(
            status: 403, headers: [:], body: .init(string: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"))
        XCTAssertEqual(response.failure(), .s3(status: 403, code: "AccessDenied", message: "Access Denied"))
        let empty = S3Response(status: 404, headers: [:], body: .init())
        XCTAssertEqual(empty.failure(), .s3(status: 404, code: nil, message: "Not Found"))
    }
}
