import ArgumentParser
import Foundation
import UnderdogDomain
import UnderdogServer
#if canImport(Glibc)
import Glibc
#endif

/// `underdog bench score`: how long the offline analyser takes on a generated 60-minute, 800-turn call.
struct ScoreBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Time the offline analysis of a generated 60-minute, 800-turn call.")

    @Option(help: "Measured runs (after 5 unmeasured ones).") var runs = 50
    @Option(help: "Minutes the generated call lasts.") var minutes = 60.0
    @Option(help: "Turns in the generated call.") var turns = 800

    func validate() throws {
        guard (1...10_000).contains(runs), (1...600).contains(minutes), (2...20_000).contains(turns) else {
            throw ValidationError("--runs 1…10000, --minutes 1…600, --turns 2…20000")
        }
    }

    func run() async throws {
        let environment = try CommandEnvironment()
        let rubric = try ContentCatalog.load(directory: environment.contentDirectory).rubric
        let transcript = SyntheticTranscript.make(minutes: minutes, turns: turns, seed: 2026)
        let words = transcript.turns.reduce(0) { $0 + $1.text.split(separator: " ").count }
        let residentBefore = Self.peakResidentBytes()
        var bytes = 0
        for _ in 0..<5 { bytes = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: .coldCall).canonicalJSON().count }
        var samples: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let elapsed = clock.measure { _ = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: .coldCall) }
            samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        samples.sort()
        say("call: \(turns) turns, \(Int(minutes)) minutes, \(words) words; analysis JSON \(bytes / 1024) KiB")
        say(String(format: "analysis: median %.2f ms, p90 %.2f ms, min %.2f ms over %d runs (target: under 20 ms)",
                   LatencySummary.percentile(0.5, of: samples), LatencySummary.percentile(0.9, of: samples), samples[0], runs))
        say(String(format: "memory: peak resident %.1f MiB (%.1f MiB before analysing)",
                   Double(Self.peakResidentBytes()) / 1_048_576, Double(residentBefore) / 1_048_576))
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
