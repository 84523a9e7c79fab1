/// What the rep's home shows: how their scores moved, what to work on, their latest calls, and the way to
/// practise now.
struct HomeModel: Sendable {
    struct ChartRow: Sendable {
        let label: String
        let value: String
    }

    struct DimensionRow: Sendable {
        let title: String
        let average: String
        let band: String
        let css: String
        let change: String?
    }

    struct Weakest: Sendable {
        let dimension: String
        let module: String?
    }

    struct SessionRow: Sendable {
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
