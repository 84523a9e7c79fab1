import Foundation
import UnderdogDomain

/// The analysis as a person reads it in a terminal: the six scores, then each dimension's feedback with the
/// turns that earned or cost its points.
enum ScoreTable {
    static func render(_ analysis: Analysis, transcript: Transcript) -> String {
        var lines: [String] = []
        let judge = analysis.judge.kind == .llm ? "LLM judge (\(analysis.judge.model ?? "?"))" : "offline analyser"
        lines.append("Scenario \(analysis.scenario.rawValue) · rubric \(analysis.rubricVersion) · scored by \(judge)")
        if let reason = analysis.judge.fallbackReason { lines.append("note: \(reason)") }
        lines.append("")
        lines.append(pad("dimension", 20) + pad("score", 7) + "evidence")
        for result in analysis.dimensions {
            let bar = String(repeating: "█", count: result.score) + String(repeating: "·", count: 10 - result.score)
            lines.append(pad(result.dimension.rawValue, 20) + pad("\(result.score)", 7) + "\(bar)  \(result.evidence.count) turn(s)")
        }
        lines.append(pad("overall", 20) + "\(analysis.overallScore)")
        for result in analysis.dimensions {
            lines.append("")
            lines.append("\(result.dimension.rawValue) — \(result.score)/10\(result.judged ? "" : " (not judged on this call)")")
            lines.append("  \(result.feedback)")
            for evidence in result.evidence {
                let quote = transcript.turns.indices.contains(evidence.turn) ? excerpt(transcript.turns[evidence.turn]) : ""
                lines.append("  turn \(evidence.turn) [\(evidence.effect)] \(evidence.reason)\(quote.isEmpty ? "" : " — “\(quote)”")")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func excerpt(_ turn: Turn) -> String {
        let text = turn.text.replacingOccurrences(of: "\n", with: " ")
        return text.count <= 70 ? text : String(text.prefix(67)) + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
