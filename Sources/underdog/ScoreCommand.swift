import ArgumentParser
import Foundation
import Logging
import UnderdogAI
import UnderdogDomain
import UnderdogServer

/// `underdog score FILE`: scores a transcript (JSON turns or plain `Speaker: text` lines) and prints the six
/// scores with the turns that earned or cost each point, or the analysis JSON.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Score a call transcript on the six dimensions, with evidence.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: "A transcript: JSON {\"turns\":[{\"speaker\",\"text\",\"start\",\"end\"}]} or `Speaker: text` lines; - reads standard input.")
    var file: String

    @Option(help: "cold_call, objection, closing or gatekeeper.")
    var scenario: String = ScenarioType.coldCall.rawValue

    @Option(help: "table (for people) or json (the analysis, byte-identical for the same input).")
    var format: Format = .table

    @Flag(help: "Skip the LLM judge even when OPENAI_BASE_URL and UNDERDOG_JUDGE_MODEL configure one.")
    var offline = false

    static let maxBytes = 10 << 20

    func run() async throws {
        guard let scenario = ScenarioType(rawValue: scenario) else {
            throw ValidationError("--scenario must be one of \(ScenarioType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let environment = try CommandEnvironment()
        let data = try Self.read(file)
        let transcript = try TranscriptFile.parse(data)
        let rubric = try ContentCatalog.load(directory: environment.contentDirectory).rubric
        var analysis = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: scenario)
        if !offline, let judgeConfiguration = environment.judgeConfiguration {
            var logger = Logger(label: "underdog.score")
            logger.logLevel = .error
            let judge = LLMJudge(client: OpenAICompatibleClient(configuration: judgeConfiguration, logger: logger), logger: logger)
            analysis = await judge.judge(transcript, rubric: rubric, deterministic: analysis)
        }
        switch format {
        case .json: FileHandle.standardOutput.write(analysis.canonicalJSON() + Data("\n".utf8))
        case .table: print(ScoreTable.render(analysis, transcript: transcript))
        }
    }

    static func read(_ file: String) throws -> Data {
        let handle: FileHandle
        if file == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: file) else { throw CommandError("cannot read \(file)") }
            handle = opened
        }
        let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        guard data.count <= maxBytes else { throw CommandError("\(file) is larger than \(maxBytes >> 20) MB; a call transcript is far smaller") }
        return data
    }
}
