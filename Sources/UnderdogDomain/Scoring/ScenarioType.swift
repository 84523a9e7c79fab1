/// The kind of call being practised or reviewed; the rubric may weigh dimensions differently for each.
public enum ScenarioType: String, Codable, Sendable, Hashable, CaseIterable {
    case coldCall = "cold_call"
    case objection
    case closing
    case gatekeeper
}
