/// One thing a scorer looks for, and the points it earns (positive) or costs (negative).
public struct Criterion: Codable, Sendable, Hashable {
    public let id: String
    public let description: String
    public let points: Int

    public init(id: String, description: String, points: Int) {
        self.id = id
        self.description = description
        self.points = points
    }
}
