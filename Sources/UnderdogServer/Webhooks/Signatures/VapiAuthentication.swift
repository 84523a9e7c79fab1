import Crypto
import Foundation
import HTTPTypes

/// How VAPI proves a server message is theirs (design.md, Roleplay): the legacy `X-Vapi-Secret` shared secret,
/// a Bearer credential, or an HMAC credential.
///
/// VAPI's server authentication (docs.vapi.ai, "Server authentication") attaches a custom credential to the
/// assistant's `server` through `server.credentialId`. A Bearer Token credential sends `Authorization: Bearer
/// <token>`; the same credential type with header `X-Vapi-Secret` and no prefix reproduces the older inline
/// `server.secret`; an HMAC credential signs each request. Which of these an organisation uses is its choice,
/// and it may be moving from one to another, so several can be configured and any one of them suffices.
public struct VapiAuthentication: Sendable {
    /// One way a request may prove it comes from VAPI.
    public enum Method: Sendable {
        /// The header `X-Vapi-Secret` must equal this value exactly.
        case secretHeader(String)
        /// The header `Authorization` must be `Bearer <this token>` (the scheme in any case, RFC 9110 §11.1).
        case bearer(String)
        /// An HMAC signature over the raw body, as VAPI's HMAC credential sends it.
        case hmac(HMACCredential)
    }

    /// VAPI's HMAC credential (its `HMACAuthenticationPlan`): a secret key, a hash, the header the signature
    /// arrives in, an optional timestamp header, and the format of the signed payload. VAPI's defaults are
    /// SHA-256, header `x-signature`, timestamp header `x-timestamp`, payload `{timestamp}.{body}`, hex.
    public struct HMACCredential: Sendable {
        /// The hash inside the HMAC; VAPI offers these three.
        public enum Algorithm: Sendable {
            case sha256, sha512, sha1
        }

        /// What VAPI feeds the HMAC.
        public enum PayloadFormat: Sendable, Equatable {
            /// The raw body alone (VAPI's `{body}`).
            case body
            /// The timestamp header's value, `separator`, then the raw body (VAPI's default `{timestamp}.{body}`
            /// has separator "."). Binding the time into the signature is what makes the clock-skew check
            /// meaningful: without it a recorded request could be replayed with a fresh timestamp header.
            case timestampThenBody(separator: String)
        }

        /// How the digest is written in the signature header.
        public enum Encoding: Sendable {
            case hex, base64
        }

        public let secret: [UInt8]
        public let algorithm: Algorithm
        public let signatureHeader: HTTPField.Name
        /// When set, the header must be present, a Unix time in seconds or milliseconds, and within
        /// `maxClockSkew` of now. A payload format that includes the timestamp needs it.
        public let timestampHeader: HTTPField.Name?
        public let payloadFormat: PayloadFormat
        public let encoding: Encoding
        /// Written before the digest, such as "sha256=" for GitHub-style signatures; empty for none.
        public let signaturePrefix: String
        public let maxClockSkew: TimeInterval

        public init(
            secret: String,
            algorithm: Algorithm = .sha256,
            signatureHeader: HTTPField.Name = HTTPField.Name("x-signature")!,
            timestampHeader: HTTPField.Name? = HTTPField.Name("x-timestamp")!,
            payloadFormat: PayloadFormat = .timestampThenBody(separator: "."),
            encoding: Encoding = .hex,
            signaturePrefix: String = "",
            maxClockSkew: TimeInterval = 300
        ) {
            self.secret = Array(secret.utf8)
            self.algorithm = algorithm
            self.signatureHeader = signatureHeader
            self.timestampHeader = timestampHeader
            self.payloadFormat = payloadFormat
            self.encoding = encoding
            self.signaturePrefix = signaturePrefix
            self.maxClockSkew = maxClockSkew
        }
    }

    public let methods: [Method]

    /// A request is accepted if any of `methods` passes; with none configured every request is refused, so a
    /// deployment that forgot to configure VAPI is closed rather than open.
    public init(_ methods: [Method]) {
        self.methods = methods
    }

    /// Whether the request carries proof, under one of the configured methods, that VAPI sent it.
    public func isAuthentic(headers: HTTPFields, body: [UInt8], now: Date = Date()) -> Bool {
        methods.contains { method in
            switch method {
            case .secretHeader(let secret): Self.checkSecretHeader(headers, secret: secret)
            case .bearer(let token): Self.checkBearer(headers, token: token)
            case .hmac(let credential): credential.check(headers, body: body, now: now)
            }
        }
    }

    private static let secretHeaderName = HTTPField.Name("X-Vapi-Secret")!

    private static func checkSecretHeader(_ headers: HTTPFields, secret: String) -> Bool {
        guard let value = singleValue(headers, secretHeaderName) else { return false }
        return ConstantTime.isEqual(Array(value.utf8), to: Array(secret.utf8))
    }

    private static func checkBearer(_ headers: HTTPFields, token: String) -> Bool {
        guard let value = singleValue(headers, .authorization) else { return false }
        // RFC 9110 §11.4: credentials = auth-scheme [ 1*SP token68 ]; the scheme is case-insensitive, the
        // token is compared exactly.
        let bytes = Array(value.utf8)
        let scheme = Array("bearer".utf8)
        guard bytes.count > scheme.count + 1,
              zip(bytes, scheme).allSatisfy({ asciiLowercased($0) == $1 }),
              bytes[scheme.count] == UInt8(ascii: " ") else { return false }
        let presented = bytes.dropFirst(scheme.count).drop { $0 == UInt8(ascii: " ") }
        return ConstantTime.isEqual(Array(presented), to: Array(token.utf8))
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The header's value when it appears exactly once. A repeated authentication header is ambiguous (which
    /// copy would a proxy or another framework check?) and is refused rather than guessed at.
    static func singleValue(_ headers: HTTPFields, _ name: HTTPField.Name) -> String? {
        let values = headers[values: name]
        return values.count == 1 ? values[0] : nil
    }
}

extension VapiAuthentication.HMACCredential {
    func check(_ headers: HTTPFields, body: [UInt8], now: Date) -> Bool {
        guard !secret.isEmpty,
              let signature = VapiAuthentication.singleValue(headers, signatureHeader) else { return false }
        let prefix = Array(signaturePrefix.utf8)
        let signatureBytes = Array(signature.utf8)
        guard signatureBytes.starts(with: prefix) else { return false }
        let presented = signatureBytes.dropFirst(prefix.count)

        var timestamp: String?
        if let timestampHeader {
            guard let value = VapiAuthentication.singleValue(headers, timestampHeader),
                  isFresh(value, now: now) else { return false }
            timestamp = value
        }

        let payload: [UInt8]
        switch payloadFormat {
        case .body:
            payload = body
        case .timestampThenBody(let separator):
            // The format names a timestamp but none is configured to read: a misconfiguration that must
            // fail closed.
            guard let timestamp else { return false }
            payload = Array(timestamp.utf8) + Array(separator.utf8) + body
        }

        let expected = authenticationCode(for: payload)
        switch encoding {
        case .hex:
            return ConstantTime.isEqual(hex: presented, to: expected)
        case .base64:
            guard let decoded = Data(base64Encoded: Data(presented)) else { return false }
            return ConstantTime.isEqual(Array(decoded), to: expected)
        }
    }

    func authenticationCode(for payload: [UInt8]) -> [UInt8] {
        let key = SymmetricKey(data: secret)
        return switch algorithm {
        case .sha256: Array(HMAC<SHA256>.authenticationCode(for: payload, using: key))
        case .sha512: Array(HMAC<SHA512>.authenticationCode(for: payload, using: key))
        case .sha1: Array(HMAC<Insecure.SHA1>.authenticationCode(for: payload, using: key))
        }
    }

    /// VAPI does not document the timestamp's unit, so both are read: a value of 10^11 or more is
    /// milliseconds (as seconds it would be past the year 5000), anything smaller is seconds. Only plain ASCII
    /// digits of a sane length are read; a sign, a fraction, spaces or a huge number are not a timestamp.
    func isFresh(_ text: String, now: Date) -> Bool {
        guard (1...16).contains(text.utf8.count),
              text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let value = Int64(text) else { return false }
        let seconds = value >= 100_000_000_000 ? Double(value) / 1000 : Double(value)
        let skew = abs(seconds - now.timeIntervalSince1970)
        return skew <= maxClockSkew
    }
}
