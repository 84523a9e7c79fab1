/// An inclusive range of good values, e.g. 130–175 words per minute.
public struct Band: Codable, Sendable, Hashable {
    public let min: Double
    public let max: Double

    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }

    public func contains(_ value: Double) -> Bool { value >= min && value <= max }
    public var midpoint: Double { (min + max) / 2 }
}
