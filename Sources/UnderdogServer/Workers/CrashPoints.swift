import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Fault injection for the crash tests: `UNDERDOG_CRASH_AT=transcribed,scored` makes this process SIGKILL
/// itself at those points of the pipeline, the moments between a stage's work and its commit that an outside
/// kill can hardly hit (scoring takes milliseconds). Unset, as in every real deployment, it does nothing.
enum CrashPoints {
    enum Point: String {
        /// A job was claimed; nothing written yet.
        case claimed
        /// The transcript is saved and the upload is `scoring`.
        case transcribed
        /// The analysis is computed, not yet committed.
        case scored
    }

    private static let armed: Set<String> = Set(
        (ProcessInfo.processInfo.environment["UNDERDOG_CRASH_AT"] ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })

    static func check(_ point: Point) {
        guard armed.contains(point.rawValue) else { return }
        kill(getpid(), SIGKILL)
    }
}
