import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion and captures what it printed.
///
/// Built on posix_spawn and waitpid rather than Foundation's `Process`: `pg_ctl start` leaves a server
/// running that inherits the descriptors `Process` watches, and `waitUntilExit` then never returns.
/// Output goes to a temporary file, not a pipe, for the same reason.
public enum CommandRunner {
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
    }

    /// The child sees only `environment` (by default the basics every program needs, see `ChildEnvironment`).
    public static func run(_ executable: String, _ arguments: [String], environment: ChildEnvironment = .clean()) throws -> Result {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("underdog-command-\(UUID().uuidString).log").path
        defer { unlink(outputPath) }

        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&fileActions, 1, 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.allocatedEntries()
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        let pid = try spawn(executable, argv: argv, envp: envp, fileActions: &fileActions)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw CommandRunnerError(executable: executable, reason: "waitpid failed") }
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Exited normally: the exit code; killed by a signal: 128 + the signal, as a shell reports it.
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, output: output)
    }
}

extension CommandRunner {
    /// Starts a program and leaves it running on its own, its output discarded: for watchdogs that must
    /// outlive, and not hold open the output of, the process that started them.
    public static func launchDetached(_ executable: String, _ arguments: [String], environment: ChildEnvironment = .clean()) throws {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&fileActions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.allocatedEntries()
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        _ = try spawn(executable, argv: argv, envp: envp, fileActions: &fileActions)
    }

    static func spawn(
        _ executable: String,
        argv: [UnsafeMutablePointer<CChar>?],
        envp: [UnsafeMutablePointer<CChar>?],
        fileActions: inout posix_spawn_file_actions_t
    ) throws -> pid_t {
        // A child inherits the signal mask of the spawning thread and any ignored signals (NIO ignores SIGPIPE;
        // pool threads may block signals). pgbench's -T runs on SIGALRM and never ends with it blocked, so the
        // child starts with nothing blocked and every signal at its default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &fileActions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw CommandRunnerError(executable: executable, reason: String(cString: strerror(spawned)))
        }
        return pid
    }
}

public struct CommandRunnerError: Error, CustomStringConvertible {
    public let executable: String
    public let reason: String
    public var description: String { "could not run \(executable): \(reason)" }
}
