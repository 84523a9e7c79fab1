/// Turns that started before the other speaker had finished, by who interrupted.
public struct Interruptions: Codable, Sendable, Hashable {
    public let byRep: Int
    public let byProspect: Int
    /// The interrupting turns, in order.
    public let turns: [Int]

    enum CodingKeys: String, CodingKey {
        case byRep = "by_rep"
        case byProspect = "by_prospect"
        case turns
    }
}

extension Measure {
    /// Counts turns that start before the previous speaker's end; nil without times.
    static func interruptions(_ call: CallText) -> Interruptions? {
        guard call.transcript.isTimed else { return nil }
        var byRep = 0
        var byProspect = 0
        var turns: [Int] = []
        for index in call.turns.indices.dropFirst() {
            let turn = call.turns[index]
            let previous = call.turns[index - 1]
            guard turn.speaker != previous.speaker, let start = turn.start, let end = previous.end, start < end else {
                continue
            }
            if turn.speaker == .rep { byRep += 1 } else { byProspect += 1 }
            turns.append(index)
        }
        return Interruptions(byRep: byRep, byProspect: byProspect, turns: turns)
    }
}
