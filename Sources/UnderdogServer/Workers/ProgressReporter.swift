import Foundation
import UnderdogStore

/// Carries a stage's progress from the recogniser's thread to the upload's row, at most about once a second
/// and only when the whole percentage moved: readers see progress live without a write per audio chunk.
struct ProgressReporter: Sendable {
    let job: ClaimedJob
    let upload: UUID
    let stage: String
    let queue: JobQueue
    var interval: Duration = .seconds(1)

    /// Runs `work`, giving it a callback to report fractions 0…1 from any thread.
    func reporting<Value: Sendable>(_ work: (@escaping @Sendable (Double) -> Void) async throws -> Value) async throws -> Value {
        let (fractions, sink) = AsyncStream.makeStream(of: Double.self, bufferingPolicy: .bufferingNewest(1))
        let writer = Task { await write(fractions) }
        defer {
            sink.finish()
            writer.cancel()
        }
        return try await work { sink.yield($0) }
    }

    private func write(_ fractions: AsyncStream<Double>) async {
        var written = 0
        var last = ContinuousClock.now - interval
        for await fraction in fractions {
            let percent = max(0, min(99, Int(fraction * 100)))
            guard percent > written, ContinuousClock.now - last >= interval else { continue }
            // A lost lease shows up at the stage's own write; progress is best effort.
            _ = try? await PipelineQueries.progress(job, upload: upload, stage: stage, percent: percent, queue: queue)
            written = percent
            last = ContinuousClock.now
        }
    }
}
