import ArgumentParser
import Foundation
import Logging
import UnderdogAI
import UnderdogDomain
import UnderdogServer
#if canImport(Glibc)
import Glibc
#endif

/// `underdog bench score`: how long the offline analyser takes on a generated 60-minute, 800-turn call.
struct ScoreBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Time the offline analysis of a generated 60-minute, 800-turn call; with --evaluate, measure its agreement with labelled calls.",
        discussion: """
            --evaluate scores the labelled sets (by default content/evaluation/scoring-tuning and scoring-held-out) and prints \
            Spearman's rho, quadratic weighted kappa and mean absolute error per dimension and overall. With OPENAI_BASE_URL \
            and UNDERDOG_JUDGE_MODEL set, the LLM judge is measured on the same calls too (unless --offline).
            """)

    @Option(help: "Measured runs (after 5 unmeasured ones).") var runs = 50
    @Option(help: "Minutes the generated call lasts.") var minutes = 60.0
    @Option(help: "Turns in the generated call.") var turns = 800
    @Flag(help: "Measure agreement with labelled calls instead of speed.") var evaluate = false
    @Option(name: .customLong("set"), help: "A folder of labelled calls (repeatable); default: the tuning and held-out sets.") var sets: [String] = []
    @Flag(help: "With --evaluate, skip the LLM judge even when one is configured.") var offline = false

    func validate() throws {
        guard (1...10_000).contains(runs), (1...600).contains(minutes), (2...20_000).contains(turns) else {
            throw ValidationError("--runs 1…10000, --minutes 1…600, --turns 2…20000")
        }
    }

    func run() async throws {
        let environment = try CommandEnvironment()
        let rubric = try ContentCatalog.load(directory: environment.contentDirectory).rubric
        if evaluate { return try await evaluate(rubric: rubric, environment: environment) }
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

    private func evaluate(rubric: Rubric, environment: CommandEnvironment) async throws {
        let folders = sets.isEmpty
            ? ["scoring-tuning", "scoring-held-out"].map { URL(fileURLWithPath: environment.contentDirectory + "/evaluation/" + $0) }
            : sets.map { URL(fileURLWithPath: $0) }
        let judge: LLMJudge? = offline ? nil : environment.judgeConfiguration.map { configuration in
            var logger = Logger(label: "underdog.bench")
            logger.logLevel = .error
            return LLMJudge(client: OpenAICompatibleClient(configuration: configuration, logger: logger), logger: logger)
        }
        for folder in folders {
            let calls = try LabelledCall.loadAll(in: folder)
            say(ScoringEvaluation.analyser(calls, rubric: rubric).table(title: "offline analyser on \(folder.lastPathComponent)"))
            say()
            if let judge {
                var rows: [ScoringEvaluation.Row] = []
                for call in calls {
                    let deterministic = Analyzer.analyze(transcript: call.transcript, rubric: rubric, scenario: call.scenario)
                    rows.append(ScoringEvaluation.row(call, analysis: await judge.judge(call.transcript, rubric: rubric, deterministic: deterministic)))
                }
                say(ScoringEvaluation(rows: rows).table(title: "LLM judge on \(folder.lastPathComponent)"))
                say()
            }
        }
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
