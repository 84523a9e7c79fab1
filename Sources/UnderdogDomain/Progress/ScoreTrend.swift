import Foundation

/// How one score (a dimension, or the overall mean) moved over a rep's or a team's recent sessions.
public struct ScoreTrend: Sendable, Equatable {
    public enum Direction: String, Sendable {
        case improving, declining, steady
        case notEnoughData = "not_enough_data"
    }

    /// The mean of one calendar week (weeks start on Monday, UTC).
    public struct Week: Sendable, Equatable {
        /// `yyyy-MM-dd` of the Monday.
        public let start: String
        public let average: Double
        public let sessions: Int
    }

    public let sessions: Int
    /// The mean over the window, to two decimals.
    public let average: Double?
    /// The newest session's score (for the overall trend, its rounded mean).
    public let latest: Int?
    public let recentAverage: Double?
    public let earlierAverage: Double?
    public let change: Double?
    public let direction: Direction
    public let weekly: [Week]

    /// Sessions compared on each side: the newest ones against as many before them, at most this many.
    public static let comparisonSize = 5
    /// A change of half a point either way is a direction; less is noise on a 1–10 scale.
    public static let meaningfulChange = 0.5

    /// One session's score at a moment.
    public struct Point: Sendable {
        public let at: Date
        public let score: Double

        public init(at: Date, score: Double) {
            self.at = at
            self.score = score
        }
    }

    public init(_ points: [Point]) {
        let newestFirst = points.sorted { $0.at > $1.at }
        sessions = newestFirst.count
        average = Self.mean(newestFirst.map(\.score)).map(Self.rounded)
        latest = newestFirst.first.map { Int($0.score.rounded()) }
        let side = min(Self.comparisonSize, newestFirst.count / 2)
        if side > 0 {
            let recent = Self.mean(newestFirst.prefix(side).map(\.score))!
            let earlier = Self.mean(newestFirst.dropFirst(side).prefix(side).map(\.score))!
            recentAverage = Self.rounded(recent)
            earlierAverage = Self.rounded(earlier)
            change = Self.rounded(recent - earlier)
            direction = recent - earlier >= Self.meaningfulChange ? .improving
                : recent - earlier <= -Self.meaningfulChange ? .declining : .steady
        } else {
            recentAverage = nil
            earlierAverage = nil
            change = nil
            direction = .notEnoughData
        }
        weekly = Self.weeks(newestFirst)
    }

    /// Monday 00:00 UTC of the first of the last `weeks` weeks, the week of `now` included.
    public static func start(ofWeeks weeks: Int, now: Date = Date()) -> Date {
        UTCDay(now).weekStart.adding(days: -7 * (weeks - 1)).start
    }

    /// ISO weeks in UTC: Monday 00:00 starts a week, wherever the server runs.
    static func weeks(_ points: [Point]) -> [Week] {
        let byWeek = Dictionary(grouping: points) { UTCDay($0.at).weekStart }
        return byWeek.keys.sorted().map { start in
            let scores = byWeek[start]!.map(\.score)
            return Week(start: start.iso, average: rounded(mean(scores)!), sessions: scores.count)
        }
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Two decimals: enough for a chart, and stable in JSON.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

/// The trends of a set of scored sessions: one per dimension and one of the overall mean.
public struct SessionTrends: Sendable {
    public let sessions: Int
    public let overall: ScoreTrend
    public let dimensions: [(ScoringDimension, ScoreTrend)]

    /// A session's scores by dimension, at the time it was held.
    public struct Session: Sendable {
        public let at: Date
        public let scores: [ScoringDimension: Int]

        public init(at: Date, scores: [ScoringDimension: Int]) {
            self.at = at
            self.scores = scores
        }
    }

    public init(_ sessions: [Session]) {
        let scored = sessions.filter { !$0.scores.isEmpty }
        self.sessions = scored.count
        overall = ScoreTrend(scored.map { session in
            ScoreTrend.Point(at: session.at, score: Double(session.scores.values.reduce(0, +)) / Double(session.scores.count))
        })
        dimensions = ScoringDimension.allCases.map { dimension in
            (dimension, ScoreTrend(scored.compactMap { session in
                session.scores[dimension].map { ScoreTrend.Point(at: session.at, score: Double($0)) }
            }))
        }
    }
}
