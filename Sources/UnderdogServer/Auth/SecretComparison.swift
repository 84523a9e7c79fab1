import Crypto
import Foundation

/// Compares a presented secret with the expected one in constant time: both are hashed first, so how long the
/// comparison takes says nothing about how much of the secret was right.
enum SecretComparison {
    static func matches(_ presented: some StringProtocol, _ expected: String) -> Bool {
        SHA256.hash(data: Data(presented.utf8)) == SHA256.hash(data: Data(expected.utf8))
    }
}
