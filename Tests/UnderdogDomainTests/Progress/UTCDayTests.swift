import Foundation
import Testing
import UnderdogDomain

@Suite("UTC days by arithmetic")
struct UTCDayTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    @Test("civil dates, ISO text and Monday week starts agree with Foundation's ISO calendar from 1899 to 2101")
    func agreesWithCalendar() throws {
        let format = DateFormatter()
        format.calendar = Self.calendar
        format.timeZone = Self.calendar.timeZone
        format.locale = Locale(identifier: "en_US_POSIX")
        format.dateFormat = "yyyy-MM-dd"
        // Every 7th day plus a few hours, so each weekday and both sides of every leap day come up.
        for days in stride(from: -25_570, through: 47_500, by: 7) {
            for offset in [0, 1, 2, 3, 4, 5, 6] {
                let date = Date(timeIntervalSince1970: Double(days + offset) * 86_400 + 3_600 * Double(offset))
                let day = UTCDay(date)
                #expect(day.iso == format.string(from: date))
                #expect(UTCDay(iso: day.iso) == day)
                let monday = try #require(Self.calendar.dateInterval(of: .weekOfYear, for: date)).start
                #expect(day.weekStart.start == monday)
            }
        }
    }

    @Test("a moment before the epoch belongs to the day it falls in, and text that is not a date is refused")
    func edges() {
        #expect(UTCDay(Date(timeIntervalSince1970: -1)).iso == "1969-12-31")
        #expect(UTCDay(Date(timeIntervalSince1970: 0)).iso == "1970-01-01")
        #expect(UTCDay(iso: "2026-12-07")?.dayMonthYear == "7 Dec 2026")
        #expect(UTCDay(iso: "2026-13-01") == nil)
        #expect(UTCDay(iso: "yesterday") == nil)
        #expect(UTCDay(iso: "2026-12") == nil)
    }
}
