import Foundation
import UnderdogDomain

/// The words the judge model is given: the rubric as criteria, then the call with numbered turns and the
/// deterministic analyser's figures.
enum JudgePrompt {
    static func system(rubric: Rubric) -> String {
        var lines = [
            "You are a sales coach scoring one recorded sales call for the rep's own improvement.",
            "Score each of six dimensions from 1 (poor) to 10 (excellent) using the rubric below (version \(rubric.version)).",
            "Write feedback the rep can act on next call, in two to four plain sentences addressed to them.",
            "Support every score with evidence: the index of the transcript turn, whether it helped, and why.",
            "Only cite turn indexes that appear in the transcript. Answer with JSON matching the given schema.",
            "",
            "Rubric:",
        ]
        for dimension in ScoringDimension.allCases {
            lines.append("- \(dimension.rawValue):")
            for criterion in rubric.criteria(of: dimension) {
                lines.append("  * \(criterion.description) (\(criterion.points >= 0 ? "+" : "")\(criterion.points))")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func call(_ transcript: Transcript, deterministic: Analysis) -> String {
        var lines = ["Scenario: \(deterministic.scenario.rawValue)", "", "Transcript:"]
        for turn in transcript.turns {
            let time = turn.start.map { String(format: " @%.1fs", $0) } ?? ""
            lines.append("[\(turn.index)] \(turn.speaker.rawValue.uppercased())\(time): \(turn.text)")
        }
        lines.append("")
        lines.append("The offline analyser's scores, for reference (you may disagree):")
        for result in deterministic.dimensions {
            lines.append("- \(result.dimension.rawValue): \(result.score)")
        }
        let metrics = (try? encoder.encode(deterministic.metrics)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        lines.append("Conversation metrics: \(metrics)")
        return lines.joined(separator: "\n")
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()
}
