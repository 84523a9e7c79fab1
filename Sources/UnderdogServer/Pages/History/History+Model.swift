import Foundation
import UnderdogDomain
import UnderdogStore

/// The rep's practice sessions, newest first, a page at a time, each linking to its score card.
struct HistoryModel: Sendable {
    /// One choice of a filter's select.
    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    let rows: [HomeModel.SessionRow]
    let scenarios: [Option]
    let personas: [Option]
    let filtered: Bool
    let action = SiteURL.history().path
    let hasRows: Bool
    let nextHref: String?
    let practiceHref = SiteURL.practice.path

    static let pageSize = 20

    /// One page after `cursor` (an opaque value from the previous page's link; a forged one starts over),
    /// of one scenario and one persona when the filters name them (unknown values are ignored).
    static func query(_ services: PageServices, context: AppRequestContext, cursor: String?, scenario: String?, persona: String?) async throws -> HistoryModel {
        let after = cursor.flatMap(Cursor.init(encoded:))
        let scenario = scenario.flatMap(ScenarioType.init(rawValue:))
        let persona = persona.flatMap(services.persona)
        let page = try await services.asUser(context) { user, connection in
            try await SessionQueries.list(after: after, limit: pageSize, userID: user.id, scenario: scenario?.rawValue, personaID: persona?.id,
                                          on: connection, logger: context.logger)
        }
        let now = Date()
        return HistoryModel(
            rows: page.items.map { HomeModel.SessionRow($0, services: services, now: now) },
            scenarios: [Option(value: "", label: "All call types", selected: scenario == nil)]
                + ScenarioType.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: $0 == scenario) },
            personas: [Option(value: "", label: "All buyers", selected: persona == nil)]
                + services.personas.sorted { $0.name < $1.name }.map { Option(value: $0.id, label: $0.name, selected: $0.id == persona?.id) },
            filtered: scenario != nil || persona != nil,
            hasRows: !page.items.isEmpty,
            nextHref: page.next.map { SiteURL.history(page: $0.encoded, scenario: scenario?.rawValue, persona: persona?.id).path })
    }
}
