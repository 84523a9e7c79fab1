import Foundation
import UnderdogDomain

/// One calibration file: a transcript and the score band a human expects for each dimension. The tuning
/// folder also holds calls labelled with exact scores (the `fresh-*` and `tune2-*` files, in the held-out set's
/// format); those are measured by the evaluation tests, not held to bands.
struct CalibrationCase: Sendable {
    let file: String
    let id: String
    let scenario: ScenarioType
    let description: String
    /// Inclusive bands, in `ScoringDimension.allCases` order.
    let expected: [(ScoringDimension, ClosedRange<Int>)]
    /// Dimensions the call gives nothing to judge (a gatekeeper call with no discovery attempted): the analyser
    /// must leave them unjudged, whatever the band says.
    let notApplicable: Set<ScoringDimension>
    let transcript: Transcript

    /// File-name prefixes of the calls labelled with exact scores rather than bands.
    static let exactlyLabelled = ["fresh-", "tune2-", "blind4-"]

    static func loadAll() throws -> [CalibrationCase] {
        let files = try FileManager.default.contentsOfDirectory(atPath: ContentFiles.calibrationFolder.path)
            .filter { $0.hasSuffix(".json") && !exactlyLabelled.contains(where: $0.hasPrefix) }
            .sorted()
        return try files.map { try load(ContentFiles.calibrationFolder.appendingPathComponent($0)) }
    }

    static func load(_ url: URL) throws -> CalibrationCase {
        let data = try Data(contentsOf: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let id = object["id"] as? String,
              let scenarioName = object["scenario_type"] as? String,
              let scenario = ScenarioType(rawValue: scenarioName),
              let expected = object["expected"] as? [String: [Int]],
              let transcript = object["transcript"] else {
            throw CalibrationFileError(file: url.lastPathComponent, reason: "missing id, scenario_type, expected or transcript")
        }
        var bands: [(ScoringDimension, ClosedRange<Int>)] = []
        for dimension in ScoringDimension.allCases {
            guard let band = expected[dimension.rawValue], band.count == 2, band[0] <= band[1] else {
                throw CalibrationFileError(file: url.lastPathComponent, reason: "no valid band for \(dimension.rawValue)")
            }
            bands.append((dimension, band[0]...band[1]))
        }
        let transcriptData = try JSONSerialization.data(withJSONObject: transcript)
        return CalibrationCase(
            file: url.lastPathComponent, id: id, scenario: scenario,
            description: object["description"] as? String ?? "",
            expected: bands,
            notApplicable: Set((object["not_applicable"] as? [String] ?? []).compactMap(ScoringDimension.init(rawValue:))),
            transcript: try JSONTranscriptParser.parse(transcriptData)
        )
    }
}

struct CalibrationFileError: Error, CustomStringConvertible {
    let file: String
    let reason: String
    var description: String { "\(file): \(reason)" }
}
