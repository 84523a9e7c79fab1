import Crypto
import Foundation

/// AWS Signature Version 4 for S3, as a pure function of the request, the credentials and the clock, so every
/// step can be checked against published and independently computed values without a server.
///
/// Written here rather than taken from an SDK because Underdog needs six S3 calls, not an SDK's dependency tree.
/// S3 differs from other services in two ways this follows: the path is encoded once (not twice), and the
/// payload hash is sent as `x-amz-content-sha256`.
struct SigV4Signer: Sendable {
    static let algorithm = "AWS4-HMAC-SHA256"
    /// Signs the headers but not the body: for bodies that are streamed and cannot be hashed first.
    static let unsignedPayload = "UNSIGNED-PAYLOAD"
    static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    let accessKeyID: String
    let secretAccessKey: String
    let region: String
    var service = "s3"

    /// What the signature covers. `canonicalURI` is the path exactly as sent (already encoded); query names
    /// and values are raw and encoded here; every header given is signed, `host` included.
    struct Request {
        var method: String
        var canonicalURI: String
        var query: [(name: String, value: String)] = []
        var headers: [(name: String, value: String)]
        var payloadHash: String
    }

    /// The headers to add to the request: `x-amz-date`, `x-amz-content-sha256` and `authorization`.
    func sign(_ request: Request, at date: Date) -> [(name: String, value: String)] {
        let (amzDate, dateStamp) = Self.timestamps(date)
        var headers = request.headers
        headers.append((name: "x-amz-date", value: amzDate))
        headers.append((name: "x-amz-content-sha256", value: request.payloadHash))
        var signed = request
        signed.headers = headers
        let (canonical, signedHeaders) = Self.canonicalRequest(signed)
        let scope = self.scope(dateStamp: dateStamp)
        let toSign = Self.stringToSign(canonicalRequest: canonical, amzDate: amzDate, scope: scope)
        let signature = Self.signature(key: signingKey(dateStamp: dateStamp), stringToSign: toSign)
        let authorization = "\(Self.algorithm) Credential=\(accessKeyID)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)"
        return [
            (name: "x-amz-date", value: amzDate),
            (name: "x-amz-content-sha256", value: request.payloadHash),
            (name: "authorization", value: authorization),
        ]
    }

    func scope(dateStamp: String) -> String { "\(dateStamp)/\(region)/\(service)/aws4_request" }

    func signingKey(dateStamp: String) -> SymmetricKey {
        Self.signingKey(secretAccessKey: secretAccessKey, dateStamp: dateStamp, region: region, service: service)
    }

    /// The canonical request and the `SignedHeaders` list: header names lower-cased and sorted, values trimmed
    /// with inner runs of spaces collapsed, repeated headers joined with commas.
    static func canonicalRequest(_ request: Request) -> (text: String, signedHeaders: String) {
        var merged: [String: [String]] = [:]
        for header in request.headers {
            let value = header.value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            merged[header.name.lowercased(), default: []].append(value.trimmingCharacters(in: .whitespaces))
        }
        let names = merged.keys.sorted()
        let canonicalHeaders = names.map { "\($0):\(merged[$0]!.joined(separator: ","))\n" }.joined()
        let signedHeaders = names.joined(separator: ";")
        let text = [
            request.method, request.canonicalURI, canonicalQuery(request.query), canonicalHeaders, signedHeaders,
            request.payloadHash,
        ].joined(separator: "\n")
        return (text, signedHeaders)
    }

    /// Names and values encoded (`/` too), sorted by name then value; a name without value keeps its `=`.
    static func canonicalQuery(_ items: [(name: String, value: String)]) -> String {
        let encoded: [(name: String, value: String)] = items.map { item in
            (name: AWSURIEncoding.encode(item.name, keepSlash: false), value: AWSURIEncoding.encode(item.value, keepSlash: false))
        }
        // Encoded text is ASCII, so String order is the byte order AWS sorts by.
        let sorted = encoded.sorted { left, right in left.name == right.name ? left.value < right.value : left.name < right.name }
        return sorted.map { item in item.name + "=" + item.value }.joined(separator: "&")
    }

    static func stringToSign(canonicalRequest: String, amzDate: String, scope: String) -> String {
        [algorithm, amzDate, scope, hexSHA256(Data(canonicalRequest.utf8))].joined(separator: "\n")
    }

    /// HMAC chain over date, region, service and the terminator: a key valid for one day, one region and one
    /// service, so a leaked signature exposes less than the secret would.
    static func signingKey(secretAccessKey: String, dateStamp: String, region: String, service: String) -> SymmetricKey {
        var key = SymmetricKey(data: Data("AWS4\(secretAccessKey)".utf8))
        for part in [dateStamp, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    static func signature(key: SymmetricKey, stringToSign: String) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key))
    }

    static func hexSHA256<D: DataProtocol>(_ data: D) -> String { hex(SHA256.hash(data: data)) }

    /// `20130524T000000Z` and `20130524`, in UTC whatever the machine's time zone.
    static func timestamps(_ date: Date) -> (amzDate: String, dateStamp: String) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0" + String(value) : String(value) }
        let year = String(parts.tm_year + 1900)
        let dateStamp = year + two(parts.tm_mon + 1) + two(parts.tm_mday)
        let time = two(parts.tm_hour) + two(parts.tm_min) + two(parts.tm_sec)
        return (dateStamp + "T" + time + "Z", dateStamp)
    }

    private static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        bytes.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}
