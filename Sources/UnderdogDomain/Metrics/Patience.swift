extension Measure {
    /// Mean pause in seconds before the rep speaks after the prospect stops; nil without times or such moments.
    ///
    /// When the rep starts before the prospect has finished, the pause counts as zero rather than negative, so
    /// interruptions lower patience without cancelling out genuine pauses elsewhere.
    static func patience(_ call: CallText) -> Double? {
        guard call.transcript.isTimed else { return nil }
        var total = 0.0
        var count = 0
        for index in call.turns.indices.dropFirst() {
            let turn = call.turns[index]
            let previous = call.turns[index - 1]
            guard turn.speaker == .rep, previous.speaker == .prospect, let start = turn.start, let end = previous.end else {
                continue
            }
            total += max(0, start - end)
            count += 1
        }
        return count > 0 ? total / Double(count) : nil
    }
}
