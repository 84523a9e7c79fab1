import Foundation
import Logging
import ServiceLifecycle
import UnderdogAI
import UnderdogBlobs
import UnderdogDomain
import UnderdogMedia
import UnderdogStore

/// The call-analysis workers of one process, as a service: inside `underdog serve` by default, alone in
/// `underdog worker`. Several processes can run them against one database; the queue keeps them apart.
public struct CallAnalysisWorkers: Service {
    public let service: ServiceDatabase
    let pipeline: CallAnalysisPipeline
    let settings: WorkerSettings
    let logger: Logger

    /// Transcribes with `speechToText` when given (an OpenAI-compatible model), else offline with PocketSphinx.
    public init(
        service: ServiceDatabase, blobs: any BlobStore, rubric: Rubric, settings: WorkerSettings,
        speechToText: OpenAITranscriber? = nil, logger: Logger
    ) throws {
        let tools = try AudioTools()
        let transcriber: any RecordingTranscriber
        if let speechToText {
            transcriber = OpenAIRecordingTranscriber(tools: tools, transcriber: speechToText)
        } else {
            transcriber = LocalRecordingTranscriber(tools: tools, recognizer: try PocketSphinxRecognizer(maxConcurrent: settings.concurrency))
        }
        self.init(service: service, blobs: blobs, tools: tools, transcriber: transcriber, rubric: rubric, settings: settings, logger: logger)
    }

    init(service: ServiceDatabase, blobs: any BlobStore, tools: AudioTools, transcriber: any RecordingTranscriber,
         rubric: Rubric, settings: WorkerSettings, logger: Logger) {
        self.service = service
        self.settings = settings
        self.logger = logger
        let worker = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        self.pipeline = CallAnalysisPipeline(
            queue: JobQueue(database: service, worker: worker, leaseSeconds: settings.leaseSeconds),
            blobs: blobs, tools: tools, transcriber: transcriber, rubric: rubric, settings: settings, logger: logger)
    }

    static let kind = "analyse_call"

    public func run() async throws {
        // Keyed by job kind; a wake-up with every worker busy is kept, so the next idle one looks at once.
        let wakeUps = WakeUps<String>(keepsUnheard: true)
        logger.info("call-analysis workers started", metadata: ["concurrency": "\(settings.concurrency)", "lease_s": "\(settings.leaseSeconds)"])
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    await JobWakeups.listen(on: service) { Task { await wakeUps.wake(Self.kind) } }
                }
                for _ in 0..<max(1, settings.concurrency) {
                    group.addTask { await work(wakeUps: wakeUps) }
                }
                await group.waitForAll()
            }
        }
        logger.info("call-analysis workers stopped")
    }

    /// Claims and runs jobs until cancelled; sleeps until woken (or the poll interval) when none is due.
    private func work(wakeUps: WakeUps<String>) async {
        while !Task.isCancelled {
            do {
                if let job = try await pipeline.queue.claim(kinds: [Self.kind]) {
                    await runWithHeartbeat(job)
                    continue
                }
            } catch {
                logger.warning("could not claim a job", metadata: ["error": "\(String(reflecting: error))"])
            }
            await wakeUps.wait(for: Self.kind, seconds: settings.pollSeconds)
        }
    }

    /// Runs the job while a heartbeat keeps its lease; a refused heartbeat stops the job at once.
    private func runWithHeartbeat(_ job: ClaimedJob) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await pipeline.run(job) }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(settings.heartbeatSeconds))
                    if Task.isCancelled { return }
                    if (try? await pipeline.queue.heartbeat(job)) == false {
                        logger.warning("lease lost; stopping the job", metadata: ["job_id": "\(job.id)"])
                        return
                    }
                }
            }
            await group.next()
            group.cancelAll()
        }
    }
}
