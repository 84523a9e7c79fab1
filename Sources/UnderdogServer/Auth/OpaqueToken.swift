import Crypto
import Foundation

/// A random secret handed to a client once (refresh tokens, invite tokens); the database keeps only its
/// SHA-256, so a leaked table does not leak usable tokens.
struct OpaqueToken: Sendable, Equatable {
    let value: String

    static func generate() -> OpaqueToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return OpaqueToken(value: text)
    }

    var hash: String { Self.hash(value) }

    static func hash(_ value: String) -> String {
        SHA256.hash(data: Data(value.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
