import Foundation

/// A calendar day in UTC, found by arithmetic on days since 1970-01-01: what trends group by and pages
/// print. A `Calendar` week lookup or a fresh `DateFormatter` costs more than the rest of a page, and both
/// ran per session; the proleptic Gregorian calendar in UTC needs neither.
public struct UTCDay: Hashable, Comparable, Sendable {
    public let daysSinceEpoch: Int

    public init(_ date: Date) {
        daysSinceEpoch = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// From `yyyy-MM-dd`; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days from civil (H. Hinnant's algorithm): March-based years make the leap day the year's last.
    public init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSinceEpoch = era * 146_097 + dayOfEra - 719_468
    }

    /// The Monday that starts this day's ISO week (1970-01-01 was a Thursday).
    public var weekStart: UTCDay {
        UTCDay(daysSinceEpoch: daysSinceEpoch - ((daysSinceEpoch + 3) % 7 + 7) % 7)
    }

    public func adding(days: Int) -> UTCDay { UTCDay(daysSinceEpoch: daysSinceEpoch + days) }

    /// 00:00 UTC of the day.
    public var start: Date { Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400) }

    /// Civil from days, the inverse of `init(year:month:day:)`.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `yyyy-MM-dd`.
    public var iso: String {
        let (year, month, day) = civil
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// "7 Dec".
    public var dayAndMonth: String {
        let (_, month, day) = civil
        return "\(day) \(Self.monthNames[month - 1])"
    }

    /// "7 Dec 2026".
    public var dayMonthYear: String { dayAndMonth + " \(civil.year)" }

    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func < (left: UTCDay, right: UTCDay) -> Bool { left.daysSinceEpoch < right.daysSinceEpoch }
}
