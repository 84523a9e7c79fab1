/// A persona file that does not say what it must; `field` is the JSON path, so an author can find it.
public struct PersonaError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let field: String
    public let problem: String

    public init(file: String, field: String, problem: String) {
        self.file = file
        self.field = field
        self.problem = problem
    }

    public var description: String { "\(file): \(field): \(problem)" }
}
