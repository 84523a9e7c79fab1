extension Measure {
    /// Rep questions per minute of call; nil without times.
    static func questionRate(_ call: CallText, questions: Int) -> Double? {
        guard let duration = call.transcript.duration, duration > 0 else { return nil }
        return Double(questions) / (duration / 60)
    }

    /// Speaker switches per minute, how back-and-forth the call felt; nil without times.
    static func interactivity(_ call: CallText) -> Double? {
        guard let duration = call.transcript.duration, duration > 0 else { return nil }
        var switches = 0
        for index in call.turns.indices.dropFirst() where call.turns[index].speaker != call.turns[index - 1].speaker {
            switches += 1
        }
        return Double(switches) / (duration / 60)
    }
}
