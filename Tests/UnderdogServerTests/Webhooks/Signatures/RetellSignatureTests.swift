import Crypto
import Foundation
import Testing
import UnderdogProcess
@testable import UnderdogServer

@Suite("Retell webhook signatures")
struct RetellSignatureTests {
    static let apiKey = "key_test_0123456789abcdef"
    static let now = Date(timeIntervalSince1970: 1_790_000_000.125)
    static let body = Array(#"{"event":"call_ended","call":{"call_id":"c-1","transcript":"Zoë: Bonjour — ça va ?"}}"#.utf8)
    static let signature = RetellSignature(apiKey: apiKey)

    /// The digest by the protocol's definition, computed here without the code under test.
    static func digest(body: [UInt8], stamp: String, key: String = apiKey) -> String {
        HMAC<SHA256>.authenticationCode(for: body + Array(stamp.utf8), using: SymmetricKey(data: Array(key.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }

    @Test("a signature made now over this body with our key is accepted, for any body bytes", arguments: [
        body, [], Array("plain".utf8), [0x00, 0xFF, 0xC3, 0x28],
    ])
    func acceptsOwnSignature(body: [UInt8]) throws {
        let header = Self.signature.sign(body: body, at: Self.now)
        try Self.signature.verify(body: body, header: header, now: Self.now)
    }

    @Test("sign writes v=<unix ms>,d=<hex of HMAC-SHA256 over body then timestamp>")
    func signFormat() {
        let header = Self.signature.sign(body: Self.body, at: Self.now)
        #expect(header == "v=1790000000125,d=" + Self.digest(body: Self.body, stamp: "1790000000125"))
    }

    @Test("a header built by hand from the protocol is accepted")
    func acceptsIndependentHeader() throws {
        let header = "v=1790000000000,d=" + Self.digest(body: Self.body, stamp: "1790000000000")
        try Self.signature.verify(body: Self.body, header: header, now: Self.now)
    }

    @Test("a signature made with another key is a mismatch")
    func wrongKey() {
        let header = RetellSignature(apiKey: "key_someone_else").sign(body: Self.body, at: Self.now)
        #expect(throws: RetellSignature.Failure.mismatch) {
            try Self.signature.verify(body: Self.body, header: header, now: Self.now)
        }
    }

    @Test("a body changed after signing is a mismatch")
    func bodyChanged() {
        let header = Self.signature.sign(body: Self.body, at: Self.now)
        var tampered = Self.body
        tampered[10] ^= 0x01
        #expect(throws: RetellSignature.Failure.mismatch) {
            try Self.signature.verify(body: tampered, header: header, now: Self.now)
        }
        #expect(throws: RetellSignature.Failure.mismatch) {
            try Self.signature.verify(body: Self.body + [0x20], header: header, now: Self.now)
        }
    }

    @Test("a timestamp moved after signing is a mismatch, even within the window")
    func timestampChanged() {
        let digest = Self.digest(body: Self.body, stamp: "1790000000000")
        #expect(throws: RetellSignature.Failure.mismatch) {
            try Self.signature.verify(body: Self.body, header: "v=1790000001000,d=" + digest, now: Self.now)
        }
    }

    @Test("a signature more than five minutes old or ahead is stale", arguments: [
        -300.124, 300.2, -3600, 86_400, -1_790_000_000,
    ])
    func stale(offset: TimeInterval) {
        let header = Self.signature.sign(body: Self.body, at: Self.now.addingTimeInterval(offset))
        #expect(throws: RetellSignature.Failure.stale) {
            try Self.signature.verify(body: Self.body, header: header, now: Self.now)
        }
    }

    @Test("a signature at exactly five minutes either way is still fresh, as in Retell's verifier", arguments: [-300.0, 300.0])
    func edgeOfWindow(offset: TimeInterval) throws {
        let header = Self.signature.sign(body: Self.body, at: Self.now.addingTimeInterval(offset))
        try Self.signature.verify(body: Self.body, header: header, now: Self.now)
    }

    @Test("a shorter configured tolerance is honoured")
    func customTolerance() {
        let strict = RetellSignature(apiKey: Self.apiKey, tolerance: 10)
        let header = strict.sign(body: Self.body, at: Self.now.addingTimeInterval(-11))
        #expect(throws: RetellSignature.Failure.stale) {
            try strict.verify(body: Self.body, header: header, now: Self.now)
        }
    }

    @Test("no header, or an empty one, is missing")
    func missing() {
        #expect(throws: RetellSignature.Failure.missing) { try Self.signature.verify(body: Self.body, header: nil, now: Self.now) }
        #expect(throws: RetellSignature.Failure.missing) { try Self.signature.verify(body: Self.body, header: "", now: Self.now) }
    }

    static let goodDigest = digest(body: body, stamp: "1790000000125")
    static let hostileHeaders: [String] = [
        "garbage",
        ",",
        "v=1790000000125",
        "d=\(goodDigest)",
        "v=1790000000125,",
        ",d=\(goodDigest)",
        "v=,d=\(goodDigest)",
        "v=1790000000125,d=",
        "d=\(goodDigest),v=1790000000125",
        "v=1790000000125,v=1790000000125",
        "v=1790000000125,d=\(goodDigest),d=\(goodDigest)",
        "v=1790000000125,v=1790000000125,d=\(goodDigest)",
        "V=1790000000125,d=\(goodDigest)",
        "v=1790000000125,D=\(goodDigest)",
        " v=1790000000125,d=\(goodDigest)",
        "v=1790000000125, d=\(goodDigest)",
        "v=1790000000125,d=\(goodDigest) ",
        "v=1790000000125;d=\(goodDigest)",
        "v:1790000000125,d:\(goodDigest)",
        "v=-1790000000125,d=\(goodDigest)",
        "v=+1790000000125,d=\(goodDigest)",
        "v=1790000000.123,d=\(goodDigest)",
        "v=0x1A0C,d=\(goodDigest)",
        "v=99999999999999999999999999999999,d=\(goodDigest)",
        "v=9223372036854775808,d=\(goodDigest)",
        "v=١٧٩٠٠٠٠٠٠٠١٢٣,d=\(goodDigest)",
        "v=1790000000125,d=\(goodDigest.uppercased())",
        "v=1790000000125,d=\(goodDigest.dropLast())",
        "v=1790000000125,d=\(goodDigest)0",
        "v=1790000000125,d=\(goodDigest)00",
        "v=1790000000125,d=" + String(repeating: "z", count: 64),
        "v=1790000000125,d=" + String(goodDigest.dropLast(2)) + "é",
        "v=1790000000125,d=" + String(repeating: "a", count: 100_000),
        "v=1790000000125,d=\(Data(goodDigest.utf8).base64EncodedString())",
    ]

    @Test("a hostile or broken header is malformed, and never crashes", arguments: hostileHeaders)
    func malformed(header: String) {
        #expect(throws: RetellSignature.Failure.malformed) {
            try Self.signature.verify(body: Self.body, header: header, now: Self.now)
        }
    }

    @Test("the largest 64-bit timestamp is stale, not an overflow")
    func largestTimestamp() {
        #expect(throws: RetellSignature.Failure.stale) {
            try Self.signature.verify(body: Self.body, header: "v=9223372036854775807,d=\(Self.goodDigest)", now: Self.now)
        }
        #expect(throws: RetellSignature.Failure.stale) {
            try Self.signature.verify(body: Self.body, header: "v=0,d=\(Self.goodDigest)", now: Self.now)
        }
    }

    @Test("an empty API key verifies nothing, even a signature made with it")
    func emptyKey() {
        let unset = RetellSignature(apiKey: "")
        let header = unset.sign(body: Self.body, at: Self.now)
        #expect(throws: RetellSignature.Failure.mismatch) {
            try unset.verify(body: Self.body, header: header, now: Self.now)
        }
    }

    /// Signs with Retell's own Python SDK and has it verify ours, so that a misreading of the protocol on our
    /// side cannot hide behind tests written from the same misreading.
    @Test("Retell's own SDK signs a header we accept, and accepts a header we sign")
    func interoperatesWithRetellSDK() throws {
        let python = try #require(ProcessInfo.processInfo.environment["UNDERDOG_RETELL_PYTHON"],
                                  "UNDERDOG_RETELL_PYTHON is not set: run scripts/test, which installs retell-sdk and sets it")
        try #require(FileManager.default.isExecutableFile(atPath: python), "UNDERDOG_RETELL_PYTHON=\(python) is not an executable")
        // The SDK's verifier reads the real clock, so ours signs at the real time too.
        let ours = Self.signature.sign(body: Self.body, at: Date())
        let script = """
        import base64, sys
        from retell import Retell
        from retell.lib.webhook_auth import symmetric
        body = base64.b64decode(sys.argv[1]).decode("utf-8")
        key, ours = sys.argv[2], sys.argv[3]
        print("sdk-header=" + symmetric["sign"](body, key))
        print("sdk-accepts-ours=" + str(Retell(api_key=key).verify(body, key, ours)))
        print("sdk-refuses-tampered=" + str(not Retell(api_key=key).verify(body + " ", key, ours)))
        """
        let result = try CommandRunner.run(python, ["-c", script, Data(Self.body).base64EncodedString(), Self.apiKey, ours])
        try #require(result.status == 0, "the retell-sdk script failed:\n\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        func value(_ name: String) -> String? {
            lines.last { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
        }
        let sdkHeader = try #require(value("sdk-header"), "no header in the SDK's output:\n\(result.output)")
        #expect(sdkHeader.hasPrefix("v="))
        try Self.signature.verify(body: Self.body, header: sdkHeader, now: Date())
        #expect(value("sdk-accepts-ours") == "True", "\(result.output)")
        #expect(value("sdk-refuses-tampered") == "True", "\(result.output)")
        // And what the SDK signed is bound to this body and key, here as there.
        #expect(throws: RetellSignature.Failure.mismatch) {
            try Self.signature.verify(body: Self.body + [0x20], header: sdkHeader, now: Date())
        }
        #expect(throws: RetellSignature.Failure.mismatch) {
            try RetellSignature(apiKey: "key_other").verify(body: Self.body, header: sdkHeader, now: Date())
        }
    }
}
