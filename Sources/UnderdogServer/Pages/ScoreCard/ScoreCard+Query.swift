import Foundation
import UnderdogDomain
import UnderdogStore

extension ScoreCardModel {
    /// The session as the signed-in person may see it (their own, or their org's for an admin); another
    /// org's session is the same 404 as none.
    /// The score card's HTML (without the layout). The session is read as the viewer every time, so RLS decides
    /// who sees it and a deleted session is gone at once; the rendering of a version of it is kept
    /// (`SlottedTextCache`), because a finished call's card never changes.
    static func content(_ id: UUID, services: PageServices, context: AppRequestContext) async throws -> String {
        let record = try await services.asUser(context) { _, connection in
            try await SessionQueries.find(id, on: connection, logger: context.logger)
        }
        guard let record else { throw AppError.notFound() }
        let version = "\(Self.hash(record.transcriptJSON))|" + record.scores.map { "\($0.dimension)=\($0.score)" }.joined(separator: ",")
        let content = services.scoreCards.text(for: CacheKey(id: record.id, version: version)) { slots in
            let stored = record.transcriptJSON.flatMap { try? JSONDecoder().decode(StoredRoleplay.self, from: Data($0.utf8)) }
            let model = ScoreCardModel(record: record, stored: stored, persona: services.persona(record.personaID), rubric: services.rubric,
                                       csrf: slots[0])
            return services.renderer.content("scorecard", model: model)
        }
        return content.filled([context.csrfToken ?? ""])
    }

    /// One version of one session's card: what is the same for every viewer. Its one slot is the CSRF token.
    struct CacheKey: Hashable, Sendable {
        let id: UUID
        /// Anything that would change the content: the stored transcript's hash and the scores.
        let version: String
    }

    /// The stored transcript's hash, over its UTF-8 bytes: `String.hashValue` normalises the text (NFC) first,
    /// which on a long call's transcript cost as much as the rest of a cached card's view.
    static func hash(_ json: String?) -> Int {
        guard var json else { return 0 }
        var hasher = Hasher()
        json.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    init(record: SessionRecord, stored: StoredRoleplay?, persona: Persona?, rubric: Rubric, csrf: String, now: Date = Date()) {
        let buyer = persona?.firstName ?? "Buyer"
        let analysis = stored?.analysis
        let dimensions: [Dimension] = ScoringDimension.allCases.compactMap { dimension in
            if let result = analysis?.dimensions.first(where: { $0.dimension == dimension }) {
                let band = ScoreBand(result.score)
                return Dimension(
                    title: dimension.title, score: result.score, band: band.word, css: band.css, feedback: result.feedback, judged: result.judged,
                    chips: result.evidence.map { evidence in
                        Chip(label: "\(evidence.effect) \(evidence.reason)", turnAnchor: "turn-\(evidence.turn)", turnNumber: evidence.turn + 1,
                             positive: evidence.effect.points > 0 || evidence.effect == .earned)
                    })
            }
            guard let score = record.scores.first(where: { $0.dimension == dimension.rawValue }) else { return nil }
            let band = ScoreBand(score.score)
            return Dimension(title: dimension.title, score: score.score, band: band.word, css: band.css, feedback: score.feedback ?? "",
                             judged: true, chips: [])
        }
        let overall = analysis?.overallScore ?? Int((record.overallScore ?? 0).rounded())
        let all = analysis?.dimensions.flatMap { result in result.evidence.map { (result.dimension, $0) } } ?? []
        let keep = all.filter { $0.1.effect.points > 0 || $0.1.effect == .earned }.sorted { $0.1.effect.points > $1.1.effect.points }
        let stop = all.filter { $0.1.effect.points < 0 || $0.1.effect == .cost }.sorted { $0.1.effect.points < $1.1.effect.points }
        // What the weakest judged parts of the call could have earned and did not.
        let weakest = (analysis?.dimensions ?? []).filter(\.judged).sorted { ($0.score, $0.dimension.rawValue) < ($1.score, $1.dimension.rawValue) }.prefix(2)
        let start = weakest.flatMap { result in
            rubric.criteria(of: result.dimension).filter { criterion in
                criterion.points > 0 && !result.evidence.contains { $0.criterion == criterion.id }
            }.prefix(2).map { "\(result.dimension.title): \($0.description)" }
        }
        self.init(
            persona: persona?.name ?? record.personaID,
            scenario: ScenarioType(rawValue: record.scenarioType)?.title ?? record.scenarioType,
            when: RelativeTime.exact(record.createdAt),
            duration: record.durationSeconds.map { $0 >= 60 ? "\($0 / 60) min \($0 % 60) s" : "\($0) s" },
            outcome: stored.flatMap { PersonaReply.Outcome.sentence($0.outcome, buyer: buyer, ended: true) },
            overall: overall, overallBand: ScoreBand(overall).word, overallCss: ScoreBand(overall).css,
            dimensions: dimensions,
            lines: (stored?.turns ?? []).map { turn in
                Line(anchor: "turn-\(turn.index)", number: turn.index + 1, rep: turn.speaker == .rep,
                     speaker: turn.speaker == .rep ? "You" : buyer, text: turn.text)
            },
            keepDoing: Self.distinct(keep.map(\.1.reason)).prefix(3).map { $0 },
            startDoing: Self.distinct(start).prefix(3).map { $0 },
            stopDoing: Self.distinct(stop.map(\.1.reason)).prefix(3).map { $0 },
            hasEvidence: analysis != nil,
            againPersona: record.personaID, againScenario: record.scenarioType, csrf: csrf)
    }

    static func distinct(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
