import Foundation

/// CPU time this process has used (user + system), children excluded: with the server running in the bench's
/// own process and wrk and pgbench as child processes, the difference across a load run is what the server
/// spent. Divided by the requests served, it is a page's cost in CPU, a figure that does not move with how
/// busy the rest of the machine is, as pages per second and p99 do.
enum ProcessCPU {
    static func seconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
