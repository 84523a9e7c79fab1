import UnderdogDomain

extension Utterances {
    /// The validated transcript of a mono call whose utterances `VoiceClustering.assign` labelled: voice 0 (the
    /// voice that speaks first, the rep placing a cold call) is the rep, voice 1 the prospect. Interleaved and
    /// merged exactly as `transcript(rep:prospect:)` does. `assignment.voices` is parallel to `utterances`; an
    /// utterance without a label is left out. `TranscriptError.noTurns` when nothing was recognised.
    public static func transcript(mono utterances: [Utterance], assignment: VoiceAssignment) throws(TranscriptError) -> Transcript {
        let labelled = zip(utterances, assignment.voices)
        return try transcript(rep: labelled.filter { $0.1 == 0 }.map(\.0), prospect: labelled.filter { $0.1 != 0 }.map(\.0))
    }
}
