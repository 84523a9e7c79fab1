import Foundation
import Testing
import UnderdogDomain
@testable import UnderdogMedia

/// Real audio: the scripted call spoken by two espeak-ng voices and mixed to one channel.
@Suite("Separating the two voices of a mono call", .serialized)
struct VoiceClusteringTests {
    /// Renders `lines` to a mono WAV and decodes it to 16 kHz s16le PCM; the rendering's spans are the utterances.
    static func monoCall(_ lines: [SyntheticCall.Line], in scratch: borrowing Scratch) throws -> (pcm: URL, rendering: SyntheticCall.Rendering) {
        let wav = scratch.file("call.wav")
        let rendering = try SyntheticCall.renderMono(lines, to: wav)
        let pcm = try AudioTools().decodeToPCM(wav, into: scratch.file("pcm"), splitChannels: false)
        #expect(pcm.count == 1)
        return (pcm[0], rendering)
    }

    static func utterances(_ rendering: SyntheticCall.Rendering) -> [Utterance] {
        rendering.spans.map { Utterance(text: $0.text, start: $0.start, end: $0.end) }
    }

    @Test("the cold call's lines, mixed to mono, cluster into rep (voice 0) and prospect (voice 1)")
    func twoVoices() throws {
        let scratch = try Scratch("voices")
        let (pcm, rendering) = try Self.monoCall(SyntheticCall.coldCall, in: scratch)
        let utterances = Self.utterances(rendering)
        let started = ContinuousClock.now
        let assignment = try VoiceClustering.assign(utterances, pcmFile: pcm)
        let elapsed = (ContinuousClock.now - started) / .seconds(1)
        let speech = rendering.spans.reduce(0) { $0 + $1.end - $1.start }
        print("VoiceClustering: \(utterances.count) utterances, \(String(format: "%.1f", speech)) s of speech in \(String(format: "%.3f", elapsed)) s (\(String(format: "%.0f", speech / elapsed))x real time, this build); separation \(String(format: "%.2f", assignment.separation))")
        for (span, (voice, features)) in zip(rendering.spans, zip(assignment.voices, assignment.features)) {
            print("  speaker \(span.speaker) → voice \(voice): F0 \(features.medianF0.map { String(format: "%.1f Hz", $0) } ?? "none"), \(String(format: "%.1f dBFS, voiced %.2f", features.energyDBFS, features.voicedFraction))")
        }
        #expect(assignment.voices.count == utterances.count)
        #expect(assignment.features.count == utterances.count)
        let correct = zip(rendering.spans, assignment.voices).filter { $0.0.speaker == $0.1 }.count
        print("VoiceClustering accuracy on the synthetic call: \(correct)/\(utterances.count)")
        #expect(Double(correct) >= 0.9 * Double(utterances.count))
        #expect(assignment.voices.first == 0)
        #expect(assignment.separation >= VoiceClustering.singleVoiceThreshold)
        #expect(assignment.features.allSatisfy { $0.medianF0 != nil && $0.voicedFraction > 0.2 })

        // Deterministic: the same input gives the same output.
        #expect(try VoiceClustering.assign(utterances, pcmFile: pcm) == assignment)

        let transcript = try Utterances.transcript(mono: utterances, assignment: assignment)
        #expect(transcript.turns.first?.speaker == .rep)
        #expect(Set(transcript.turns.map(\.speaker)) == [.rep, .prospect])
    }

    @Test("one voice throughout is one cluster: every utterance voice 0, low separation")
    func oneVoice() throws {
        let scratch = try Scratch("one-voice")
        let lines = SyntheticCall.coldCall.map { SyntheticCall.Line.rep($0.text) }
        let (pcm, rendering) = try Self.monoCall(lines, in: scratch)
        let assignment = try VoiceClustering.assign(Self.utterances(rendering), pcmFile: pcm)
        print("VoiceClustering, one voice: separation \(String(format: "%.2f", assignment.separation)); F0 \(assignment.features.map { $0.medianF0.map { String(format: "%.0f", $0) } ?? "-" })")
        #expect(assignment.voices == Array(repeating: 0, count: lines.count))
        #expect(assignment.separation < VoiceClustering.singleVoiceThreshold)
    }

    @Test("no utterances give an empty assignment; a missing file is fileNotFound")
    func edges() throws {
        let scratch = try Scratch("voices-edges")
        let pcm = scratch.file("quiet.pcm")
        try Data(count: AudioTools.pcmBytesPerSecond * 2).write(to: pcm)
        let empty = try VoiceClustering.assign([], pcmFile: pcm)
        #expect(empty == VoiceAssignment(voices: [], features: [], separation: 0))
        #expect(throws: TranscriptError.noTurns) { try Utterances.transcript(mono: [], assignment: empty) }

        // Silence and spans outside the file are measured as unvoiced, not errors.
        let quiet = try VoiceClustering.assign(
            [Utterance(text: "a", start: 0.2, end: 1.0), Utterance(text: "b", start: 5, end: 6), Utterance(text: "c", start: 1.5, end: 1.51)],
            pcmFile: pcm
        )
        #expect(quiet.voices == [0, 0, 0])
        #expect(quiet.features.allSatisfy { $0.medianF0 == nil && $0.voicedFraction == 0 && $0.energyDBFS == -120 })

        #expect(throws: MediaError.fileNotFound("/nonexistent/call.pcm")) {
            try VoiceClustering.assign([], pcmFile: URL(fileURLWithPath: "/nonexistent/call.pcm"))
        }
    }

    @Test("a pure tone's pitch is measured within a few percent")
    func toneF0() throws {
        let scratch = try Scratch("tone")
        let pcm = scratch.file("tone.pcm")
        var data = Data()
        for (frequency, seconds) in [(120.0, 1.0), (240.0, 1.0)] {
            for n in 0..<Int(seconds * 16_000) {
                let value = Int16(8_000 * sin(2 * Double.pi * frequency * Double(n) / 16_000))
                withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
            }
        }
        try data.write(to: pcm)
        let assignment = try VoiceClustering.assign(
            [Utterance(text: "low", start: 0.1, end: 0.9), Utterance(text: "high", start: 1.1, end: 1.9)], pcmFile: pcm
        )
        let f0 = assignment.features.map { $0.medianF0 ?? 0 }
        #expect(abs(f0[0] - 120) < 3 && abs(f0[1] - 240) < 6, "measured \(f0)")
        #expect(assignment.features.allSatisfy { $0.voicedFraction > 0.9 })
        #expect(assignment.voices == [0, 1])
    }

    @Test("through PocketSphinx: recognised words grouped at pauses, then assigned, give both voices in the transcript")
    func throughRecognition() async throws {
        let scratch = try Scratch("voices-asr")
        let (pcm, rendering) = try Self.monoCall(SyntheticCall.coldCall, in: scratch)
        let words = try await PocketSphinxRecognizer(maxConcurrent: 1).recognize(pcmFile: pcm) { _ in }
        // The synthetic call leaves 0.7 s between lines: group below that.
        let utterances = Utterances.group(words, pause: 0.4)
        let assignment = try VoiceClustering.assign(utterances, pcmFile: pcm)
        let transcript = try Utterances.transcript(mono: utterances, assignment: assignment)
        // How many recognised utterances fall in a line of the speaker they were given.
        let agreeing = zip(utterances, assignment.voices).filter { utterance, voice in
            let middle = (utterance.start + utterance.end) / 2
            return rendering.spans.contains { $0.speaker == voice && middle >= $0.start - 0.2 && middle <= $0.end + 0.2 }
        }.count
        print("VoiceClustering after PocketSphinx: \(utterances.count) utterances, \(agreeing) on the right voice, separation \(String(format: "%.2f", assignment.separation)), \(transcript.turns.count) turns")
        #expect(Set(transcript.turns.map(\.speaker)) == [.rep, .prospect])
        #expect(transcript.turns.first?.speaker == .rep)
    }
}
