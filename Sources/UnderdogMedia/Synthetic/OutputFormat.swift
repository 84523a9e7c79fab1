/// The containers `SyntheticCall` writes, chosen by the output file's extension.
struct OutputFormat: Sendable {
    /// ffmpeg's muxer name; nil for WAV, which is written directly.
    let muxer: String?
    let codecArguments: [String]

    static func forExtension(_ pathExtension: String) throws(MediaError) -> OutputFormat {
        switch pathExtension.lowercased() {
        case "wav": OutputFormat(muxer: nil, codecArguments: [])
        case "mp3": OutputFormat(muxer: "mp3", codecArguments: ["-c:a", "libmp3lame", "-b:a", "96k"])
        case "ogg": OutputFormat(muxer: "ogg", codecArguments: ["-c:a", "libvorbis", "-q:a", "4"])
        case "m4a": OutputFormat(muxer: "ipod", codecArguments: ["-c:a", "aac", "-b:a", "96k"])
        case "webm": OutputFormat(muxer: "webm", codecArguments: ["-c:a", "libopus", "-b:a", "48k", "-ar", "48000"])
        case "flac": OutputFormat(muxer: "flac", codecArguments: ["-c:a", "flac"])
        default:
            throw .unsupportedFormat("\".\(pathExtension)\": use .wav, .mp3, .ogg, .m4a, .webm or .flac")
        }
    }
}
