import Foundation

/// A call with the scores a person gave it, for measuring the analyser: a held-out call (exact labels, and
/// the dimensions that did not come up) or a tuning call (a band per dimension; its centre is the label).
public struct LabelledCall: Sendable {
    public let file: String
    public let id: String
    public let scenario: ScenarioType
    public let transcript: Transcript
    /// The person's score per dimension and `overall`, 1–10.
    public let labels: [String: Int]
    /// Dimensions the call gave nothing to judge on (no objection came up, say).
    public let notApplicable: Set<ScoringDimension>

    public struct LoadError: Error, CustomStringConvertible {
        public let file: String
        public let reason: String
        public var description: String { "\(file): \(reason)" }
    }

    /// Every `*.json` in `folder`, by file name.
    public static func loadAll(in folder: URL) throws -> [LabelledCall] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { try load(folder.appendingPathComponent($0)) }
    }

    public static func load(_ url: URL) throws -> LabelledCall {
        let file = url.lastPathComponent
        guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
              let id = object["id"] as? String,
              let scenario = (object["scenario_type"] as? String).flatMap(ScenarioType.init(rawValue:)),
              let transcript = object["transcript"]
        else { throw LoadError(file: file, reason: "needs id, a known scenario_type and a transcript") }
        var labels: [String: Int] = [:]
        if let exact = object["labels"] as? [String: Int] {
            labels = exact
        } else if let bands = object["expected"] as? [String: [Int]] {
            for (name, band) in bands where band.count == 2 { labels[name] = Int((Double(band[0] + band[1]) / 2).rounded()) }
        }
        for dimension in ScoringDimension.allCases where labels[dimension.rawValue] == nil {
            throw LoadError(file: file, reason: "no label for \(dimension.rawValue)")
        }
        let notApplicable = Set((object["not_applicable"] as? [String] ?? []).compactMap(ScoringDimension.init(rawValue:)))
        return LabelledCall(
            file: file, id: id, scenario: scenario,
            transcript: try JSONTranscriptParser.parse(try JSONSerialization.data(withJSONObject: transcript)),
            labels: labels, notApplicable: notApplicable)
    }
}
