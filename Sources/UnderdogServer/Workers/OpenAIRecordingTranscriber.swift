import Foundation
import UnderdogAI
import UnderdogDomain
import UnderdogMedia

/// Speech-to-text by an OpenAI-compatible `/v1/audio/transcriptions` model, when one is configured. The
/// recording is decoded and split like the local path, each channel cut into five-minute WAV pieces (the
/// service takes 25 MB at most), and the pieces' segment times moved back to their place in the call.
struct OpenAIRecordingTranscriber: RecordingTranscriber {
    let tools: AudioTools
    let transcriber: OpenAITranscriber

    func transcribe(recording: URL, probe: AudioProbe, repChannel: Int, workFolder: URL, progress: @escaping @Sendable (Double) -> Void) async throws -> RecordedTranscript {
        let stereo = probe.channels >= 2
        let tools = self.tools
        let channels = try await Blocking.run { try tools.decodeToPCM(recording, into: workFolder, splitChannels: stereo) }
        let pieces = try await Blocking.run { try channels.map { try PCMChunks.wavChunks(of: $0, into: workFolder) } }
        let total = max(1, pieces.reduce(0) { $0 + $1.count })
        var done = 0
        var heard: [[Utterance]] = []
        for channel in pieces {
            var utterances: [Utterance] = []
            for piece in channel {
                let answer = try await transcriber.transcribe(file: piece.file, fileName: piece.file.lastPathComponent, mimeType: "audio/wav")
                utterances += answer.segments.map {
                    Utterance(text: $0.text, start: piece.offsetSeconds + $0.start, end: piece.offsetSeconds + $0.end)
                }
                done += 1
                progress(Double(done) / Double(total))
            }
            heard.append(utterances)
        }
        do {
            if stereo, heard.count >= 2 {
                let rep = repChannel == 1 ? 1 : 0
                return RecordedTranscript(
                    try Utterances.transcript(rep: heard[rep], prospect: heard[1 - rep]),
                    speakers: StereoChannels.attribution(repChannel: rep),
                    engine: transcriber.model)
            }
            let utterances = heard.first ?? []
            let assignment = try VoiceClustering.assign(utterances, pcmFile: channels[0])
            return RecordedTranscript(
                try Utterances.transcript(mono: utterances, assignment: assignment),
                speakers: SpeakerAttribution(method: .voiceClustering, detail: MonoDetail.text(assignment)),
                engine: transcriber.model)
        } catch let error as TranscriptError {
            throw PipelineError.permanent(TranscriptFailure.message(error))
        }
    }
}

/// Shared by both transcribers: what a rep reads when the speakers of a mono call were guessed.
enum MonoDetail {
    static func text(_ assignment: VoiceAssignment) -> String {
        String(format: "mono: turns split at pauses, two voices by pitch and energy (separation %.1f); the first voice is taken as the rep",
               assignment.separation)
    }
}

enum TranscriptFailure {
    static func message(_ error: TranscriptError) -> String {
        if case .noTurns = error { return "No speech was recognised in the recording." }
        return "The recognised speech could not be made into a transcript: \(error)"
    }
}
