import Crypto
import Foundation

/// Checks the `x-retell-signature` header that Retell puts on every webhook, so that only Retell, holding our
/// API key, can report a call.
///
/// The protocol, as Retell's SDKs implement it (`retell/lib/webhook_auth.py` in retell-sdk): the header is
/// `v=<unix time in milliseconds>,d=<lowercase hex>`, the digest is HMAC-SHA256 keyed with the account's API key
/// over the raw body immediately followed by the timestamp's decimal digits, and a timestamp more than five
/// minutes from the receiver's clock, either way, is refused so that a captured request cannot be replayed
/// later. The timestamp is inside the signed message, so it cannot be refreshed without the key.
public struct RetellSignature: Sendable {
    /// Why a request was refused; the handler answers 401 to all of them and logs which.
    public enum Failure: Error, Equatable, Sendable {
        /// No header, or an empty one.
        case missing
        /// Not exactly `v=<digits>,d=<64 lowercase hex digits>`.
        case malformed
        /// Signed more than `tolerance` before or after now.
        case stale
        /// Well formed and fresh, but not signed with our key over this body.
        case mismatch
    }

    private let key: [UInt8]
    private let tolerance: TimeInterval

    /// `tolerance` is how far the signing time may be from now, in either direction; Retell's own verifier
    /// allows five minutes.
    public init(apiKey: String, tolerance: TimeInterval = 300) {
        key = Array(apiKey.utf8)
        self.tolerance = tolerance
    }

    /// Accepts the request when `header` is a signature over exactly these body bytes, made with our key,
    /// within `tolerance` of `now`; otherwise throws why not.
    public func verify(body: [UInt8], header: String?, now: Date = Date()) throws(Failure) {
        guard let header, !header.isEmpty else { throw .missing }
        guard let (stamp, digest) = Self.parse(header) else { throw .malformed }
        guard isFresh(stamp, now: now) else { throw .stale }
        // HMAC with an empty key is a value anyone can compute: an unset API key must authenticate nothing.
        guard !key.isEmpty else { throw .mismatch }
        let expected = Array(HMAC<SHA256>.authenticationCode(for: Self.message(body: body, stamp: stamp),
                                                            using: SymmetricKey(data: key)))
        guard ConstantTime.isEqual(hex: digest.utf8, to: expected) else { throw .mismatch }
    }

    /// The header Retell would send for `body` at `date`: for tests and local tools that play Retell.
    public func sign(body: [UInt8], at date: Date) -> String {
        let stamp = Self.milliseconds(date) ?? 0
        let code = HMAC<SHA256>.authenticationCode(for: Self.message(body: body, stamp: stamp),
                                                   using: SymmetricKey(data: key))
        return "v=\(stamp),d=\(ConstantTime.encodeHex(code))"
    }

    /// The body bytes, then the timestamp as Retell's SDK renders it (its integer value in decimal, so a
    /// header's leading zeros do not change what was signed).
    private static func message(body: [UInt8], stamp: Int64) -> [UInt8] {
        body + Array(String(stamp).utf8)
    }

    /// Splits `v=<digits>,d=<digest>` strictly: two parts, in that order, no spaces, no repeated keys, a
    /// timestamp that fits in 64 bits and a digest of exactly SHA-256's 64 lowercase hex digits, as the SDK's
    /// verifier demands. Anything else is hostile or broken and is refused before any HMAC is computed.
    private static func parse(_ header: String) -> (stamp: Int64, digest: Substring)? {
        let parts = header.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
              parts[0].hasPrefix("v="), parts[1].hasPrefix("d=") else { return nil }
        let digits = parts[0].dropFirst(2)
        let digest = parts[1].dropFirst(2)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let stamp = Int64(digits) else { return nil }
        guard digest.utf8.count == 64, digest.utf8.allSatisfy(isLowercaseHex) else { return nil }
        return (stamp, digest)
    }

    private static func isLowercaseHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    /// Within `tolerance` of now, past or future. Computed in whole milliseconds like the SDK, with every step
    /// checked for overflow so that an absurd timestamp or clock is stale rather than a crash.
    private func isFresh(_ stamp: Int64, now: Date) -> Bool {
        guard let nowMilliseconds = Self.milliseconds(now) else { return false }
        let allowed = Int64(exactly: (max(tolerance, 0) * 1000).rounded(.down)) ?? Int64.max
        let (difference, overflow) = stamp.subtractingReportingOverflow(nowMilliseconds)
        return !overflow && difference.magnitude <= allowed.magnitude
    }

    /// Whole milliseconds since 1970 (rounded down, as the SDK's `int(time.time() * 1000)`), or nil for a date
    /// that no Int64 can hold.
    private static func milliseconds(_ date: Date) -> Int64? {
        Int64(exactly: (date.timeIntervalSince1970 * 1000).rounded(.down))
    }
}
