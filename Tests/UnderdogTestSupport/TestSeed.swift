import Foundation
import UnderdogDomain

/// The seed of a test's random choices: `UNDERDOG_TEST_SEED` when set (to replay a failure), else a fresh
/// one. Tests put it in their failure messages, so any failing run can be replayed exactly.
public struct TestSeed: Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        value = environment["UNDERDOG_TEST_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64(UInt32.max))
    }

    public func generator() -> SplitMix64 { SplitMix64(seed: value) }

    public var description: String { "seed \(value) (replay with UNDERDOG_TEST_SEED=\(value))" }
}
