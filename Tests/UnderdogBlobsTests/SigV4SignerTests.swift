import Crypto
import Foundation
@testable import UnderdogBlobs
import XCTest

/// Every expected value here was computed outside this code. The "AWS" cases are the examples in AWS's own
/// SigV4 documentation; the "Underdog" case was derived once with a throwaway Python script using only
/// `hashlib`, `hmac` and `urllib.parse.quote(s, safe="-_.~")` (plus "/" for the path), written from the
/// SigV4 specification, not from this Swift code.
final class SigV4SignerTests: XCTestCase {
    private let awsExampleSigner = SigV4Signer(
        accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region: "us-east-1")
    /// 2013-05-24T00:00:00Z
    private let awsExampleDate = Date(timeIntervalSince1970: 1_369_353_600)

    /// AWS's "GET Object" example: Range header, empty payload.
    func testAWSGetObjectExample() throws {
        let request = SigV4Signer.Request(
            method: "GET", canonicalURI: "/test.txt",
            headers: [(name: "Host", value: "examplebucket.s3.amazonaws.com"), (name: "Range", value: "bytes=0-9")],
            payloadHash: SigV4Signer.emptyPayloadHash)
        var withAMZ = request
        withAMZ.headers += [(name: "x-amz-date", value: "20130524T000000Z"), (name: "x-amz-content-sha256", value: SigV4Signer.emptyPayloadHash)]
        let canonical = SigV4Signer.canonicalRequest(withAMZ)
        XCTAssertEqual(canonical.text, """
            GET
            /test.txt

            host:examplebucket.s3.amazonaws.com
            range:bytes=0-9
            x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            x-amz-date:20130524T000000Z

            host;range;x-amz-content-sha256;x-amz-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """)
        let toSign = SigV4Signer.stringToSign(
            canonicalRequest: canonical.text, amzDate: "20130524T000000Z", scope: awsExampleSigner.scope(dateStamp: "20130524"))
        XCTAssertEqual(toSign, """
            AWS4-HMAC-SHA256
            20130524T000000Z
            20130524/us-east-1/s3/aws4_request
            7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972
            """)
        XCTAssertEqual(hex(awsExampleSigner.signingKey(dateStamp: "20130524")), "dbb893acc010964918f1fd433add87c70e8b0db6be30c1fbeafefa5ec6ba8378")

        let headers = awsExampleSigner.sign(request, at: awsExampleDate)
        XCTAssertEqual(value("x-amz-date", in: headers), "20130524T000000Z")
        XCTAssertEqual(value("x-amz-content-sha256", in: headers), SigV4Signer.emptyPayloadHash)
        XCTAssertEqual(
            value("authorization", in: headers),
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
    }

    /// AWS's documented signing-key derivation example (IAM, 2015-08-30).
    func testAWSSigningKeyExample() {
        let key = SigV4Signer.signingKey(
            secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", dateStamp: "20150830", region: "us-east-1", service: "iam")
        XCTAssertEqual(hex(key), "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9")
    }

    /// An UploadPart the way Underdog sends it: path-style, a key with spaces, UTF-8 and reserved characters,
    /// a query whose value needs encoding, a port in the host, a signed payload ("hello"), another region.
    /// Expected values from the Python derivation described above.
    func testUnderdogUploadPartWithAUTF8Key() throws {
        let signer = SigV4Signer(accessKeyID: "AKIDUNDERDOG", secretAccessKey: "secret/with+chars", region: "eu-west-3")
        let path = AWSURIEncoding.encode("/call-recordings/user 1/2024-05-01T10:00:00Z_café ✓+(1).wav", keepSlash: true)
        XCTAssertEqual(path, "/call-recordings/user%201/2024-05-01T10%3A00%3A00Z_caf%C3%A9%20%E2%9C%93%2B%281%29.wav")
        let payloadHash = SigV4Signer.hexSHA256(Data("hello".utf8))
        XCTAssertEqual(payloadHash, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        let request = SigV4Signer.Request(
            method: "PUT", canonicalURI: path, query: [(name: "uploadId", value: "abc/def+ghi="), (name: "partNumber", value: "3")],
            headers: [(name: "content-type", value: "application/octet-stream"), (name: "host", value: "127.0.0.1:9000")],
            payloadHash: payloadHash)
        XCTAssertEqual(SigV4Signer.canonicalQuery(request.query), "partNumber=3&uploadId=abc%2Fdef%2Bghi%3D")
        let date = Date(timeIntervalSince1970: 1_714_566_896)  // 2024-05-01T12:34:56Z
        XCTAssertEqual(SigV4Signer.timestamps(date).amzDate, "20240501T123456Z")
        XCTAssertEqual(hex(signer.signingKey(dateStamp: "20240501")), "c719d96fdcae176cf24af92473076708ea2d484426b9d7eb9d77452c4b7e8d57")
        XCTAssertEqual(
            value("authorization", in: signer.sign(request, at: date)),
            "AWS4-HMAC-SHA256 Credential=AKIDUNDERDOG/20240501/eu-west-3/s3/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, "
                + "Signature=cb2740e34eab45500733fea6a9235f6e07e6a92b262ad9bff46e503c1d406dbc")
    }

    func testURIEncodingFollowsAWSRules() {
        XCTAssertEqual(AWSURIEncoding.encode("AZaz09-_.~", keepSlash: false), "AZaz09-_.~")
        XCTAssertEqual(AWSURIEncoding.encode("a b+c=d&e/f*g!h'i(j)k$l,m;n:o@p%q", keepSlash: false),
                       "a%20b%2Bc%3Dd%26e%2Ff%2Ag%21h%27i%28j%29k%24l%2Cm%3Bn%3Ao%40p%25q")
        XCTAssertEqual(AWSURIEncoding.encode("a/b c", keepSlash: true), "a/b%20c")
        XCTAssertEqual(AWSURIEncoding.encode("日", keepSlash: true), "%E6%97%A5")
    }

    /// A bare query name (`?uploads`) is signed as `uploads=`; values sort within a name.
    func testCanonicalQueryOrderAndEmptyValues() {
        XCTAssertEqual(SigV4Signer.canonicalQuery([(name: "uploads", value: "")]), "uploads=")
        XCTAssertEqual(
            SigV4Signer.canonicalQuery([(name: "b", value: "2"), (name: "a", value: "z"), (name: "a", value: "y"), (name: "B", value: "")]),
            "B=&a=y&a=z&b=2")
    }

    /// Header names are case-folded and sorted, values trimmed with inner runs of spaces collapsed.
    func testCanonicalHeaders() {
        let request = SigV4Signer.Request(
            method: "GET", canonicalURI: "/",
            headers: [(name: "X-Amz-Meta-B", value: "  two   words "), (name: "Host", value: "h"), (name: "x-amz-meta-a", value: "1")],
            payloadHash: SigV4Signer.unsignedPayload)
        let canonical = SigV4Signer.canonicalRequest(request)
        XCTAssertEqual(canonical.signedHeaders, "host;x-amz-meta-a;x-amz-meta-b")
        XCTAssertEqual(canonical.text, "GET\n/\n\nhost:h\nx-amz-meta-a:1\nx-amz-meta-b:two words\n\nhost;x-amz-meta-a;x-amz-meta-b\nUNSIGNED-PAYLOAD")
    }

    func testTimestampsAreUTC() {
        XCTAssertEqual(SigV4Signer.timestamps(Date(timeIntervalSince1970: 0)).amzDate, "19700101T000000Z")
        XCTAssertEqual(SigV4Signer.timestamps(Date(timeIntervalSince1970: 1_735_689_599.9)).amzDate, "20241231T235959Z")
    }

    private func hex(_ key: SymmetricKey) -> String {
        key.withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() }
    }

    private func value(_ name: String, in headers: [(name: String, value: String)]) -> String? {
        headers.first { $0.name == name }?.value
    }
}
