import Foundation
import UnderdogProcess

/// A program found on PATH, run through `CommandRunner` (posix_spawn; stdout and stderr captured together).
struct ExternalTool: Sendable {
    let name: String
    let path: String

    static let ffmpeg = Requirement(name: "ffmpeg", debianPackage: "ffmpeg")
    static let ffprobe = Requirement(name: "ffprobe", debianPackage: "ffmpeg")
    static let espeakNG = Requirement(name: "espeak-ng", debianPackage: "espeak-ng")

    struct Requirement: Sendable {
        let name: String
        let debianPackage: String
    }

    /// Looks the program up on PATH, then in the usual system folders (a service's PATH may be minimal).
    static func locate(_ requirement: Requirement) throws(MediaError) -> ExternalTool {
        let fromPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let folders = fromPath + ["/usr/local/bin", "/usr/bin", "/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(requirement.name).path
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return ExternalTool(name: requirement.name, path: candidate)
            }
        }
        throw .toolMissing(tool: requirement.name, debianPackage: requirement.debianPackage)
    }

    /// Runs to completion; a failure to start becomes `failure(reason)`. The exit status is left to the caller.
    func run(_ arguments: [String], failure: (String) -> MediaError) throws(MediaError) -> CommandRunner.Result {
        do {
            return try CommandRunner.run(path, arguments)
        } catch {
            throw failure("\(error)")
        }
    }

    /// The last few non-empty lines of a program's output, for an error message.
    static func tail(_ output: String, lines: Int = 4) -> String {
        let kept = output.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return kept.suffix(lines).joined(separator: " / ")
    }
}
