import Foundation
import Testing
import UnderdogMedia
import UnderdogTestSupport

@Suite("underdog score")
struct ScoreCommandTests {
    /// One of the calibration calls (timed turns, a timing objection, a booked meeting) as a transcript file.
    static let callFile: String = {
        let calibration = TestPostgres.repositoryRoot
            + "/content/evaluation/scoring-tuning/cold_call-01-depot-trigger-discovery-books-demo.json"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("score-call-\(UUID().uuidString).json").path
        do {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: calibration))) as? [String: Any]
            try JSONSerialization.data(withJSONObject: object?["transcript"] ?? [:]).write(to: URL(fileURLWithPath: path))
        } catch {
            preconditionFailure("cannot prepare the call file: \(error)")
        }
        return path
    }()
    static let environment = ["UNDERDOG_ROOT": TestPostgres.repositoryRoot, "OPENAI_BASE_URL": "", "UNDERDOG_JUDGE_MODEL": ""]

    @Test("two separate processes print byte-identical analysis JSON for the same transcript")
    func deterministicAcrossProcesses() throws {
        let first = try CLI.run(["score", Self.callFile, "--format", "json"], environment: Self.environment)
        let second = try CLI.run(["score", Self.callFile, "--format", "json"], environment: Self.environment)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output == second.output)
        let analysis = try #require(try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
        let dimensions = try #require(analysis["dimensions"] as? [[String: Any]])
        #expect(dimensions.compactMap { $0["dimension"] as? String }
                == ["opener", "pitch", "discovery", "objection_handling", "closing", "communication"])
        #expect(dimensions.allSatisfy { !(($0["evidence"] as? [Any]) ?? []).isEmpty })
        #expect((analysis["judge"] as? [String: Any])?["kind"] as? String == "deterministic")
    }

    @Test("the table shows six scores, the overall score and the turns behind each")
    func table() throws {
        let result = try CLI.run(["score", Self.callFile, "--scenario", "cold_call"], environment: Self.environment)
        #expect(result.status == 0, "\(result.output)")
        for dimension in ["opener", "pitch", "discovery", "objection_handling", "closing", "communication", "overall"] {
            #expect(result.output.contains("\n" + dimension), "no row for \(dimension)")
        }
        #expect(result.output.contains("turn 0 ["))
    }

    @Test("a plain `Speaker: text` file is scored; a broken file or scenario is refused with a clear message")
    func inputs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("call.txt")
        try "Rep: Hi Ana, Sam from Ledgerly. Is now a bad time?\nProspect: I have a minute.\n".write(to: plain, atomically: true, encoding: .utf8)
        let broken = folder.appendingPathComponent("broken.json")
        try #"{"turns": [{"speaker": "rep"}]}"#.write(to: broken, atomically: true, encoding: .utf8)

        let scored = try CLI.run(["score", plain.path, "--format", "json"], environment: Self.environment)
        let refused = try CLI.run(["score", broken.path], environment: Self.environment)
        let badScenario = try CLI.run(["score", plain.path, "--scenario", "karaoke"], environment: Self.environment)

        #expect(scored.status == 0, "\(scored.output)")
        #expect(refused.status != 0)
        #expect(refused.output.contains("the transcript cannot be read"), "\(refused.output)")
        #expect(badScenario.status != 0)
        #expect(badScenario.output.contains("--scenario must be one of"), "\(badScenario.output)")
    }
}

@Suite("underdog score on a recording")
struct ScoreRecordingTests {
    @Test("a two-channel recording is transcribed as an upload is, with --rep-channel choosing the rep's channel and --scenario the weights; --rep-channel on a transcript is refused")
    func recording() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("score-recording-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let recording = folder.appendingPathComponent("call.wav")
        _ = try SyntheticCall.render(Array(SyntheticCall.coldCall.prefix(4)), to: recording)
        let environment = ScoreCommandTests.environment.merging(["UNDERDOG_TRANSCRIPTION_MODEL": ""]) { $1 }

        let asRecorded = try CLI.run(["score", recording.path, "--format", "json", "--scenario", "gatekeeper"], environment: environment)
        let swapped = try CLI.run(["score", recording.path, "--format", "json", "--scenario", "gatekeeper", "--rep-channel", "1"], environment: environment)
        #expect(asRecorded.status == 0 && swapped.status == 0, "\(asRecorded.output.suffix(400)) \(swapped.output.suffix(400))")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(asRecorded.output.utf8)) as? [String: Any])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(swapped.output.utf8)) as? [String: Any])
        #expect(first["scenario"] as? String == "gatekeeper")
        #expect((first["speakers"] as? [String: Any])?["detail"] as? String == "channel 0 = rep, channel 1 = prospect")
        #expect((second["speakers"] as? [String: Any])?["detail"] as? String == "channel 1 = rep, channel 0 = prospect")
        // The rep's words are the prospect's once the channels swap: the talk-time shares trade places.
        let repShare = { (analysis: [String: Any]) in ((analysis["metrics"] as? [String: Any])?["talk_ratio"] as? [String: Any])?["by_words"] as? Double }
        let before = try #require(repShare(first))
        let after = try #require(repShare(second))
        #expect(abs(before + after - 1) < 0.02, "\(before) \(after)")

        let transcript = folder.appendingPathComponent("call.txt")
        try "Rep: Hi, Sam from Ledgerly.\nProspect: Hello.\n".write(to: transcript, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["score", transcript.path, "--rep-channel", "1"], environment: environment)
        #expect(refused.status != 0)
        #expect(refused.output.contains("--rep-channel applies to two-channel recordings"), "\(refused.output)")
    }
}

@Suite("underdog bench score")
struct ScoreBenchCommandTests {
    @Test("prints the call's size, the analysis time and the memory it used")
    func printsFigures() throws {
        let result = try CLI.run(["bench", "score", "--runs", "3", "--minutes", "5", "--turns", "60"],
                                 environment: ["UNDERDOG_ROOT": TestPostgres.repositoryRoot])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("call: 60 turns, 5 minutes"))
        #expect(result.output.contains("analysis: median "))
        #expect(result.output.contains("over 3 runs"))
        #expect(result.output.contains("memory: peak resident "))
    }
}
