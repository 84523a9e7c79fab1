import Foundation

/// The scoring rubric: a content file (`content/rubric/rubric.json`) decoded from bytes the caller read.
///
/// Scorers take every weight, baseline, point value and threshold from here, so tuning the scoring is an edit to
/// the file, not to code.
public struct Rubric: Codable, Sendable, Hashable {
    public let version: String
    public let references: [Reference]
    public let opener: DimensionRubric<OpenerThresholds>
    public let pitch: DimensionRubric<PitchThresholds>
    public let discovery: DimensionRubric<DiscoveryThresholds>
    public let objectionHandling: DimensionRubric<ObjectionThresholds>
    public let closing: DimensionRubric<ClosingThresholds>
    public let communication: DimensionRubric<CommunicationThresholds>
    /// Keyed by `ScenarioType` raw value; read by key only.
    public let scenarios: [String: ScenarioProfile]

    /// Decodes and checks a rubric: every criterion a scorer uses exists, weights and scores are in range, and no
    /// key names an unknown dimension or scenario.
    public static func decode(_ data: Data) throws(RubricError) -> Rubric {
        let rubric: Rubric
        do {
            rubric = try JSONDecoder().decode(Rubric.self, from: data)
        } catch let error as DecodingError {
            throw .invalidJSON(Self.describe(error))
        } catch {
            throw .invalidJSON("\(error)")
        }
        try rubric.validate()
        return rubric
    }

    /// The weight of a dimension in a scenario: the scenario's override, or the dimension's own.
    public func weight(of dimension: ScoringDimension, in scenario: ScenarioType) -> Double {
        override(dimension, scenario)?.weight ?? common(dimension).weight
    }

    public func baseline(of dimension: ScoringDimension, in scenario: ScenarioType) -> Int {
        override(dimension, scenario)?.baseline ?? common(dimension).baseline
    }

    public func unjudgedScore(of dimension: ScoringDimension, in scenario: ScenarioType) -> Int {
        override(dimension, scenario)?.unjudgedScore ?? common(dimension).unjudgedScore
    }

    /// The criteria of a dimension, in rubric order.
    public func criteria(of dimension: ScoringDimension) -> [Criterion] { common(dimension).criteria }

    public func points(_ dimension: ScoringDimension, _ criterion: String) -> Int {
        criteria(of: dimension).first { $0.id == criterion }?.points ?? 0
    }

    private func override(_ dimension: ScoringDimension, _ scenario: ScenarioType) -> DimensionOverride? {
        scenarios[scenario.rawValue]?.override(for: dimension)
    }

    /// The parts every dimension's rubric shares, whatever its thresholds.
    private func common(_ dimension: ScoringDimension) -> Common {
        switch dimension {
        case .opener: Common(opener)
        case .pitch: Common(pitch)
        case .discovery: Common(discovery)
        case .objectionHandling: Common(objectionHandling)
        case .closing: Common(closing)
        case .communication: Common(communication)
        }
    }

    /// The parts of a dimension's rubric that do not depend on its thresholds.
    private struct Common {
        let weight: Double
        let baseline: Int
        let unjudgedScore: Int
        let criteria: [Criterion]

        init<T>(_ rubric: DimensionRubric<T>) {
            weight = rubric.weight
            baseline = rubric.baseline
            unjudgedScore = rubric.unjudgedScore
            criteria = rubric.criteria
        }
    }

    private func validate() throws(RubricError) {
        guard !version.isEmpty else { throw .invalidValue(path: "version", reason: "is empty") }
        for dimension in ScoringDimension.allCases {
            let part = common(dimension)
            let path = "dimensions.\(dimension.rawValue)"
            guard part.weight.isFinite, part.weight >= 0 else {
                throw .invalidValue(path: "\(path).weight", reason: "must be zero or more")
            }
            try checkScore(part.baseline, path: "\(path).baseline")
            try checkScore(part.unjudgedScore, path: "\(path).unjudged_score")
            for id in ScorerCriteria.ids(for: dimension) where !part.criteria.contains(where: { $0.id == id }) {
                throw .missingCriterion(dimension: dimension, id: id)
            }
        }
        guard ScoringDimension.allCases.contains(where: { common($0).weight > 0 }) else {
            throw .invalidValue(path: "dimensions", reason: "needs at least one positive weight")
        }
        for key in scenarios.keys.sorted() {
            guard ScenarioType(rawValue: key) != nil else { throw .unknownKey(path: "scenarios", key: key) }
            for dimensionKey in (scenarios[key]?.dimensions.keys.sorted() ?? []) {
                guard ScoringDimension(rawValue: dimensionKey) != nil else {
                    throw .unknownKey(path: "scenarios.\(key).dimensions", key: dimensionKey)
                }
                let path = "scenarios.\(key).dimensions.\(dimensionKey)"
                let override = scenarios[key]?.dimensions[dimensionKey]
                if let weight = override?.weight, !(weight.isFinite && weight >= 0) {
                    throw .invalidValue(path: "\(path).weight", reason: "must be zero or more")
                }
                if let baseline = override?.baseline { try checkScore(baseline, path: "\(path).baseline") }
                if let unjudged = override?.unjudgedScore { try checkScore(unjudged, path: "\(path).unjudged_score") }
            }
        }
        let bands: [(String, Band)] = [
            ("discovery.thresholds.questions_per_call", discovery.thresholds.questionsPerCall),
            ("communication.thresholds.talk_ratio_ideal", communication.thresholds.talkRatioIdeal),
            ("communication.thresholds.words_per_minute", communication.thresholds.wordsPerMinute),
        ]
        for (path, band) in bands where !(band.min.isFinite && band.max.isFinite && band.min <= band.max) {
            throw .invalidValue(path: path, reason: "must have min ≤ max")
        }
        guard communication.thresholds.wordsPerMinute.midpoint > 0 else {
            throw .invalidValue(path: "communication.thresholds.words_per_minute", reason: "must be positive")
        }
        guard discovery.thresholds.referenceCallMinutes > 0 else {
            throw .invalidValue(path: "discovery.thresholds.reference_call_minutes", reason: "must be positive")
        }
    }

    private func checkScore(_ value: Int, path: String) throws(RubricError) {
        guard Score.range.contains(value) else {
            throw .invalidValue(path: path, reason: "must be between \(Score.range.lowerBound) and \(Score.range.upperBound)")
        }
    }

    // The file nests the six dimensions under "dimensions".
    enum CodingKeys: String, CodingKey {
        case version, references, dimensions, scenarios
    }

    enum DimensionKeys: String, CodingKey {
        case opener, pitch, discovery, closing, communication
        case objectionHandling = "objection_handling"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        references = try container.decode([Reference].self, forKey: .references)
        scenarios = try container.decodeIfPresent([String: ScenarioProfile].self, forKey: .scenarios) ?? [:]
        let dimensions = try container.nestedContainer(keyedBy: DimensionKeys.self, forKey: .dimensions)
        opener = try dimensions.decode(DimensionRubric<OpenerThresholds>.self, forKey: .opener)
        pitch = try dimensions.decode(DimensionRubric<PitchThresholds>.self, forKey: .pitch)
        discovery = try dimensions.decode(DimensionRubric<DiscoveryThresholds>.self, forKey: .discovery)
        objectionHandling = try dimensions.decode(DimensionRubric<ObjectionThresholds>.self, forKey: .objectionHandling)
        closing = try dimensions.decode(DimensionRubric<ClosingThresholds>.self, forKey: .closing)
        communication = try dimensions.decode(DimensionRubric<CommunicationThresholds>.self, forKey: .communication)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(references, forKey: .references)
        try container.encode(scenarios, forKey: .scenarios)
        var dimensions = container.nestedContainer(keyedBy: DimensionKeys.self, forKey: .dimensions)
        try dimensions.encode(opener, forKey: .opener)
        try dimensions.encode(pitch, forKey: .pitch)
        try dimensions.encode(discovery, forKey: .discovery)
        try dimensions.encode(objectionHandling, forKey: .objectionHandling)
        try dimensions.encode(closing, forKey: .closing)
        try dimensions.encode(communication, forKey: .communication)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context): return "\(path(context.codingPath)) has the wrong type"
        case .valueNotFound(_, let context): return "\(path(context.codingPath)) is null"
        case .dataCorrupted(let context): return "\(path(context.codingPath)) \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
