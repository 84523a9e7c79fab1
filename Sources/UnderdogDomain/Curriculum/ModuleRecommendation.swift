/// What a rep should study next: the first module not completed, and for each of the rep's weakest scoring
/// dimensions the module that teaches it first.
public enum ModuleRecommendation {
    public struct WeakDimension: Sendable, Equatable {
        public let dimension: ScoringDimension
        public let average: Double
        /// The module whose main dimension this is (the first such module, in order).
        public let moduleNumber: Int?
    }

    /// The first module in order that is not completed; nil when all are.
    public static func next(_ modules: [CurriculumModule], completed: Set<Int>) -> CurriculumModule? {
        modules.sorted { $0.moduleNumber < $1.moduleNumber }.first { !completed.contains($0.moduleNumber) }
    }

    /// The `count` lowest-averaging dimensions (ties in the rubric's order), each with the module that teaches it.
    public static func weakest(averages: [ScoringDimension: Double], modules: [CurriculumModule], count: Int = 2) -> [WeakDimension] {
        let order = ScoringDimension.allCases
        let ordered = modules.sorted { $0.moduleNumber < $1.moduleNumber }
        return averages.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : order.firstIndex(of: lhs.key)! < order.firstIndex(of: rhs.key)!
        }
        .prefix(count)
        .map { dimension, average in
            let teaching = ordered.first { $0.dimensions.first == dimension } ?? ordered.first { $0.dimensions.contains(dimension) }
            return WeakDimension(dimension: dimension, average: average, moduleNumber: teaching?.moduleNumber)
        }
    }
}
