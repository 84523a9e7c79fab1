/// What the rep's home shows: how their scores moved, what to work on, their latest calls, and the way to
/// practise now.
///
/// Hashable because it is its own cache key: the rendered content is kept per model
/// (`HomeModel.content`), and two equal models render the same HTML.
struct HomeModel: Hashable, Sendable {
    struct ChartRow: Hashable, Sendable {
        let label: String
        let value: String
    }

    struct DimensionRow: Hashable, Sendable {
        let title: String
        let average: String
        let band: String
        let css: String
        let change: String?
    }

    struct Weakest: Hashable, Sendable {
        let dimension: String
        let module: String?
    }

    struct SessionRow: Hashable, Sendable {
        let href: String
        let persona: String
        let scenario: String
        let when: String
        let exactWhen: String
        let overall: String
        let band: String
        let css: String
    }

    let hasSessions: Bool
    let sessionCount: String
    let chartSVG: String
    let chartRows: [ChartRow]
    let overallLatest: String?
    let overallBand: String?
    let change: String?
    let dimensions: [DimensionRow]
    let weakest: Weakest?
    let recent: [SessionRow]
    let practiceHref = SiteURL.practice.path
    let historyHref = SiteURL.history().path
}
