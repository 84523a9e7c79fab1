import Foundation
import OpenAPIRuntime

/// Dates on the wire as ISO 8601 in UTC to the second (`2026-11-25T12:52:39Z`), as the runtime's default
/// writes them, but formatted by hand: the default formatter sits behind one lock shared by every request,
/// and a page of sessions formats dozens of dates. Reading dates is left to the default.
struct WireDateTranscoder: DateTranscoder {
    private let reader = ISO8601DateTranscoder()

    func encode(_ date: Date) throws -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return try reader.encode(date) }
        var text = ""
        text.reserveCapacity(20)
        Self.append(Int(parts.tm_year) + 1900, width: 4, to: &text)
        text.append("-")
        Self.append(Int(parts.tm_mon) + 1, width: 2, to: &text)
        text.append("-")
        Self.append(Int(parts.tm_mday), width: 2, to: &text)
        text.append("T")
        Self.append(Int(parts.tm_hour), width: 2, to: &text)
        text.append(":")
        Self.append(Int(parts.tm_min), width: 2, to: &text)
        text.append(":")
        Self.append(Int(parts.tm_sec), width: 2, to: &text)
        text.append("Z")
        return text
    }

    func decode(_ string: String) throws -> Date {
        try reader.decode(string)
    }

    private static func append(_ value: Int, width: Int, to text: inout String) {
        let digits = String(value)
        if digits.count < width { text.append(String(repeating: "0", count: width - digits.count)) }
        text.append(digits)
    }
}
