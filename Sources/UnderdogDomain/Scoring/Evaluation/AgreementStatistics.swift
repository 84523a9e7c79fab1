import Foundation

/// How closely one list of 1–10 scores agrees with another: the figures the scoring evaluation reports.
public enum AgreementStatistics {
    /// Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average rank.
    /// Nil when either side has no spread (every score equal) or fewer than two pairs.
    public static func spearman(_ left: [Double], _ right: [Double]) -> Double? {
        guard left.count == right.count, left.count >= 2 else { return nil }
        return pearson(ranks(left), ranks(right))
    }

    public static func pearson(_ left: [Double], _ right: [Double]) -> Double? {
        let count = Double(left.count)
        let meanLeft = left.reduce(0, +) / count
        let meanRight = right.reduce(0, +) / count
        var covariance = 0.0
        var varianceLeft = 0.0
        var varianceRight = 0.0
        for (l, r) in zip(left, right) {
            covariance += (l - meanLeft) * (r - meanRight)
            varianceLeft += (l - meanLeft) * (l - meanLeft)
            varianceRight += (r - meanRight) * (r - meanRight)
        }
        guard varianceLeft > 0, varianceRight > 0 else { return nil }
        return covariance / (varianceLeft * varianceRight).squareRoot()
    }

    /// 1-based ranks, tied values sharing the mean of the ranks they span.
    public static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let shared = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = shared }
            start = end + 1
        }
        return ranks
    }

    /// Cohen's kappa with quadratic weights over the categories `scale` (1–10 by default): 1 is perfect
    /// agreement, 0 what chance gives, and a miss by four costs sixteen times a miss by one. Nil when the
    /// expected disagreement is zero (both sides always gave one and the same score).
    public static func quadraticWeightedKappa(_ left: [Int], _ right: [Int], scale: ClosedRange<Int> = 1...10) -> Double? {
        guard left.count == right.count, !left.isEmpty else { return nil }
        let size = scale.count
        let index = { (score: Int) in min(max(score, scale.lowerBound), scale.upperBound) - scale.lowerBound }
        var observed = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        var leftTotals = [Double](repeating: 0, count: size)
        var rightTotals = [Double](repeating: 0, count: size)
        for (l, r) in zip(left, right) {
            observed[index(l)][index(r)] += 1
            leftTotals[index(l)] += 1
            rightTotals[index(r)] += 1
        }
        let count = Double(left.count)
        var disagreement = 0.0
        var expected = 0.0
        for i in 0..<size {
            for j in 0..<size {
                let weight = Double((i - j) * (i - j)) / Double((size - 1) * (size - 1))
                disagreement += weight * observed[i][j]
                expected += weight * leftTotals[i] * rightTotals[j] / count
            }
        }
        guard expected > 0 else { return nil }
        return 1 - disagreement / expected
    }

    public static func meanAbsoluteError(_ left: [Int], _ right: [Int]) -> Double? {
        guard left.count == right.count, !left.isEmpty else { return nil }
        return Double(zip(left, right).reduce(0) { $0 + abs($1.0 - $1.1) }) / Double(left.count)
    }
}
