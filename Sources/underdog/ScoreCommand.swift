import ArgumentParser
import Foundation
import Logging
import UnderdogAI
import UnderdogDomain
import UnderdogServer

/// `underdog score FILE`: scores a transcript (JSON turns or plain `Speaker: text` lines) or a call recording
/// (transcribed as the pipeline transcribes an upload) and prints the six scores with the turns that earned
/// or cost each point, or the analysis JSON.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Score a call transcript on the six dimensions, with evidence.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: "A transcript (JSON {\"turns\":[{\"speaker\",\"text\",\"start\",\"end\"}]} or `Speaker: text` lines) or a recording (MP3, WAV, Ogg, WebM, M4A); - reads standard input.")
    var file: String

    @Option(help: "The kind of call, scored with its weights: \(ScenarioType.allCases.map(\.rawValue).joined(separator: ", ")).")
    var scenario: String = ScenarioType.coldCall.rawValue

    @Option(help: "For a two-channel recording: the channel that holds the rep, 0 or 1 (default 0).")
    var repChannel: Int?

    @Option(help: "table (for people) or json (the analysis, byte-identical for the same input).")
    var format: Format = .table

    @Flag(help: "Skip the LLM judge even when OPENAI_BASE_URL and UNDERDOG_JUDGE_MODEL configure one.")
    var offline = false

    /// The upload limit: a recording of an hour-long call fits, and a transcript is far smaller.
    static let maxBytes = 100 << 20

    func run() async throws {
        guard let scenario = ScenarioType(rawValue: scenario) else {
            throw ValidationError("--scenario must be one of \(ScenarioType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let repChannel, repChannel != 0 && repChannel != 1 { throw ValidationError("--rep-channel must be 0 or 1") }
        let environment = try CommandEnvironment()
        let data = try Self.read(file)
        let transcript: Transcript
        var speakers: SpeakerAttribution?
        if AudioSniffer.detect(Array(data.prefix(AudioSniffer.bytesNeeded))) != nil {
            let recorded = try await Self.transcribe(data, repChannel: repChannel ?? 0, environment: environment)
            transcript = try recorded.transcript()
            speakers = recorded.speakers
        } else {
            guard repChannel == nil else { throw ValidationError("--rep-channel applies to two-channel recordings, and \(file) is a transcript") }
            transcript = try TranscriptFile.parse(data)
        }
        let rubric = try ContentCatalog.load(directory: environment.contentDirectory).rubric
        var analysis = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: scenario, speakers: speakers)
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

    /// The recording written to a scratch folder and read as the pipeline reads an upload.
    static func transcribe(_ data: Data, repChannel: Int, environment: CommandEnvironment) async throws -> RecordedTranscript {
        var logger = Logger(label: "underdog.score")
        logger.logLevel = .error
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("underdog-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let recording = folder.appendingPathComponent("recording")
        try data.write(to: recording)
        do {
            return try await RecordingReader(speechToText: try environment.speechToText(logger: logger))
                .read(recording, repChannel: repChannel, workFolder: folder)
        } catch let error as RecordingReadError {
            throw CommandError("the recording cannot be scored: \(error.message)")
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
        guard data.count <= maxBytes else { throw CommandError("\(file) is larger than \(maxBytes >> 20) MB") }
        return data
    }
}
