import Foundation
import Testing
import UnderdogDomain

@Suite("Score trends")
struct ScoreTrendTests {
    /// 2026-11-02 was a Monday.
    static let monday = ISO8601DateFormatter().date(from: "2026-11-02T00:00:00Z")!

    static func day(_ offset: Int, hour: Int = 0) -> Date {
        monday.addingTimeInterval(Double(offset) * 86_400 + Double(hour) * 3600)
    }

    @Test("the newest five are compared with the five before them; half a point either way is a direction")
    func direction() {
        let rising = ScoreTrend((0..<10).map { ScoreTrend.Point(at: Self.day($0), score: $0 < 5 ? 4 : 7) })
        #expect(rising.recentAverage == 7 && rising.earlierAverage == 4 && rising.change == 3 && rising.direction == .improving)
        #expect(rising.latest == 7 && rising.sessions == 10 && rising.average == 5.5)

        let falling = ScoreTrend([.init(at: Self.day(0), score: 8), .init(at: Self.day(1), score: 6)])
        #expect(falling.change == -2 && falling.direction == .declining, "two sessions: the newest against the one before")

        let flat = ScoreTrend((0..<6).map { ScoreTrend.Point(at: Self.day($0), score: $0.isMultiple(of: 2) ? 6 : 6.4) })
        #expect(flat.direction == .steady)

        let single = ScoreTrend([.init(at: Self.day(0), score: 5)])
        #expect(single.direction == .notEnoughData && single.change == nil && single.latest == 5)
        let none = ScoreTrend([])
        #expect(none.direction == .notEnoughData && none.average == nil && none.weekly.isEmpty)
    }

    @Test("weeks start on Monday in UTC, are in order, and hold their own sessions' mean")
    func weeks() {
        let trend = ScoreTrend([
            .init(at: Self.day(7, hour: 1), score: 8),   // Monday of the next week
            .init(at: Self.day(0), score: 4),
            .init(at: Self.day(6, hour: 23), score: 6),  // Sunday night: still the first week
            .init(at: Self.day(8), score: 9),
        ])
        #expect(trend.weekly.map(\.start) == ["2026-11-02", "2026-11-09"])
        #expect(trend.weekly.map(\.average) == [5, 8.5])
        #expect(trend.weekly.map(\.sessions) == [2, 2])
    }

    @Test("session trends: one per dimension, the overall from each session's mean, unscored sessions left out")
    func sessions() {
        func session(_ offset: Int, _ score: Int) -> SessionTrends.Session {
            SessionTrends.Session(at: Self.day(offset), scores: Dictionary(uniqueKeysWithValues: ScoringDimension.allCases.map {
                ($0, $0 == .discovery ? score + 2 : score)
            }))
        }
        let trends = SessionTrends([session(0, 3), session(1, 5), SessionTrends.Session(at: Self.day(2), scores: [:])])
        #expect(trends.sessions == 2)
        #expect(trends.dimensions.map(\.0) == ScoringDimension.allCases)
        let discovery = trends.dimensions.first { $0.0 == .discovery }!.1
        #expect(discovery.average == 6 && discovery.latest == 7 && discovery.direction == .improving)
        #expect(trends.overall.latest == 5 && trends.overall.change == 2)
    }
}
