import Foundation
import Testing
import UnderdogDomain

/// Scores every calibration transcript and holds each dimension to the band a human gave it.
@Suite("Calibration against hand-scored transcripts")
struct CalibrationTests {
    static let cases: [CalibrationCase] = (try? CalibrationCase.loadAll()) ?? []

    /// Bands the engine deliberately disagrees with, and why. They still run and are reported as known issues, so
    /// a future change that lands them in band (or breaks another file) is visible.
    @Test("the calibration set has at least 40 transcripts, and every file loads")
    func setIsComplete() throws {
        let loaded = try CalibrationCase.loadAll()
        #expect(loaded.count >= 40)
    }

    @Test("every dimension of every calibration transcript lands in its band", arguments: cases.map(\.file))
    func dimensionsLandInBands(file: String) throws {
        let calibration = try #require(Self.cases.first { $0.file == file })
        let analysis = Analyzer.analyze(transcript: calibration.transcript, rubric: ContentFiles.rubric, scenario: calibration.scenario)
        for dimension in calibration.notApplicable {
            #expect(analysis.result(for: dimension)?.judged == false, "\(file): \(dimension.rawValue) does not apply to this call, yet was judged")
        }
        for (dimension, band) in calibration.expected where !calibration.notApplicable.contains(dimension) {
            let score = try #require(analysis.result(for: dimension)).score
            let message: Comment = "\(file): \(dimension.rawValue) scored \(score), expected \(band.lowerBound)–\(band.upperBound)"
            #expect(band.contains(score), message)
        }
    }

    @Test("per-dimension agreement: share of files scored within ±1 of the band centre")
    func agreement() throws {
        let rows = Self.cases.map { calibration in
            (calibration, Analyzer.analyze(transcript: calibration.transcript, rubric: ContentFiles.rubric, scenario: calibration.scenario))
        }
        var lines = ["Calibration agreement over \(rows.count) files (within ±1 of the band centre; in band):"]
        for dimension in ScoringDimension.allCases {
            var near = 0
            var inBand = 0
            for (calibration, analysis) in rows {
                guard !calibration.notApplicable.contains(dimension),
                      let band = calibration.expected.first(where: { $0.0 == dimension })?.1,
                      let score = analysis.result(for: dimension)?.score else { continue }
                let centre = Double(band.lowerBound + band.upperBound) / 2
                if abs(Double(score) - centre) <= 1 { near += 1 }
                if band.contains(score) { inBand += 1 }
            }
            let judged = rows.filter { !$0.0.notApplicable.contains(dimension) }.count
            let share = judged == 0 ? 0 : Double(near) / Double(judged)
            let pad = dimension.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)
            lines.append("  \(pad) \(Int((share * 100).rounded()))% near centre, \(inBand)/\(judged) in band")
            #expect(share >= 0.9, "\(dimension.rawValue): only \(near)/\(judged) within ±1 of the band centre")
        }
        print(lines.joined(separator: "\n"))
    }
}
