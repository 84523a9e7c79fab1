/// Throughput and latency percentiles of one load run.
struct LatencySummary: Sendable {
    var requestsPerSecond: Double
    var p50Milliseconds: Double
    var p99Milliseconds: Double
    var count: Int
    /// Anything the load tool reported beside the figures (wrk's socket errors, say).
    var note: String? = nil
    /// The server's CPU time per request, where the bench could measure it (`ProcessCPU`).
    var serverCPUMicroseconds: Double? = nil

    /// Nearest-rank percentile of `samples` (any order), `fraction` in 0...1.
    static func percentile(_ fraction: Double, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
