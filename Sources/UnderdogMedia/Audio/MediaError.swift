/// What can go wrong probing, decoding, recognising or synthesising audio; `message` is fit to show a user.
public enum MediaError: Error, Sendable, Equatable {
    /// A program this target runs is not installed; `debianPackage` is what to `apt-get install`.
    case toolMissing(tool: String, debianPackage: String)
    /// The input file does not exist or cannot be read.
    case fileNotFound(String)
    /// The file exists but holds no audio stream ffmpeg can read.
    case notAudio(String)
    /// ffmpeg could not decode or encode the audio.
    case decodeFailed(String)
    /// The speech recogniser could not start (bad model) or failed part way.
    case recognizerFailed(String)
    /// espeak-ng could not speak a line.
    case synthesisFailed(String)
    /// The output file's extension names no container this target writes.
    case unsupportedFormat(String)

    public var message: String {
        switch self {
        case .toolMissing(let tool, let package):
            "\(tool) is not installed or not on PATH (Debian package: \(package))."
        case .fileNotFound(let path):
            "No readable file at \(path)."
        case .notAudio(let detail):
            "Not an audio file: \(detail)"
        case .decodeFailed(let detail):
            "Audio could not be decoded: \(detail)"
        case .recognizerFailed(let detail):
            "Speech recognition failed: \(detail)"
        case .synthesisFailed(let detail):
            "Speech synthesis failed: \(detail)"
        case .unsupportedFormat(let detail):
            "Unsupported audio format: \(detail)"
        }
    }
}

extension MediaError: CustomStringConvertible {
    public var description: String { message }
}
