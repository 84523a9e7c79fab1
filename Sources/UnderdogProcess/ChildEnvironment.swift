import Foundation

/// What a child process sees of the environment. By default only what any program needs to run (`PATH`,
/// locale, `HOME`, temporary folder), never this process's secrets: a JWT secret or a provider key has no
/// business in ffmpeg, espeak-ng, pg_ctl or a test's helper process.
public struct ChildEnvironment: Sendable, Equatable {
    /// The variables every child gets from this process when they are set.
    public static let basics = ["PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "LD_LIBRARY_PATH"]

    public let variables: [String: String]

    public init(variables: [String: String]) {
        self.variables = variables
    }

    /// The basics taken from `parent`, the variables named in `passing` that `parent` has, then `adding`.
    public static func clean(
        _ adding: [String: String] = [:], passing names: [String] = [],
        from parent: [String: String] = ProcessInfo.processInfo.environment
    ) -> ChildEnvironment {
        var variables: [String: String] = [:]
        for name in basics + names { if let value = parent[name] { variables[name] = value } }
        variables.merge(adding) { _, new in new }
        return ChildEnvironment(variables: variables)
    }

    /// Everything `parent` has, then `adding`: only for a child that is this program itself, run with this
    /// process's own configuration (a benchmark's server).
    public static func inherited(
        _ adding: [String: String] = [:], from parent: [String: String] = ProcessInfo.processInfo.environment
    ) -> ChildEnvironment {
        ChildEnvironment(variables: parent.merging(adding) { _, new in new })
    }

    /// `NAME=value` strings for posix_spawn, each allocated; the caller frees them.
    func allocatedEntries() -> [UnsafeMutablePointer<CChar>?] {
        variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    }
}
