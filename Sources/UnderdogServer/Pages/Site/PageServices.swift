import Foundation
import Logging
import PostgresNIO
import UnderdogDomain
import UnderdogStore

/// What the pages read and do, shared with the API where both need it (the roleplay services): the pages'
/// queries run here, as the signed-in person, inside one transaction each, so RLS decides what they see.
struct PageServices: Sendable {
    let database: Database
    let personas: [Persona]
    let curriculum: [CurriculumModule]
    let rubric: Rubric
    let roleplay: RoleplayCalls
    let turns: RoleplayTurns
    let renderer: PageRenderer
    /// Score cards rendered once per version of their session (`ScoreCardModel.content`).
    let scoreCards = SlottedTextCache<ScoreCardModel.CacheKey>(slotNames: ["csrf"], limit: 512)
    /// Home pages rendered once per model (`HomeModel.content`); they hold no form, so no slot.
    let homes = SlottedTextCache<HomeModel>(slotNames: [], limit: 512)

    /// Runs `body` in one transaction as the request's signed-in person (the sign-in page without one).
    func asUser<Result: Sendable>(
        _ context: AppRequestContext, _ body: (SignedInUser, PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let user = try context.requirePageUser()
        do {
            let result = try await StoreError.classifying {
                try await database.transaction(as: context.identity, logger: context.logger) { connection in try await body(user, connection) }
            }
            context.liveness?.record()
            return result
        } catch StoreError.sessionEnded {
            // Asked and answered: the error page signs the browser out.
            context.liveness?.record()
            throw StoreError.sessionEnded
        }
    }

    func persona(_ id: String) -> Persona? { personas.first { $0.id == id } }
}

/// "3 days ago" for recent moments, the date for older ones; the exact time goes in a `title`.
enum RelativeTime {
    static func describe(_ date: Date, now: Date = Date()) -> String {
        let seconds = now.timeIntervalSince(date)
        switch seconds {
        case ..<60: return "just now"
        case ..<3600: return plural(Int(seconds / 60), "minute") + " ago"
        case ..<86_400: return plural(Int(seconds / 3600), "hour") + " ago"
        case ..<(86_400 * 14): return plural(Int(seconds / 86_400), "day") + " ago"
        default: return UTCDay(date).dayMonthYear
        }
    }

    /// "7 Dec 2026, 14:05 UTC".
    static func exact(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let minuteOfDay = ((seconds % 86_400 + 86_400) % 86_400) / 60
        let (hour, minute) = (minuteOfDay / 60, minuteOfDay % 60)
        return UTCDay(date).dayMonthYear + ", \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute) UTC"
    }

    static func plural(_ count: Int, _ unit: String) -> String { "\(count) \(unit)\(count == 1 ? "" : "s")" }
}
