import Foundation
import UnderdogDomain

/// What the LLM judge answered, once checked: six dimensions, each with a score in 1–10, feedback, and
/// evidence that points at turns that exist.
struct JudgeVerdict: Equatable {
    struct Dimension: Equatable {
        var dimension: ScoringDimension
        var score: Int
        var feedback: String
        var evidence: [Evidence]
    }

    var dimensions: [Dimension]
    /// Things the validator had to mend (clamped scores, dropped evidence); recorded in the analysis.
    var corrections: [String]
}

/// Why an answer could not be used at all.
struct JudgeVerdictError: Error, Equatable {
    let reason: String
}

/// Checks the judge's JSON against the schema it was asked for. Scores outside 1–10 are clamped and evidence
/// about turns that do not exist is dropped (both noted); anything else off-schema rejects the whole answer.
enum JudgeVerdictValidator {
    static let maxFeedbackCharacters = 1200
    static let maxEvidencePerDimension = 8

    static func validate(_ content: String, turnCount: Int) throws(JudgeVerdictError) -> JudgeVerdict {
        // Decoded as JSONValue, not JSONSerialization: on Linux the latter turns 0 and 1 into values that also
        // pass for booleans, and a score of `true` must not pass for 1.
        guard let root = try? JSONDecoder().decode(JSONValue.self, from: Data(content.utf8)), case .object(let fields) = root else {
            throw JudgeVerdictError(reason: "the answer is not a JSON object")
        }
        guard case .array(let items)? = fields["dimensions"] else {
            throw JudgeVerdictError(reason: "the answer has no `dimensions` array of objects")
        }
        var corrections: [String] = []
        var byDimension: [ScoringDimension: JudgeVerdict.Dimension] = [:]
        for item in items {
            guard case .object(let item) = item else { throw JudgeVerdictError(reason: "the answer has no `dimensions` array of objects") }
            guard case .string(let name)? = item["dimension"], let dimension = ScoringDimension(rawValue: name) else {
                throw JudgeVerdictError(reason: "a dimension is missing its name or names an unknown one")
            }
            guard byDimension[dimension] == nil else { throw JudgeVerdictError(reason: "\(name) appears twice") }
            guard case .number(let number)? = item["score"], number.isFinite else {
                throw JudgeVerdictError(reason: "\(name) has no numeric score")
            }
            let score = Int(min(max(number.rounded(), 1), 10))
            if Double(score) != number { corrections.append("\(name) score \(number.formatted()) clamped to \(score)") }
            guard case .string(let rawFeedback)? = item["feedback"],
                  case let feedback = rawFeedback.trimmingCharacters(in: .whitespacesAndNewlines), !feedback.isEmpty
            else { throw JudgeVerdictError(reason: "\(name) has no feedback") }
            guard case .array(let evidenceItems)? = item["evidence"] else {
                throw JudgeVerdictError(reason: "\(name) has no evidence array")
            }
            var evidence: [Evidence] = []
            for entry in evidenceItems.prefix(maxEvidencePerDimension) {
                guard case .object(let entry) = entry, case .number(let turnNumber)? = entry["turn"],
                      turnNumber.isFinite, turnNumber == turnNumber.rounded(), abs(turnNumber) < 1e9,
                      case .string(let rawReason)? = entry["reason"],
                      case let reason = rawReason.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty
                else { throw JudgeVerdictError(reason: "\(name) has evidence without a turn number and a reason") }
                let turn = Int(turnNumber)
                guard (0..<turnCount).contains(turn) else {
                    corrections.append("\(name) evidence about turn \(turn) dropped: the call has turns 0–\(turnCount - 1)")
                    continue
                }
                var helped = true
                if case .bool(let value)? = entry["helped"] { helped = value }
                evidence.append(Evidence(turn: turn, criterion: "judge", effect: helped ? .earned : .cost, reason: String(reason.prefix(300))))
            }
            byDimension[dimension] = .init(
                dimension: dimension, score: score, feedback: String(feedback.prefix(maxFeedbackCharacters)), evidence: evidence)
        }
        let missing = ScoringDimension.allCases.filter { byDimension[$0] == nil }
        guard missing.isEmpty else {
            throw JudgeVerdictError(reason: "the answer lacks \(missing.map(\.rawValue).joined(separator: ", "))")
        }
        return JudgeVerdict(dimensions: ScoringDimension.allCases.compactMap { byDimension[$0] }, corrections: corrections)
    }

    /// The JSON schema sent as `response_format` (strict mode: every property required, nothing extra).
    static let schema: JSONValue = {
        func object(_ properties: [String: JSONValue]) -> JSONValue {
            .object([
                "type": .string("object"),
                "properties": .object(properties),
                "required": .array(properties.keys.sorted().map(JSONValue.string)),
                "additionalProperties": .bool(false),
            ])
        }
        let evidence = object([
            "turn": .object(["type": .string("integer"), "description": .string("index of the transcript turn, from 0")]),
            "helped": .object(["type": .string("boolean"), "description": .string("true if the turn earned points, false if it cost")]),
            "reason": .object(["type": .string("string")]),
        ])
        let dimension = object([
            "dimension": .object(["type": .string("string"), "enum": .array(ScoringDimension.allCases.map { .string($0.rawValue) })]),
            "score": .object(["type": .string("integer"), "minimum": .number(1), "maximum": .number(10)]),
            "feedback": .object(["type": .string("string")]),
            "evidence": .object(["type": .string("array"), "items": evidence]),
        ])
        return object(["dimensions": .object(["type": .string("array"), "items": dimension])])
    }()
}
