import Foundation
import UnderdogDomain
import UnderdogStore

extension HomeModel {
    /// The home page's HTML (without the layout). The model is read and computed every time, as the rep, so
    /// it is always current; its rendering is kept per model (`SlottedTextCache`), because filling the
    /// template was the largest part of the page's own CPU in `scripts/bench pages`' profile and a rep's
    /// home changes only when a call is scored or the "2 hours ago" of a recent call moves on.
    static func content(_ services: PageServices, context: AppRequestContext) async throws -> String {
        let model = try await query(services, context: context)
        return services.homes.text(for: model) { _ in services.renderer.content("home", model: model) }.filled([])
    }

    /// The rep's own scored sessions of the last twelve weeks and their five newest, in one transaction.
    static func query(_ services: PageServices, context: AppRequestContext) async throws -> HomeModel {
        let (scored, newest) = try await services.asUser(context) { user, connection in
            (try await ScoreHistoryQueries.scoredSessions(since: ScoreTrend.start(ofWeeks: 12), userID: user.id, on: connection, logger: context.logger),
             try await SessionQueries.list(after: nil, limit: 5, userID: user.id, on: connection, logger: context.logger).items)
        }
        let trends = SessionTrends(scored.map(SessionTrends.Session.init))
        return HomeModel(trends: trends, newest: newest, services: services)
    }

    init(trends: SessionTrends, newest: [SessionRecord], services: PageServices, now: Date = Date()) {
        let weekly = trends.overall.weekly
        let points = weekly.map { LineChart.Point(label: Self.weekLabel($0.start), value: $0.average) }
        let averages = trends.dimensions.compactMap { dimension, trend in trend.average.map { (dimension, $0, trend) } }
        let weakest = averages.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.rawValue < $1.0.rawValue) }
        self.init(
            hasSessions: trends.sessions > 0,
            sessionCount: RelativeTime.plural(trends.sessions, "scored session"),
            chartSVG: LineChart(title: "Overall score by week", points: points).svg,
            chartRows: points.map { ChartRow(label: $0.label, value: LineChart.format($0.value)) },
            overallLatest: trends.overall.latest.map(String.init),
            overallBand: trends.overall.latest.map { ScoreBand($0).word },
            change: trends.overall.change.map(Self.changeText),
            dimensions: averages.map { dimension, average, trend in
                DimensionRow(title: dimension.title, average: LineChart.format((average * 10).rounded() / 10), band: ScoreBand(average).word,
                             css: ScoreBand(average).css, change: trend.change.map(Self.changeText))
            },
            weakest: weakest.map { dimension, _, _ in
                Weakest(dimension: dimension.title,
                        module: Self.module(teaching: dimension, in: services.curriculum).map { "Module \($0.moduleNumber): \($0.title)" })
            },
            recent: newest.map { SessionRow($0, services: services, now: now) })
    }

    /// The module most focused on `dimension`: of those that teach it, the one that teaches the fewest
    /// other things, the earliest on a tie.
    static func module(teaching dimension: ScoringDimension, in curriculum: [CurriculumModule]) -> CurriculumModule? {
        curriculum.filter { $0.dimensions.contains(dimension) }.min { ($0.dimensions.count, $0.moduleNumber) < ($1.dimensions.count, $1.moduleNumber) }
    }

    /// "up 1.2 on the five before", "down 0.4 …", "level with …".
    static func changeText(_ change: Double) -> String {
        let size = LineChart.format((abs(change) * 10).rounded() / 10)
        if abs(change) < 0.05 { return "level with the five sessions before" }
        return (change > 0 ? "up \(size)" : "down \(size)") + " on the five sessions before"
    }

    /// "12 Nov" from a week's start date (yyyy-MM-dd).
    static func weekLabel(_ start: String) -> String {
        UTCDay(iso: start)?.dayAndMonth ?? start
    }
}

extension HomeModel.SessionRow {
    /// A session as a row of the home page's recent list and of the history table alike.
    init(_ session: SessionRecord, services: PageServices, now: Date) {
        let overall = session.overallScore.map { Int($0.rounded()) }
        self.init(
            href: SiteURL.scoreCard(session.id).path,
            persona: services.persona(session.personaID)?.name ?? session.personaID,
            scenario: ScenarioType(rawValue: session.scenarioType)?.title ?? session.scenarioType,
            when: RelativeTime.describe(session.createdAt, now: now), exactWhen: RelativeTime.exact(session.createdAt),
            overall: overall.map(String.init) ?? "–", band: overall.map { ScoreBand($0).word } ?? "not scored",
            css: overall.map { ScoreBand($0).css } ?? "")
    }
}
