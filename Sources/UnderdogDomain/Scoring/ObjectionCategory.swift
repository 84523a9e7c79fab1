/// The objection library's categories; detected objections are always one of these.
public enum ObjectionCategory: String, Codable, Sendable, Hashable, CaseIterable {
    case pricing
    case statusQuo = "status_quo"
    case brushOff = "brush_off"
    case timing
    case authority
}
