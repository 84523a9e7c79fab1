import Foundation
import UnderdogDomain
import UnderdogStore

/// The rep's practice sessions, newest first, a page at a time, each linking to its score card.
struct HistoryModel: Sendable {
    let rows: [HomeModel.SessionRow]
    let hasRows: Bool
    let nextHref: String?
    let practiceHref = SiteURL.practice.path

    static let pageSize = 20

    /// One page after `cursor` (an opaque value from the previous page's link; a forged one starts over).
    static func query(_ services: PageServices, context: AppRequestContext, cursor: String?) async throws -> HistoryModel {
        let after = cursor.flatMap(Cursor.init(encoded:))
        let page = try await services.asUser(context) { user, connection in
            try await SessionQueries.list(after: after, limit: pageSize, userID: user.id, on: connection, logger: context.logger)
        }
        let now = Date()
        return HistoryModel(
            rows: page.items.map { session in
                let overall = session.overallScore.map { Int($0.rounded()) }
                return HomeModel.SessionRow(
                    href: SiteURL.scoreCard(session.id).path,
                    persona: services.persona(session.personaID)?.name ?? session.personaID,
                    scenario: ScenarioType(rawValue: session.scenarioType)?.title ?? session.scenarioType,
                    when: RelativeTime.describe(session.createdAt, now: now), exactWhen: RelativeTime.exact(session.createdAt),
                    overall: overall.map(String.init) ?? "–", band: overall.map { ScoreBand($0).word } ?? "not scored",
                    css: overall.map { ScoreBand($0).css } ?? "")
            },
            hasRows: !page.items.isEmpty,
            nextHref: page.next.map { SiteURL.history(page: $0.encoded).path })
    }
}
