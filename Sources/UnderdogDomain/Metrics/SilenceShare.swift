extension Measure {
    /// The share of the call, 0…1, in which nobody spoke; nil without times.
    ///
    /// Turns are merged as intervals (overlapping speech counts once), and the gaps between them are divided by
    /// the call length from the first start to the last end.
    static func silenceShare(_ call: CallText) -> Double? {
        guard let duration = call.transcript.duration, duration > 0 else { return nil }
        let intervals = call.turns.compactMap { turn -> (Double, Double)? in
            guard let start = turn.start, let end = turn.end else { return nil }
            return (start, end)
        }.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var silence = 0.0
        var coveredUntil = intervals[0].1
        for (start, end) in intervals.dropFirst() {
            if start > coveredUntil { silence += start - coveredUntil }
            coveredUntil = max(coveredUntil, end)
        }
        return min(1, silence / duration)
    }
}
