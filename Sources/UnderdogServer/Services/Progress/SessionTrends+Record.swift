import UnderdogDomain
import UnderdogStore

extension SessionTrends.Session {
    /// A stored session's scores as the trend counts them; a dimension name the rubric does not know is left out.
    init(_ record: ScoredSessionRecord) {
        var scores: [ScoringDimension: Int] = [:]
        for (dimension, score) in zip(Self.columnDimensions, record.scoreColumns) {
            if let dimension, let score { scores[dimension] = score }
        }
        self.init(at: record.createdAt, scores: scores)
    }

    /// The dimension of each of the record's score columns, looked up once.
    private static let columnDimensions = ScoredSessionsStatement.dimensions.map(ScoringDimension.init(rawValue:))
}
