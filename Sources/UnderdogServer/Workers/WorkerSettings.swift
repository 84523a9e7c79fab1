/// How the call-analysis workers share the queue.
public struct WorkerSettings: Sendable {
    /// Jobs one process works on at once. Transcription takes a core per job, so more than the cores only queues.
    public var concurrency: Int
    /// A claim lasts this long without a heartbeat: the longest a dead worker's job waits to be taken over.
    public var leaseSeconds: Double
    /// How often an idle worker looks for due jobs even without a notification (retries come due silently).
    public var pollSeconds: Double
    /// Where recordings are copied and decoded while a job runs; emptied per job.
    public var workFolder: String

    public init(concurrency: Int = 1, leaseSeconds: Double = 30, pollSeconds: Double = 2, workFolder: String) {
        self.concurrency = concurrency
        self.leaseSeconds = leaseSeconds
        self.pollSeconds = pollSeconds
        self.workFolder = workFolder
    }

    /// Heartbeats come three times per lease, so one late beat never loses a job.
    var heartbeatSeconds: Double { leaseSeconds / 3 }
}
