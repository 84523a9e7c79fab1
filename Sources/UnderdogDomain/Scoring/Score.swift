/// The 1–10 scale every dimension and the overall score use.
public enum Score {
    public static let range = 1...10

    /// Keeps a raw score on the scale.
    static func clamp(_ value: Int) -> Int { Swift.min(range.upperBound, Swift.max(range.lowerBound, value)) }

    /// Rounds half away from zero (6.5 → 7), then keeps it on the scale.
    static func round(_ value: Double) -> Int {
        guard value.isFinite else { return range.lowerBound }
        return clamp(Int(value.rounded(.toNearestOrAwayFromZero)))
    }
}
