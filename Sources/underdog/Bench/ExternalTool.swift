import Dispatch
import Foundation
import UnderdogStore
import UnderdogProcess

/// Runs a measuring tool (wrk, pgbench) to completion off the cooperative thread pool, so the server being
/// measured in this same process keeps both of its threads while the tool waits.
enum ExternalTool {
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> String {
        let result = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<CommandRunner.Result, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try CommandRunner.run(executable, arguments, environment: .clean(environment)) })
            }
        }
        guard result.status == 0 else {
            throw CommandError("\((executable as NSString).lastPathComponent) exited with \(result.status): \(result.output.suffix(2000))")
        }
        return result.output
    }

    /// The absolute path of `name` on PATH.
    static func locate(_ name: String, hint: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw CommandError("\(name) is not installed: \(hint)")
    }
}
