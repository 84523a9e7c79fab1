import Foundation
import Testing
import UnderdogProcess
@testable import UnderdogMedia

@Suite("Probing and decoding recordings with ffprobe and ffmpeg")
struct AudioToolsTests {
    let tools: AudioTools

    init() throws {
        tools = try AudioTools()
    }

    @Test("a rendered two-channel WAV probes as 2 channels, PCM, as long as its parts")
    func probesWAV() throws {
        let call = try ColdCallFixture.get()
        let probe = try tools.probe(call.wav)
        #expect(probe.channels == 2)
        #expect(probe.codec == "pcm_s16le")
        #expect(probe.sampleRate == call.rendering.sampleRate)
        #expect(abs(probe.durationSeconds - Self.sumOfParts(call.rendering)) < 0.3)
    }

    @Test("a rendered MP3 probes as 2 channels of mp3, as long as its parts")
    func probesMP3() throws {
        let call = try ColdCallFixture.get()
        let probe = try tools.probe(call.mp3)
        #expect(probe.channels == 2)
        #expect(probe.codec == "mp3")
        #expect(abs(probe.durationSeconds - Self.sumOfParts(call.rendering)) < 0.3)
    }

    @Test("every container SyntheticCall writes probes as two channels of the right length", arguments: ["wav", "mp3", "ogg", "m4a", "webm", "flac"])
    func probesEveryFormat(format: String) throws {
        let scratch = try Scratch("format")
        let file = scratch.file("short.\(format)")
        let rendering = try SyntheticCall.render(Array(SyntheticCall.coldCall.prefix(2)), to: file)
        let probe = try tools.probe(file)
        #expect(probe.channels == 2)
        #expect(abs(probe.durationSeconds - rendering.duration) < 0.3, "\(format): \(probe.durationSeconds) vs \(rendering.duration)")
        let expectedCodec = ["wav": "pcm_s16le", "mp3": "mp3", "ogg": "vorbis", "m4a": "aac", "webm": "opus", "flac": "flac"][format]
        #expect(probe.codec == expectedCodec)
    }

    @Test("a webm written live, without a duration in its header, is measured by demuxing")
    func measuresLiveWebm() throws {
        let call = try ColdCallFixture.get()
        let scratch = try Scratch("live")
        let live = scratch.file("live.webm")
        let ffmpeg = try ExternalTool.locate(ExternalTool.ffmpeg).path
        let script = "'\(ffmpeg)' -nostdin -loglevel error -y -i '\(call.wav.path)' -c:a libopus -b:a 48k -ar 48000 -f webm - > '\(live.path)'"
        let written = try CommandRunner.run("/bin/sh", ["-c", script])
        try #require(written.status == 0, "\(written.output)")
        let header = try CommandRunner.run(try ExternalTool.locate(ExternalTool.ffprobe).path, ["-v", "error", "-show_entries", "format=duration", live.path])
        #expect(header.output.contains("duration=N/A"), "the test file should lack a duration: \(header.output)")

        let probe = try tools.probe(live)
        #expect(probe.channels == 2)
        #expect(abs(probe.durationSeconds - call.rendering.duration) < 0.3)
    }

    @Test("splitting a stereo file gives two 16 kHz mono PCM files of 32 000 bytes a second")
    func decodesSplit() throws {
        let call = try ColdCallFixture.get()
        let scratch = try Scratch("split")
        let files = try tools.decodeToPCM(call.mp3, into: scratch.folder, splitChannels: true)
        #expect(files.map(\.lastPathComponent) == ["cold-call.ch0.pcm", "cold-call.ch1.pcm"])
        let expected = Double(AudioTools.pcmBytesPerSecond) * call.rendering.duration
        for file in files {
            let bytes = Double(try Self.size(of: file))
            // MP3 adds encoder delay and padding: allow 0.1 s.
            #expect(abs(bytes - expected) <= 0.1 * Double(AudioTools.pcmBytesPerSecond), "\(file.lastPathComponent): \(bytes) bytes, expected about \(expected)")
        }
    }

    @Test("each channel's PCM holds only its own speaker: silence where the other party talks")
    func channelsAreSeparate() throws {
        let call = try ColdCallFixture.get()
        for (channel, file) in call.channels.enumerated() {
            let samples = try Self.samples(file)
            #expect(abs(Double(samples.count) - call.rendering.duration * 16_000) < 160)
            for span in call.rendering.spans {
                let window = samples[Int(span.start * 16_000)..<min(samples.count, Int(span.end * 16_000))]
                let peak = window.map { abs(Int($0)) }.max() ?? 0
                if span.speaker == channel {
                    #expect(peak > 1_000, "channel \(channel) should carry \"\(span.text)\"")
                } else {
                    #expect(peak < 50, "channel \(channel) should be silent during \"\(span.text)\"")
                }
            }
        }
    }

    @Test("without splitting, or for a mono file, decoding gives one mixed-down file")
    func decodesMono() throws {
        let call = try ColdCallFixture.get()
        let scratch = try Scratch("mono")
        let mixed = try tools.decodeToPCM(call.wav, into: scratch.folder, splitChannels: false)
        #expect(mixed.map(\.lastPathComponent) == ["cold-call.mono.pcm"])
        let expected = Double(AudioTools.pcmBytesPerSecond) * call.rendering.duration
        #expect(abs(Double(try Self.size(of: mixed[0])) - expected) <= 3_200)

        let monoFile = scratch.file("mono-call.wav")
        let rendering = try SyntheticCall.renderMono(Array(SyntheticCall.coldCall.prefix(3)), to: monoFile)
        #expect(try tools.probe(monoFile).channels == 1)
        let decoded = try tools.decodeToPCM(monoFile, into: scratch.folder, splitChannels: true)
        #expect(decoded.map(\.lastPathComponent) == ["mono-call.mono.pcm"])
        #expect(abs(Double(try Self.size(of: decoded[0])) - Double(AudioTools.pcmBytesPerSecond) * rendering.duration) <= 3_200)
    }

    @Test("a text file is notAudio, for probing and for decoding")
    func textIsNotAudio() throws {
        let scratch = try Scratch("text")
        for name in ["notes.txt", "notes.mp3"] {
            let file = scratch.file(name)
            try Data("Rep: hello\nProspect: not interested\n".utf8).write(to: file)
            #expect(Self.error { try tools.probe(file) }.map(Self.isNotAudio) == true, "\(name)")
            #expect(Self.error { try tools.decodeToPCM(file, into: scratch.folder, splitChannels: true) }.map(Self.isNotAudio) == true)
        }
    }

    @Test("a missing file is fileNotFound; a missing tool names its Debian package")
    func missingThings() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/call.wav")
        #expect(Self.error { try tools.probe(missing) } == .fileNotFound(missing.path))
        let error = Self.error { try ExternalTool.locate(.init(name: "underdog-no-such-tool", debianPackage: "underdog-tools")) }
        #expect(error == .toolMissing(tool: "underdog-no-such-tool", debianPackage: "underdog-tools"))
        #expect(error?.message.contains("underdog-tools") == true)
    }

    @Test("ffmpeg's progress output is read for its last timestamp")
    func readsTimestamps() {
        #expect(AudioTools.lastTimestamp(in: "size=N/A time=00:00:00.00 bitrate=N/A\rsize=N/A time=01:02:03.50 bitrate=N/A") == 3723.5)
        #expect(AudioTools.lastTimestamp(in: "no progress here") == nil)
    }

    // MARK: helpers

    /// Leading silence + every line + the gaps between them + trailing silence.
    static func sumOfParts(_ rendering: SyntheticCall.Rendering) -> Double {
        let speech = rendering.spans.reduce(0) { $0 + ($1.end - $1.start) }
        return SyntheticCall.leadingSilence + speech + SyntheticCall.gap * Double(rendering.spans.count - 1) + SyntheticCall.trailingSilence
    }

    static func size(of file: URL) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? -1
    }

    static func samples(_ file: URL) throws -> [Int16] {
        let data = try Data(contentsOf: file)
        return data.withUnsafeBytes { raw in (0..<data.count / 2).map { raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self) } }
    }

    /// The MediaError `body` throws; nil when it succeeds or throws something else.
    static func error<T>(_ body: () throws -> T) -> MediaError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? MediaError
        }
    }

    static func isNotAudio(_ error: MediaError) -> Bool {
        if case .notAudio = error { return true }
        return false
    }
}
