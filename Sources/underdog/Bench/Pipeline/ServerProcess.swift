import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import UnderdogProcess
import UnderdogStore

/// `underdog serve` (or `worker`) as a process of its own, so what a bench measures of it (memory above all)
/// is the server's and not the bench's.
struct ServerProcess {
    let process: RunningProcess
    let port: Int

    /// This very executable, whichever folder it was built into.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    static func start(_ arguments: [String], environment: [String: String], log: String) throws -> RunningProcess {
        // The bench's own server: it runs with the configuration this process was given.
        try RunningProcess.start(executable, arguments, environment: .inherited(environment.merging(["LOG_FORMAT": "text"]) { old, _ in old }), outputPath: log)
    }

    /// Starts `serve` on a free port and waits until `/ready` answers 200.
    static func serve(database: DatabaseURL, environment: [String: String], log: String) async throws -> ServerProcess {
        let port = try FreePort.find()
        var env = environment
        env["DATABASE_URL"] = database.libpq
        let process = try start(["serve", "--port", "\(port)", "--migrate"], environment: env, log: log)
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if let status = process.exitStatus() { throw CommandError("serve exited with \(status):\n\(process.output.suffix(2000))") }
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/ready")!)
            request.timeoutInterval = 2
            if let (_, response) = try? await URLSession.shared.data(for: request), (response as? HTTPURLResponse)?.statusCode == 200 {
                return ServerProcess(process: process, port: port)
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        process.signal(SIGKILL)
        process.wait()
        throw CommandError("serve was not ready within 60 s:\n\(process.output.suffix(2000))")
    }

    func stop() {
        process.signal(SIGTERM)
        process.wait()
    }

    /// The kernel's account of the process's memory: current and peak resident set, in bytes.
    static func memory(of pid: pid_t) -> (resident: Int, peak: Int) {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }),
                  let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
            else { return 0 }
            return kilobytes * 1024
        }
        return (field("VmRSS"), field("VmHWM"))
    }
}
