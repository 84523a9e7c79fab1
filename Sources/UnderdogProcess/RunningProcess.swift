import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program started in the background, for tools and tests that must stop it themselves (a worker killed
/// mid-job, a server stopped after a benchmark). Its output goes to a file, never a pipe that could fill.
public final class RunningProcess: Sendable {
    public let pid: pid_t
    public let outputPath: String

    init(pid: pid_t, outputPath: String) {
        self.pid = pid
        self.outputPath = outputPath
    }

    /// The child sees only `environment` (by default the basics every program needs, see `ChildEnvironment`).
    public static func start(_ executable: String, _ arguments: [String], environment: ChildEnvironment = .clean(), outputPath: String) throws -> RunningProcess {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, outputPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&fileActions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.allocatedEntries()
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let pid = try CommandRunner.spawn(executable, argv: argv, envp: envp, fileActions: &fileActions)
        return RunningProcess(pid: pid, outputPath: outputPath)
    }

    public func signal(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits for the process to end; its exit status as a shell reports it (128 + signal when killed).
    @discardableResult
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Its exit status if it has ended (reaping it), nil while it runs. Call `wait` or this, once it ended.
    public func exitStatus() -> Int32? {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    public var output: String {
        (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}
