/// Reciprocal rank fusion: each list votes 1 / (k + rank) for its items, and the sums decide.
///
/// It needs no calibration between the lists' scores, which here are a cosine similarity and a full-text rank
/// on unrelated scales, and an item both lists agree on rises above one that only one list likes. k = 60 is
/// the value the method was published with; smaller k lets the top of each list count for more.
public enum RankFusion {
    public static func fuse<ID: Hashable>(_ lists: [[ID]], k: Double = 60) -> [(id: ID, score: Double)] {
        var scores: [ID: Double] = [:]
        var firstSeen: [ID: Int] = [:]
        var order = 0
        for list in lists {
            for (rank, id) in list.enumerated() {
                scores[id, default: 0] += 1 / (k + Double(rank + 1))
                if firstSeen[id] == nil {
                    firstSeen[id] = order
                    order += 1
                }
            }
        }
        // Ties keep the order items were first seen in, so the result is deterministic.
        return scores.map { (id: $0.key, score: $0.value) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : firstSeen[$0.id]! < firstSeen[$1.id]! }
    }
}
