import Foundation
import UnderdogDomain
import UnderdogMedia

/// Turns a recording on disk into a transcript with speakers and times. The pipeline does not care which
/// engine listens: PocketSphinx offline by default, an OpenAI-compatible model when one is configured.
protocol RecordingTranscriber: Sendable {
    /// `progress` runs from 0 to 1 over the whole recording; `repChannel` says which channel of a two-channel
    /// recording holds the rep (the other is the prospect).
    func transcribe(recording: URL, probe: AudioProbe, repChannel: Int, workFolder: URL, progress: @escaping @Sendable (Double) -> Void) async throws -> RecordedTranscript
}

/// How a two-channel recording's speakers were found, for the transcript's `speakers` note.
enum StereoChannels {
    static func attribution(repChannel: Int) -> SpeakerAttribution {
        SpeakerAttribution(method: .stereoChannels, detail: "channel \(repChannel) = rep, channel \(1 - repChannel) = prospect")
    }
}

/// The offline default: ffmpeg decodes to 16 kHz PCM, PocketSphinx hears each channel, pauses make the turns.
/// A two-channel file is a dialer's recording: one channel the rep (the first unless the uploader said
/// otherwise), the other the prospect.
struct LocalRecordingTranscriber: RecordingTranscriber {
    let tools: AudioTools
    let recognizer: any SpeechRecognizer

    func transcribe(recording: URL, probe: AudioProbe, repChannel: Int, workFolder: URL, progress: @escaping @Sendable (Double) -> Void) async throws -> RecordedTranscript {
        let stereo = probe.channels >= 2
        let tools = self.tools
        let channels = try await Blocking.run { try tools.decodeToPCM(recording, into: workFolder, splitChannels: stereo) }
        var heard: [[Utterance]] = []
        for (index, channel) in channels.enumerated() {
            let share = 1.0 / Double(channels.count)
            let words = try await recognizer.recognize(pcmFile: channel) { fraction in
                progress((Double(index) + fraction) * share)
            }
            // One voice per channel can pause for breath; on a mono channel a pause is also where turns change.
            heard.append(Utterances.group(words, pause: stereo ? 0.8 : 0.5))
        }
        do {
            if stereo, heard.count >= 2 {
                let rep = repChannel == 1 ? 1 : 0
                return RecordedTranscript(
                    try Utterances.transcript(rep: heard[rep], prospect: heard[1 - rep]),
                    speakers: StereoChannels.attribution(repChannel: rep),
                    engine: "pocketsphinx")
            }
            return try monoTranscript(heard.first ?? [], pcm: channels[0])
        } catch let error as TranscriptError {
            throw PipelineError.permanent(TranscriptFailure.message(error))
        }
    }

    private func monoTranscript(_ utterances: [Utterance], pcm: URL) throws -> RecordedTranscript {
        let assignment = try VoiceClustering.assign(utterances, pcmFile: pcm)
        let transcript = try Utterances.transcript(mono: utterances, assignment: assignment)
        return RecordedTranscript(transcript, speakers: SpeakerAttribution(method: .voiceClustering, detail: MonoDetail.text(assignment)), engine: "pocketsphinx")
    }
}
