import UnderdogDomain
import UnderdogStore

extension SessionTrends.Session {
    /// A stored session's scores as the trend counts them; a dimension name the rubric does not know is left out.
    init(_ record: ScoredSessionRecord) {
        self.init(at: record.createdAt, scores: Dictionary(uniqueKeysWithValues: record.scores.compactMap { name, score in
            ScoringDimension(rawValue: name).map { ($0, score) }
        }))
    }
}
