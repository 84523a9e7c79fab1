/// Why rubric bytes were refused; a bad rubric must fail loudly at start-up, not score calls wrongly.
public enum RubricError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidJSON(String)
    case missingCriterion(dimension: ScoringDimension, id: String)
    case invalidValue(path: String, reason: String)
    case unknownKey(path: String, key: String)

    public var code: String {
        switch self {
        case .invalidJSON: "rubric_invalid_json"
        case .missingCriterion: "rubric_missing_criterion"
        case .invalidValue: "rubric_invalid_value"
        case .unknownKey: "rubric_unknown_key"
        }
    }

    public var description: String {
        switch self {
        case .invalidJSON(let reason): "The rubric is not valid: \(reason)"
        case .missingCriterion(let dimension, let id): "The rubric's \(dimension.rawValue) has no criterion \"\(id)\"."
        case .invalidValue(let path, let reason): "The rubric's \(path) \(reason)."
        case .unknownKey(let path, let key): "The rubric's \(path) has an unknown key \"\(key)\"."
        }
    }
}
