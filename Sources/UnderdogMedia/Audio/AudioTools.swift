import Foundation

/// Probes and decodes recordings with ffprobe and ffmpeg. The calls block while the tool runs (a long
/// recording can take seconds to decode): call them from a worker, not from a request handler's hot path.
public struct AudioTools: Sendable {
    /// The sample rate of the PCM that `decodeToPCM` writes and `SpeechRecognizer` reads.
    public static let pcmSampleRate = 16_000
    /// Bytes of decoded PCM per second of audio: 16 000 samples of 2 bytes.
    public static let pcmBytesPerSecond = pcmSampleRate * 2

    let ffprobe: ExternalTool
    let ffmpeg: ExternalTool

    /// Finds ffprobe and ffmpeg; `toolMissing` (package `ffmpeg`) when either is absent.
    public init() throws(MediaError) {
        ffprobe = try ExternalTool.locate(ExternalTool.ffprobe)
        ffmpeg = try ExternalTool.locate(ExternalTool.ffmpeg)
    }

    /// Duration, channels, sample rate and codec of the file's first audio stream; `notAudio` when it has none.
    public func probe(_ file: URL) throws(MediaError) -> AudioProbe {
        try Self.requireReadable(file)
        let result = try ffprobe.run(
            ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", file.path],
            failure: { .decodeFailed("ffprobe: \($0)") }
        )
        guard result.status == 0 else {
            throw .notAudio("\(file.lastPathComponent): \(ExternalTool.tail(result.output))")
        }
        guard let parsed = FFProbeOutput.parse(result.output) else {
            throw .decodeFailed("ffprobe printed no JSON for \(file.lastPathComponent): \(ExternalTool.tail(result.output))")
        }
        guard let stream = parsed.firstAudioStream else {
            let format = parsed.format?.formatName.map { " (\($0))" } ?? ""
            throw .notAudio("\(file.lastPathComponent)\(format) has no audio stream")
        }
        let channels = stream.channels ?? 0
        let sampleRate = stream.sampleRate.flatMap { Int($0) } ?? 0
        guard channels > 0, sampleRate > 0 else {
            throw .notAudio("\(file.lastPathComponent): the audio stream has no channels or sample rate")
        }
        // Containers written live (a browser's MediaRecorder webm) carry no duration: count it by demuxing.
        let duration: Double
        if let known = FFProbeOutput.seconds(parsed.format?.duration) ?? FFProbeOutput.seconds(stream.duration) {
            duration = known
        } else {
            duration = try measureDuration(file)
        }
        return AudioProbe(durationSeconds: duration, channels: channels, sampleRate: sampleRate, codec: stream.codecName ?? "unknown")
    }

    /// Decodes to 16 kHz signed 16-bit little-endian mono PCM files, one per channel when `splitChannels` and the
    /// file has 2 channels (channel 0 = left), else one mixed-down file. Files go into `folder` (created if need
    /// be), named after the input: `call.ch0.pcm`/`call.ch1.pcm`, or `call.mono.pcm`; existing files are replaced.
    public func decodeToPCM(_ file: URL, into folder: URL, splitChannels: Bool) throws(MediaError) -> [URL] {
        let probe = try probe(file)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .decodeFailed("cannot create \(folder.path): \(error.localizedDescription)")
        }
        let stem = file.deletingPathExtension().lastPathComponent
        let pcm = ["-ar", "\(Self.pcmSampleRate)", "-ac", "1", "-c:a", "pcm_s16le", "-f", "s16le"]
        var arguments = ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", file.path]
        var outputs: [URL] = []
        if splitChannels && probe.channels == 2 {
            for channel in 0..<2 {
                let output = folder.appendingPathComponent("\(stem).ch\(channel).pcm")
                arguments += ["-map", "0:a:0", "-af", "pan=mono|c0=c\(channel)"] + pcm + [output.path]
                outputs.append(output)
            }
        } else {
            let output = folder.appendingPathComponent("\(stem).mono.pcm")
            arguments += ["-map", "0:a:0"] + pcm + [output.path]
            outputs.append(output)
        }
        let result = try ffmpeg.run(arguments, failure: { .decodeFailed("ffmpeg: \($0)") })
        guard result.status == 0, outputs.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else {
            for output in outputs { try? FileManager.default.removeItem(at: output) }
            throw .decodeFailed("\(file.lastPathComponent): ffmpeg exited with \(result.status): \(ExternalTool.tail(result.output))")
        }
        return outputs
    }

    /// Demuxes the first audio stream without decoding and reads the last timestamp ffmpeg reports.
    func measureDuration(_ file: URL) throws(MediaError) -> Double {
        let result = try ffmpeg.run(
            ["-nostdin", "-hide_banner", "-i", file.path, "-map", "0:a:0", "-c", "copy", "-f", "null", "-"],
            failure: { .decodeFailed("ffmpeg: \($0)") }
        )
        guard result.status == 0, let seconds = Self.lastTimestamp(in: result.output) else {
            throw .notAudio("\(file.lastPathComponent): the audio stream's duration cannot be measured: \(ExternalTool.tail(result.output))")
        }
        return seconds
    }

    /// The last `time=HH:MM:SS.ss` in ffmpeg's progress output, in seconds.
    static func lastTimestamp(in output: String) -> Double? {
        guard let marker = output.range(of: "time=", options: .backwards) else { return nil }
        let clock = output[marker.upperBound...].prefix { !$0.isWhitespace }
        let parts = clock.split(separator: ":")
        guard parts.count == 3, let hours = Double(parts[0]), let minutes = Double(parts[1]), let seconds = Double(parts[2]) else {
            return nil
        }
        return hours * 3600 + minutes * 60 + seconds
    }

    static func requireReadable(_ file: URL) throws(MediaError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: file.path) else {
            throw .fileNotFound(file.path)
        }
    }
}
