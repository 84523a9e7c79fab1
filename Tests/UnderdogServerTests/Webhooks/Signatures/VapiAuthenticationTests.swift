import Crypto
import Foundation
import HTTPTypes
import Testing
@testable import UnderdogServer

@Suite("VAPI server authentication")
struct VapiAuthenticationTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let body = Array(#"{"message":{"type":"status-update","call":{"id":"call-1"},"status":"ended"}}"#.utf8)
    static let hmacSecret = "hmac-secret-for-tests"

    static func headers(_ fields: [(String, String)]) -> HTTPFields {
        var headers = HTTPFields()
        for (name, value) in fields {
            headers.append(HTTPField(name: HTTPField.Name(name)!, value: value))
        }
        return headers
    }

    /// What VAPI's default HMAC credential sends, computed here from the definition rather than through the
    /// code under test: lowercase hex of HMAC-SHA256 over "<timestamp>.<body>".
    static func vapiSignature(timestamp: String, body: [UInt8], secret: String = hmacSecret) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array("\(timestamp).".utf8) + body,
                                                   using: SymmetricKey(data: Array(secret.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
    }

    // MARK: X-Vapi-Secret

    @Test("the legacy secret header is accepted when it equals the configured secret")
    func secretHeaderRight() {
        let auth = VapiAuthentication([.secretHeader("s3cret-value")])
        #expect(auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", "s3cret-value")]), body: Self.body, now: Self.now))
        // Header names are case-insensitive on the wire.
        #expect(auth.isAuthentic(headers: Self.headers([("x-vapi-secret", "s3cret-value")]), body: Self.body, now: Self.now))
    }

    @Test("a wrong, shorter, longer or differently cased secret is refused", arguments: [
        "s3cret-valuf", "s3cret-valu", "s3cret-value!", "S3CRET-VALUE", "",
    ])
    func secretHeaderWrong(presented: String) {
        let auth = VapiAuthentication([.secretHeader("s3cret-value")])
        #expect(!auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", presented)]), body: Self.body, now: Self.now))
    }

    @Test("no secret header, or the secret sent twice, is refused")
    func secretHeaderMissingOrRepeated() {
        let auth = VapiAuthentication([.secretHeader("s3cret-value")])
        #expect(!auth.isAuthentic(headers: [:], body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("Authorization", "Bearer s3cret-value")]), body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", "s3cret-value"), ("X-Vapi-Secret", "s3cret-value")]),
                                  body: Self.body, now: Self.now))
    }

    @Test("an empty configured secret authenticates nothing, not even an empty header")
    func emptySecretConfigured() {
        let auth = VapiAuthentication([.secretHeader(""), .bearer("")])
        #expect(!auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", "")]), body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("Authorization", "Bearer ")]), body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: [:], body: Self.body, now: Self.now))
    }

    // MARK: Bearer

    @Test("a Bearer credential is accepted with the right token, whatever the case of the scheme", arguments: [
        "Bearer tok_123", "bearer tok_123", "BEARER tok_123", "Bearer  tok_123",
    ])
    func bearerRight(authorization: String) {
        let auth = VapiAuthentication([.bearer("tok_123")])
        #expect(auth.isAuthentic(headers: Self.headers([("Authorization", authorization)]), body: Self.body, now: Self.now))
    }

    @Test("a wrong token, another scheme, a bare scheme or an empty header is refused", arguments: [
        "Bearer tok_124", "Bearer tok_12", "Bearer tok_1234", "Bearer TOK_123", "Basic tok_123", "tok_123",
        "Bearer", "Bearer ", "Bearertok_123", "", "Bearer\ttok_123",
    ])
    func bearerWrong(authorization: String) {
        let auth = VapiAuthentication([.bearer("tok_123")])
        #expect(!auth.isAuthentic(headers: Self.headers([("Authorization", authorization)]), body: Self.body, now: Self.now))
    }

    @Test("no Authorization header is refused")
    func bearerMissing() {
        let auth = VapiAuthentication([.bearer("tok_123")])
        #expect(!auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", "tok_123")]), body: Self.body, now: Self.now))
    }

    // MARK: HMAC

    @Test("an HMAC signature made as VAPI's default credential makes it is accepted, with seconds or milliseconds")
    func hmacRight() {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        for timestamp in ["1790000000", "1790000000123"] {
            let headers = Self.headers([
                ("x-timestamp", timestamp),
                ("x-signature", Self.vapiSignature(timestamp: timestamp, body: Self.body)),
            ])
            #expect(auth.isAuthentic(headers: headers, body: Self.body, now: Self.now), "timestamp \(timestamp)")
        }
    }

    @Test("a signature in upper-case hex is the same digest and is accepted")
    func hmacUppercaseHex() {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        let signature = Self.vapiSignature(timestamp: "1790000000", body: Self.body).uppercased()
        let headers = Self.headers([("x-timestamp", "1790000000"), ("x-signature", signature)])
        #expect(auth.isAuthentic(headers: headers, body: Self.body, now: Self.now))
    }

    @Test("a wrong digest, another key's digest or a hostile signature is refused", arguments: [
        String(repeating: "0", count: 64),
        vapiSignature(timestamp: "1790000000", body: body, secret: "another-secret"),
        String(vapiSignature(timestamp: "1790000000", body: body).dropLast()),
        vapiSignature(timestamp: "1790000000", body: body) + "00",
        "zz" + String(vapiSignature(timestamp: "1790000000", body: body).dropFirst(2)),
        "sha256=" + vapiSignature(timestamp: "1790000000", body: body),
        "",
    ])
    func hmacWrongDigest(signature: String) {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        let headers = Self.headers([("x-timestamp", "1790000000"), ("x-signature", signature)])
        #expect(!auth.isAuthentic(headers: headers, body: Self.body, now: Self.now))
    }

    @Test("a body changed after signing is refused")
    func hmacBodyChanged() {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        let headers = Self.headers([
            ("x-timestamp", "1790000000"),
            ("x-signature", Self.vapiSignature(timestamp: "1790000000", body: Self.body)),
        ])
        var tampered = Self.body
        tampered[tampered.count - 3] = UInt8(ascii: "X")
        #expect(!auth.isAuthentic(headers: headers, body: tampered, now: Self.now))
        #expect(!auth.isAuthentic(headers: headers, body: Self.body + [UInt8(ascii: " ")], now: Self.now))
    }

    @Test("a timestamp changed after signing is refused, even when still fresh")
    func hmacTimestampChanged() {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        let headers = Self.headers([
            ("x-timestamp", "1790000001"),
            ("x-signature", Self.vapiSignature(timestamp: "1790000000", body: Self.body)),
        ])
        #expect(!auth.isAuthentic(headers: headers, body: Self.body, now: Self.now))
    }

    @Test("a correctly signed but stale or far-future timestamp is refused", arguments: [
        "1789999699", "1790000301", "1789999699000", "1790000301000", "0", "1",
    ])
    func hmacStale(timestamp: String) {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        let headers = Self.headers([
            ("x-timestamp", timestamp),
            ("x-signature", Self.vapiSignature(timestamp: timestamp, body: Self.body)),
        ])
        #expect(!auth.isAuthentic(headers: headers, body: Self.body, now: Self.now))
    }

    @Test("a timestamp at the edge of the allowed skew is still fresh", arguments: ["1789999700", "1790000300"])
    func hmacEdgeOfSkew(timestamp: String) {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        let headers = Self.headers([
            ("x-timestamp", timestamp),
            ("x-signature", Self.vapiSignature(timestamp: timestamp, body: Self.body)),
        ])
        #expect(auth.isAuthentic(headers: headers, body: Self.body, now: Self.now))
    }

    @Test("a hostile timestamp is refused even when the signature covers it", arguments: [
        "", "+1790000000", "-1790000000", "1790000000.5", "1.79e9", "99999999999999999999999",
        "١٧٩٠٠٠٠٠٠٠",
    ])
    func hmacHostileTimestamp(timestamp: String) {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        let headers = Self.headers([
            ("x-timestamp", timestamp),
            ("x-signature", Self.vapiSignature(timestamp: timestamp, body: Self.body)),
        ])
        #expect(!auth.isAuthentic(headers: headers, body: Self.body, now: Self.now))
    }

    @Test("a missing signature or timestamp header, or either sent twice, is refused")
    func hmacMissingHeaders() {
        let auth = VapiAuthentication([.hmac(.init(secret: Self.hmacSecret))])
        let signature = Self.vapiSignature(timestamp: "1790000000", body: Self.body)
        for fields in [
            [("x-timestamp", "1790000000")],
            [("x-signature", signature)],
            [],
            [("x-timestamp", "1790000000"), ("x-timestamp", "1790000000"), ("x-signature", signature)],
            [("x-timestamp", "1790000000"), ("x-signature", signature), ("x-signature", signature)],
        ] {
            #expect(!auth.isAuthentic(headers: Self.headers(fields), body: Self.body, now: Self.now), "\(fields)")
        }
    }

    @Test("a body-only credential with its own header names and a sha256= prefix checks exactly that")
    func hmacBodyOnlyWithPrefix() {
        let credential = VapiAuthentication.HMACCredential(
            secret: Self.hmacSecret,
            signatureHeader: HTTPField.Name("X-Hub-Signature-256")!,
            timestampHeader: nil,
            payloadFormat: .body,
            signaturePrefix: "sha256="
        )
        let auth = VapiAuthentication([.hmac(credential)])
        let code = HMAC<SHA256>.authenticationCode(for: Self.body, using: SymmetricKey(data: Array(Self.hmacSecret.utf8)))
        let hex = code.map { String(format: "%02x", $0) }.joined()
        #expect(auth.isAuthentic(headers: Self.headers([("x-hub-signature-256", "sha256=" + hex)]), body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("x-hub-signature-256", hex)]), body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("x-hub-signature-256", "sha512=" + hex)]), body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("x-signature", "sha256=" + hex)]), body: Self.body, now: Self.now))
    }

    @Test("SHA-512 and base64 credentials check their own digests")
    func hmacOtherAlgorithmAndEncoding() {
        let credential = VapiAuthentication.HMACCredential(secret: Self.hmacSecret, algorithm: .sha512, encoding: .base64)
        let auth = VapiAuthentication([.hmac(credential)])
        let code = HMAC<SHA512>.authenticationCode(for: Array("1790000000.".utf8) + Self.body,
                                                   using: SymmetricKey(data: Array(Self.hmacSecret.utf8)))
        let base64 = Data(code).base64EncodedString()
        #expect(auth.isAuthentic(headers: Self.headers([("x-timestamp", "1790000000"), ("x-signature", base64)]),
                                 body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("x-timestamp", "1790000000"), ("x-signature", "not base64!")]),
                                  body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("x-timestamp", "1790000000"),
                                                         ("x-signature", Self.vapiSignature(timestamp: "1790000000", body: Self.body))]),
                                  body: Self.body, now: Self.now))
    }

    @Test("a payload that names a timestamp with no timestamp header configured fails closed")
    func hmacMisconfigured() {
        let credential = VapiAuthentication.HMACCredential(secret: Self.hmacSecret, timestampHeader: nil)
        let auth = VapiAuthentication([.hmac(credential)])
        let headers = Self.headers([
            ("x-timestamp", "1790000000"),
            ("x-signature", Self.vapiSignature(timestamp: "1790000000", body: Self.body)),
        ])
        #expect(!auth.isAuthentic(headers: headers, body: Self.body, now: Self.now))
    }

    // MARK: Configuration

    @Test("with no method configured every request is refused")
    func noneConfigured() {
        let auth = VapiAuthentication([])
        let headers = Self.headers([
            ("X-Vapi-Secret", "anything"),
            ("Authorization", "Bearer anything"),
            ("x-timestamp", "1790000000"),
            ("x-signature", Self.vapiSignature(timestamp: "1790000000", body: Self.body)),
        ])
        #expect(!auth.isAuthentic(headers: headers, body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: [:], body: [], now: Self.now))
    }

    @Test("with several methods configured any one that passes is enough, and a wrong one alongside does not spoil it")
    func severalConfigured() {
        let auth = VapiAuthentication([.secretHeader("legacy-secret"), .bearer("tok_123"), .hmac(.init(secret: Self.hmacSecret))])
        let signature = Self.vapiSignature(timestamp: "1790000000", body: Self.body)
        #expect(auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", "legacy-secret")]), body: Self.body, now: Self.now))
        #expect(auth.isAuthentic(headers: Self.headers([("Authorization", "Bearer tok_123")]), body: Self.body, now: Self.now))
        #expect(auth.isAuthentic(headers: Self.headers([("x-timestamp", "1790000000"), ("x-signature", signature)]),
                                 body: Self.body, now: Self.now))
        #expect(auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", "wrong"), ("Authorization", "Bearer tok_123")]),
                                 body: Self.body, now: Self.now))
        // One method's secret is not accepted in another's place.
        #expect(!auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", "tok_123"), ("Authorization", "Bearer legacy-secret")]),
                                  body: Self.body, now: Self.now))
        #expect(!auth.isAuthentic(headers: Self.headers([("X-Vapi-Secret", "wrong"), ("Authorization", "Bearer wrong")]),
                                  body: Self.body, now: Self.now))
    }
}
