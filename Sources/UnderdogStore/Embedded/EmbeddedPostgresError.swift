/// Why the embedded PostgreSQL server could not be set up, started or stopped.
public enum EmbeddedPostgresError: Error, CustomStringConvertible {
    case binariesNotFound(searched: [String])
    case commandFailed(command: String, status: Int32, output: String)
    case notRunning(dataDirectory: String)

    public var description: String {
        switch self {
        case .binariesNotFound(let searched):
            "PostgreSQL binaries not found (looked in: \(searched.joined(separator: ", "))). "
                + "Run scripts/setup, or set UNDERDOG_PG_BIN to a folder holding initdb, pg_ctl and postgres."
        case .commandFailed(let command, let status, let output):
            "\(command) exited with status \(status):\n\(output)"
        case .notRunning(let dataDirectory):
            "no PostgreSQL server is running on \(dataDirectory)"
        }
    }
}
