import Foundation
import UnderdogAPI
import UnderdogDomain
import UnderdogStore

/// Score history: how each dimension moved, for a rep, one member, or an admin's whole organisation, and the
/// team at a glance for admins. RLS decides which sessions count; the handlers only shape them.
extension APIHandlers {
    func getSessionTrends(_ input: Operations.GetSessionTrends.Input) async throws -> Operations.GetSessionTrends.Output {
        let weeks = try Self.weeks(input.query.weeks)
        var member: UUID?
        if let text = input.query.userId {
            guard let id = UUID(uuidString: text) else { throw AppError.badRequest("user_id must be a UUID.", code: "invalid_user_id") }
            member = id
        }
        let (sessions, admin) = try await asUser { _, connection in
            (try await ScoreHistoryQueries.scoredSessions(since: ScoreTrend.start(ofWeeks: weeks), userID: member, on: connection, logger: logger),
             try await AuditQueries.callerIsAdmin(on: connection, logger: logger))
        }
        let scope: Components.Schemas.SessionTrends.ScopePayload = member != nil ? .member : admin ? .organization : .own
        let trends = SessionTrends(sessions.map(SessionTrends.Session.init))
        return .ok(.init(body: .json(.init(
            scope: scope, weeks: weeks, sessionCount: trends.sessions, overall: .init(trends.overall),
            dimensions: trends.dimensions.map { dimension, trend in
                .init(value1: .init(dimension: Components.Schemas.Dimension(rawValue: dimension.rawValue)!), value2: .init(trend))
            }))))
    }

    func getTeamSummary(_ input: Operations.GetTeamSummary.Input) async throws -> Operations.GetTeamSummary.Output {
        let weeks = try Self.weeks(input.query.weeks)
        let (members, sessions) = try await asUser { _, connection in
            guard try await AuditQueries.callerIsAdmin(on: connection, logger: logger) else {
                throw AppError.forbidden("Only an organisation's admins see the team's scores.")
            }
            return (try await MemberQueries.list(after: nil, limit: 1000, on: connection, logger: logger).items,
                    try await ScoreHistoryQueries.scoredSessions(since: ScoreTrend.start(ofWeeks: weeks), userID: nil, on: connection, logger: logger))
        }
        let byMember = Dictionary(grouping: sessions, by: \.userID)
        let rows = members.filter { !$0.removed }.map { member in
            let own = byMember[member.id] ?? []
            let trends = SessionTrends(own.map(SessionTrends.Session.init))
            let averages = Dictionary(uniqueKeysWithValues: trends.dimensions.compactMap { dimension, trend in
                trend.average.map { (dimension.rawValue, $0) }
            })
            let weakest = averages.min { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
            return Components.Schemas.TeamMemberSummary(
                userId: member.id.uuidString.lowercased(), name: member.name, email: member.email, role: member.role,
                sessionCount: trends.sessions, lastSessionAt: own.map(\.createdAt).max(),
                overallAverage: trends.overall.average, change: trends.overall.change,
                weakestDimension: weakest,
                dimensionAverages: .init(additionalProperties: averages))
        }.sorted { ($0.sessionCount, $0.email) > ($1.sessionCount, $1.email) }
        return .ok(.init(body: .json(.init(weeks: weeks, members: rows))))
    }

    static func weeks(_ value: Int?) throws -> Int {
        let weeks = value ?? 12
        guard (1...52).contains(weeks) else { throw AppError.badRequest("weeks must be between 1 and 52.", code: "invalid_weeks") }
        return weeks
    }
}

extension Components.Schemas.Trend {
    init(_ trend: ScoreTrend) {
        self.init(
            sessions: trend.sessions, average: trend.average, latest: trend.latest,
            recentAverage: trend.recentAverage, earlierAverage: trend.earlierAverage, change: trend.change,
            direction: .init(rawValue: trend.direction.rawValue)!,
            weekly: trend.weekly.map { .init(weekStart: $0.start, average: $0.average, sessions: $0.sessions) })
    }
}
