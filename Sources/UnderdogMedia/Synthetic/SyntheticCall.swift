import Foundation

/// Scripted two-party calls spoken by espeak-ng, for end-to-end tests of the recording pipeline.
///
/// Each line is spoken on its own, trimmed of leading and trailing silence and placed after the previous line
/// with a short gap, on its speaker's channel (the other channel is silent meanwhile). The result is exact and
/// repeatable: the same lines give the same samples and the same `Rendering` times.
public struct SyntheticCall: Sendable {
    public struct Line: Sendable, Equatable {
        /// 0 = the rep (left channel), 1 = the prospect (right channel).
        public let speaker: Int
        public let text: String

        public init(speaker: Int, text: String) {
            self.speaker = speaker
            self.text = text
        }

        public static func rep(_ text: String) -> Line { Line(speaker: 0, text: text) }
        public static func prospect(_ text: String) -> Line { Line(speaker: 1, text: text) }
    }

    /// Where each line ended up, for asserting on what a recogniser makes of the file.
    public struct Rendering: Sendable, Equatable {
        public struct Span: Sendable, Equatable {
            public let speaker: Int
            public let text: String
            /// Seconds from the start of the file, from the line's first audible sample to its last.
            public let start: Double
            public let end: Double
        }

        public let spans: [Span]
        /// The whole file, silences included.
        public let duration: Double
        public let channels: Int
        public let sampleRate: Int

        public func spans(of speaker: Int) -> [Span] { spans.filter { $0.speaker == speaker } }
    }

    /// Silence before the first line and after the last.
    public static let leadingSilence = 0.5
    public static let trailingSilence = 0.5
    /// Silence between one line's end and the next line's start.
    public static let gap = 0.7

    /// Speaks each line with espeak-ng (a different voice and pitch per speaker), places them one after another
    /// with short gaps on the speaker's own channel (silence on the other), and writes a two-channel file whose
    /// container follows the extension: .wav, .mp3, .ogg, .m4a, .webm or .flac (ffmpeg encodes all but WAV).
    @discardableResult
    public static func render(_ lines: [Line], to file: URL) throws(MediaError) -> Rendering {
        try write(lines, to: file, mono: false)
    }

    /// The same call mixed to one channel.
    @discardableResult
    public static func renderMono(_ lines: [Line], to file: URL) throws(MediaError) -> Rendering {
        try write(lines, to: file, mono: true)
    }

    private static func write(_ lines: [Line], to file: URL, mono: Bool) throws(MediaError) -> Rendering {
        guard !lines.isEmpty else { throw .synthesisFailed("no lines to speak") }
        if let bad = lines.first(where: { !(0...1).contains($0.speaker) }) {
            throw .synthesisFailed("speaker \(bad.speaker) is neither 0 (rep) nor 1 (prospect)")
        }
        let format = try OutputFormat.forExtension(file.pathExtension)
        let ffmpeg = try format.muxer.map { _ throws(MediaError) in try ExternalTool.locate(ExternalTool.ffmpeg) }
        let espeak = try ExternalTool.locate(ExternalTool.espeakNG)

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("underdog-synthetic-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw .synthesisFailed("cannot create \(scratch.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }

        let clips = try lines.enumerated().map { index, line throws(MediaError) in
            try speak(line, espeak: espeak, in: scratch, index: index)
        }
        let (stereo, rendering) = try arrange(lines, clips: clips)
        let audio = mono ? mixDown(stereo) : stereo

        let finished = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).partial")
        defer { try? FileManager.default.removeItem(at: finished) }
        if let ffmpeg, let muxer = format.muxer {
            let wav = scratch.appendingPathComponent("call.wav")
            try audio.writeWAV(to: wav)
            let result = try ffmpeg.run(
                ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", wav.path]
                    + format.codecArguments + ["-f", muxer, finished.path],
                failure: { .decodeFailed("ffmpeg: \($0)") }
            )
            guard result.status == 0 else {
                throw .decodeFailed("encoding \(file.lastPathComponent): ffmpeg exited with \(result.status): \(ExternalTool.tail(result.output))")
            }
        } else {
            try audio.writeWAV(to: finished)
        }
        guard rename(finished.path, file.path) == 0 else {
            throw .synthesisFailed("cannot write \(file.path): \(String(cString: strerror(errno)))")
        }
        return Rendering(spans: rendering, duration: audio.duration, channels: audio.channels, sampleRate: audio.sampleRate)
    }

    /// One line as trimmed mono audio at espeak-ng's own rate.
    private static func speak(_ line: Line, espeak: ExternalTool, in folder: URL, index: Int) throws(MediaError) -> PCMAudio {
        let text = folder.appendingPathComponent("line-\(index).txt")
        let wav = folder.appendingPathComponent("line-\(index).wav")
        do {
            try Data(line.text.utf8).write(to: text)
        } catch {
            throw .synthesisFailed("cannot write \(text.path): \(error.localizedDescription)")
        }
        let voice = SyntheticVoice.forSpeaker(line.speaker)
        let result = try espeak.run(voice.arguments + ["-w", wav.path, "-f", text.path], failure: { .synthesisFailed("espeak-ng: \($0)") })
        guard result.status == 0 else {
            throw .synthesisFailed("espeak-ng exited with \(result.status) on line \(index + 1): \(ExternalTool.tail(result.output))")
        }
        let clip = try PCMAudio.readWAV(wav).trimmed()
        guard clip.channels == 1, clip.frameCount > 0 else {
            throw .synthesisFailed("espeak-ng produced no speech for line \(index + 1): \"\(line.text)\"")
        }
        return clip
    }

    /// Places the clips on a two-channel timeline and records where each went.
    private static func arrange(_ lines: [Line], clips: [PCMAudio]) throws(MediaError) -> (PCMAudio, [Rendering.Span]) {
        let rate = clips[0].sampleRate
        guard clips.allSatisfy({ $0.sampleRate == rate }) else {
            throw .synthesisFailed("espeak-ng voices spoke at different sample rates")
        }
        func frames(_ seconds: Double) -> Int { Int((seconds * Double(rate)).rounded()) }
        let gapFrames = frames(gap)
        let speech = clips.reduce(0) { $0 + $1.frameCount }
        let total = frames(leadingSilence) + speech + gapFrames * (clips.count - 1) + frames(trailingSilence)
        var samples = [Int16](repeating: 0, count: total * 2)
        var spans: [Rendering.Span] = []
        var cursor = frames(leadingSilence)
        for (line, clip) in zip(lines, clips) {
            for (offset, sample) in clip.samples.enumerated() {
                samples[(cursor + offset) * 2 + line.speaker] = sample
            }
            spans.append(Rendering.Span(
                speaker: line.speaker,
                text: line.text,
                start: Double(cursor) / Double(rate),
                end: Double(cursor + clip.frameCount) / Double(rate)
            ))
            cursor += clip.frameCount + gapFrames
        }
        return (PCMAudio(sampleRate: rate, channels: 2, samples: samples), spans)
    }

    /// Both channels summed (the parties never overlap, so nothing is lost or clipped in practice).
    private static func mixDown(_ stereo: PCMAudio) -> PCMAudio {
        var mono = [Int16](repeating: 0, count: stereo.frameCount)
        for frame in mono.indices {
            let sum = Int(stereo.samples[frame * 2]) + Int(stereo.samples[frame * 2 + 1])
            mono[frame] = Int16(clamping: sum)
        }
        return PCMAudio(sampleRate: stereo.sampleRate, channels: 1, samples: mono)
    }
}
