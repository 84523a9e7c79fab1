import Foundation
import Logging
import Metrics
import UnderdogBlobs
import UnderdogDomain
import UnderdogMedia
import UnderdogStore

/// One upload's way from a stored recording to a scored analysis: `transcribing` → `scoring` → `completed`,
/// or `failed` with a message for the rep.
///
/// Each stage's result is committed with a lease check, and each run starts from what the upload row says
/// was already done: a retry after a crash skips a finished transcription, and a replayed job of a
/// completed upload changes nothing. So however often a worker dies, an upload is analysed exactly once.
struct CallAnalysisPipeline: Sendable {
    let queue: JobQueue
    let blobs: any BlobStore
    let tools: AudioTools
    let transcriber: any RecordingTranscriber
    let rubric: Rubric
    let settings: WorkerSettings
    let logger: Logger

    /// Runs the job to an outcome the queue records. Never throws: every failure is written down somewhere.
    func run(_ job: ClaimedJob) async {
        var logger = self.logger
        logger[metadataKey: "job_id"] = "\(job.id)"
        logger[metadataKey: "upload_id"] = "\(job.uploadID?.uuidString.lowercased() ?? "-")"
        logger[metadataKey: "attempt"] = "\(job.attempt)"
        guard let upload = job.uploadID else {
            _ = try? await queue.fail(job, error: "an analyse_call job without an upload", retryable: false)
            return
        }
        do {
            if job.isBeyondLastAttempt {
                let message = "The analysis was interrupted \(job.maxAttempts) times without finishing. Please upload the recording again."
                _ = try await PipelineQueries.fail(job, upload: upload, message: message, queue: queue)
                logger.error("upload failed: every attempt was interrupted")
                return
            }
            CrashPoints.check(.claimed)
            try await process(job, upload: upload, logger: logger)
        } catch is CancellationError {
            logger.info("job stopped: the worker is shutting down or lost its lease")
        } catch PipelineError.leaseLost {
            logger.warning("job dropped: another worker holds it now")
        } catch {
            await record(error, of: job, upload: upload, logger: logger)
        }
    }

    private func process(_ job: ClaimedJob, upload: UUID, logger: Logger) async throws {
        guard let state = try await PipelineQueries.load(upload, on: queue.database), !state.deleted,
              state.status != "completed", state.status != "failed"
        else {
            // Gone, deleted by its owner, or already finished by an earlier run: nothing left to do.
            guard try await queue.succeed(job) else { throw PipelineError.leaseLost }
            return
        }
        let recorded: RecordedTranscript
        if state.status == "scoring", let saved = state.transcriptJSON.flatMap(Self.decodeTranscript) {
            recorded = saved
        } else {
            recorded = try await Self.timed("transcribing") { try await transcribe(job, state: state, logger: logger) }
            CrashPoints.check(.transcribed)
        }
        try await Self.timed("scoring") {
            try await score(job, upload: upload, scenario: ScenarioType(rawValue: state.scenarioType) ?? .coldCall, recorded: recorded)
        }
        logger.info("upload analysed")
    }

    private func transcribe(_ job: ClaimedJob, state: PipelineQueries.UploadState, logger: Logger) async throws -> RecordedTranscript {
        guard try await PipelineQueries.progress(job, upload: state.id, stage: "transcribing", percent: 0, queue: queue) else {
            throw PipelineError.leaseLost
        }
        let folder = URL(fileURLWithPath: settings.workFolder).appendingPathComponent("job-\(job.id)-\(job.attempt)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let recording = folder.appendingPathComponent("recording." + (URL(fileURLWithPath: state.filePath).pathExtension.isEmpty ? "bin" : URL(fileURLWithPath: state.filePath).pathExtension))
        try await RecordingDownload.copy(state.filePath, from: blobs, to: recording)
        try await Blocking.run { try RecordingDownload.checkIsAudio(recording) }
        let tools = self.tools
        let probe = try await Blocking.run { try tools.probe(recording) }

        let reporter = ProgressReporter(job: job, upload: state.id, stage: "transcribing", queue: queue)
        let recorded = try await reporter.reporting { report in
            try await transcriber.transcribe(recording: recording, probe: probe, repChannel: state.repChannel, workFolder: folder, progress: report)
        }
        let json = String(decoding: try Self.encoder.encode(recorded), as: UTF8.self)
        let seconds = probe.durationSeconds.isFinite ? Int(probe.durationSeconds.rounded()) : nil
        guard try await PipelineQueries.saveTranscript(job, upload: state.id, transcriptJSON: json, durationSeconds: seconds, queue: queue) else {
            throw PipelineError.leaseLost
        }
        logger.info("recording transcribed", metadata: ["segments": "\(recorded.segments.count)", "duration_s": "\(seconds ?? -1)"])
        return recorded
    }

    /// Scored as the kind of call the uploader said it was.
    private func score(_ job: ClaimedJob, upload: UUID, scenario: ScenarioType, recorded: RecordedTranscript) async throws {
        let transcript: Transcript
        do {
            transcript = try recorded.transcript()
        } catch {
            throw PipelineError.permanent("No speech was recognised in the recording.")
        }
        let analysis = Analyzer.analyze(transcript: transcript, rubric: rubric, scenario: scenario, speakers: recorded.speakers)
        let json = String(decoding: analysis.canonicalJSON(), as: UTF8.self)
        CrashPoints.check(.scored)
        guard try await PipelineQueries.complete(job, upload: upload, analysisJSON: json, overallScore: analysis.overallScore, queue: queue) else {
            throw PipelineError.leaseLost
        }
    }

    /// Permanent failures fail the upload at once; others are retried until the attempts run out.
    private func record(_ error: any Error, of job: ClaimedJob, upload: UUID, logger: Logger) async {
        let failure = PipelineFailure(error)
        do {
            if failure.isPermanent || job.attempt >= job.maxAttempts {
                let message = failure.isPermanent ? failure.message : "The analysis failed \(job.attempt) times; the last error was: \(failure.message)"
                _ = try await PipelineQueries.fail(job, upload: upload, message: message, queue: queue)
                logger.error("upload failed", metadata: ["error": "\(failure.message)"])
            } else {
                let outcome = try await queue.fail(job, error: failure.message)
                logger.warning("attempt failed, will retry", metadata: ["error": "\(failure.message)", "outcome": "\(outcome.map { "\($0)" } ?? "lease lost")"])
            }
        } catch {
            // The database itself is unreachable: the lease runs out and another attempt picks the job up.
            logger.error("could not record a failure", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    /// How long each stage takes, for `/metrics` (`underdog_pipeline_stage_duration_seconds`), successful runs only.
    static func timed<Result>(_ stage: String, _ body: () async throws -> Result) async throws -> Result {
        let started = ContinuousClock.now
        let result = try await body()
        Metrics.Timer(label: "underdog_pipeline_stage_duration_seconds", dimensions: [("stage", stage)])
            .record(duration: ContinuousClock.now - started)
        return result
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func decodeTranscript(_ json: String) -> RecordedTranscript? {
        try? JSONDecoder().decode(RecordedTranscript.self, from: Data(json.utf8))
    }
}
