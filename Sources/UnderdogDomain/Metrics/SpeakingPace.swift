extension Measure {
    /// Rep words per minute of rep speaking time; nil without times or when the rep never spoke.
    static func speakingPace(_ call: CallText) -> Double? {
        guard call.transcript.isTimed else { return nil }
        var seconds = 0.0
        var words = 0
        for turn in call.turns where turn.speaker == .rep {
            seconds += turn.duration ?? 0
            words += call.words(in: turn.index)
        }
        return seconds > 0 ? Double(words) / (seconds / 60) : nil
    }
}
