import Foundation

/// An HTTP load run by wrk (Debian's `wrk`): a fixed number of keep-alive connections for a fixed time.
struct WrkRun {
    let executable: String
    let url: String
    let headers: [String]
    let connections: Int
    let threads: Int

    func run(seconds: Int) async throws -> LatencySummary {
        var arguments = ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", "--timeout", "5s"]
        for header in headers { arguments += ["-H", header] }
        arguments.append(url)
        return try Self.parse(try await ExternalTool.run(executable, arguments))
    }

    /// Reads wrk's report. Any non-2xx answer makes the run worthless, so it is an error, not a footnote.
    static func parse(_ output: String) throws -> LatencySummary {
        var summary = LatencySummary(requestsPerSecond: 0, p50Milliseconds: -1, p99Milliseconds: -1, count: 0)
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if line.contains("Non-2xx or 3xx responses") {
                throw CommandError("the load run had failures: \(line.trimmingCharacters(in: .whitespaces))")
            }
            if line.contains("Socket errors") {
                summary.note = line.trimmingCharacters(in: .whitespaces)
            }
            if fields.first == "Requests/sec:", fields.count >= 2, let value = Double(fields[1]) {
                summary.requestsPerSecond = value
            } else if fields.first == "50%", fields.count >= 2 {
                summary.p50Milliseconds = try milliseconds(fields[1])
            } else if fields.first == "99%", fields.count >= 2 {
                summary.p99Milliseconds = try milliseconds(fields[1])
            } else if fields.count >= 3, fields[1] == "requests", fields[2] == "in", let count = Int(fields[0]) {
                summary.count = count
            }
        }
        guard summary.requestsPerSecond > 0, summary.p50Milliseconds >= 0, summary.p99Milliseconds >= 0 else {
            throw CommandError("could not read wrk's report:\n\(output)")
        }
        return summary
    }

    /// wrk prints latencies as `812.00us`, `1.25ms` or `1.02s`.
    static func milliseconds(_ text: Substring) throws -> Double {
        let units: [(suffix: String, scale: Double)] = [("us", 0.001), ("ms", 1), ("s", 1000), ("m", 60_000)]
        for unit in units where text.hasSuffix(unit.suffix) {
            if let value = Double(text.dropLast(unit.suffix.count)) { return value * unit.scale }
        }
        throw CommandError("unexpected latency in wrk's report: \(text)")
    }
}
