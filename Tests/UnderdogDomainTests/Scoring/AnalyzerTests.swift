import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Analyzer and its JSON")
struct AnalyzerTests {
    @Test("the same transcript gives byte-identical canonical JSON")
    func deterministic() {
        let first = Fixtures.analyze(Fixtures.goodCall).canonicalJSON()
        let second = Fixtures.analyze(Fixtures.goodCall).canonicalJSON()
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test("canonical JSON has sorted snake_case keys, the rubric version and a deterministic judge")
    func shape() throws {
        let data = Fixtures.analyze(Fixtures.goodCall).canonicalJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["rubric_version"] as? String == ContentFiles.rubric.version)
        #expect((object["judge"] as? [String: Any])?["kind"] as? String == "deterministic")
        #expect(object["overall_score"] is Int)
        #expect((object["dimensions"] as? [[String: Any]])?.map { $0["dimension"] as? String } == ScoringDimension.allCases.map(\.rawValue))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\"dimensions\":"))
        #expect(!text.contains("overallScore"))
    }

    @Test("evidence effects read +N, -N, earned or cost")
    func effects() throws {
        let text = String(decoding: Fixtures.analyze(Fixtures.poorCall).canonicalJSON(), as: UTF8.self)
        #expect(text.contains("\"effect\":\"-"))
        #expect(text.contains("\"effect\":\"cost\""))
        let decoded = try JSONDecoder().decode([Evidence.Effect].self, from: Data(#"["+2","-1","earned","cost"]"#.utf8))
        #expect(decoded == [.points(2), .points(-1), .earned, .cost])
    }

    @Test("an analysis decodes back from its JSON")
    func roundTrip() throws {
        let analysis = Analyzer.analyze(transcript: Fixtures.goodCall, rubric: ContentFiles.rubric, scenario: .coldCall,
                                        speakers: SpeakerAttribution(method: .stereoChannels, detail: "channel 0 = rep"))
        let decoded = try JSONDecoder().decode(Analysis.self, from: analysis.canonicalJSON())
        #expect(decoded.overallScore == analysis.overallScore)
        #expect(decoded.dimensions == analysis.dimensions)
        #expect(decoded.speakers == analysis.speakers)
        #expect(decoded.metrics == analysis.metrics)
    }

    @Test("an LLM judge can be recorded with its model and why it fell back")
    func judgeShape() throws {
        let judge = Judge(kind: .llm, model: "gpt-x", fallbackReason: nil)
        let text = String(decoding: try JSONEncoder().encode(Judge(kind: .deterministic, fallbackReason: "timeout")), as: UTF8.self)
        #expect(text.contains("fallback_reason"))
        #expect(judge.model == "gpt-x")
    }

    @Test("analysing the calibration set twice in one process gives the same bytes for every file")
    func calibrationDeterministic() throws {
        for calibration in try CalibrationCase.loadAll().prefix(10) {
            let a = Analyzer.analyze(transcript: calibration.transcript, rubric: ContentFiles.rubric, scenario: calibration.scenario)
            let b = Analyzer.analyze(transcript: calibration.transcript, rubric: ContentFiles.rubric, scenario: calibration.scenario)
            #expect(a.canonicalJSON() == b.canonicalJSON(), "\(calibration.file)")
        }
    }
}

@Suite("Handing an analysis to a later judge")
struct JudgeHandoverTests {
    @Test("a judge's scores are clamped to 1–10, missing dimensions keep theirs, and the overall is recomputed")
    func rejudged() throws {
        let analysis = Fixtures.analyze(Fixtures.poorCall)
        let replacement = DimensionResult(dimension: .opener, score: 14, baseline: 5, judged: true, feedback: "Great opener.", evidence: [])
        let rejudged = analysis.rejudged(by: Judge(kind: .llm, model: "judge-1"), dimensions: [replacement], rubric: ContentFiles.rubric)
        #expect(rejudged.judge == Judge(kind: .llm, model: "judge-1"))
        #expect(rejudged.result(for: .opener)?.score == 10)
        #expect(rejudged.result(for: .pitch) == analysis.result(for: .pitch))
        #expect(rejudged.dimensions.map(\.dimension) == ScoringDimension.allCases)
        #expect(rejudged.overallScore == Analyzer.overallScore(rejudged.dimensions, rubric: ContentFiles.rubric, scenario: .coldCall))
    }

    @Test("a fallback keeps the deterministic scores and says why")
    func fallback() {
        let analysis = Fixtures.analyze(Fixtures.goodCall)
        let fallback = analysis.fallingBack(from: "judge-1", reason: "timed out after 20 s")
        #expect(fallback.judge.kind == .deterministic)
        #expect(fallback.judge.fallbackReason == "timed out after 20 s")
        #expect(fallback.dimensions == analysis.dimensions)
    }
}
