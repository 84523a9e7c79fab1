/// The rep's share of the talking: by words always, by time when the transcript is timed.
public struct TalkRatio: Codable, Sendable, Hashable {
    /// Rep words divided by all words, 0…1.
    public let byWords: Double
    /// Rep speaking seconds divided by all speaking seconds, 0…1; nil without times.
    public let byTime: Double?

    public init(byWords: Double, byTime: Double?) {
        self.byWords = rounded3(byWords)
        self.byTime = rounded3(byTime)
    }

    /// The best available share: time when known, since that is what a listener experiences.
    public var preferred: Double { byTime ?? byWords }

    enum CodingKeys: String, CodingKey {
        case byWords = "by_words"
        case byTime = "by_time"
    }
}

extension Measure {
    static func talkRatio(_ call: CallText) -> TalkRatio {
        let rep = call.words(by: .rep)
        let all = rep + call.words(by: .prospect)
        let byWords = all > 0 ? Double(rep) / Double(all) : 0
        var byTime: Double?
        if call.transcript.isTimed {
            var repSeconds = 0.0
            var allSeconds = 0.0
            for turn in call.turns {
                let seconds = turn.duration ?? 0
                allSeconds += seconds
                if turn.speaker == .rep { repSeconds += seconds }
            }
            byTime = allSeconds > 0 ? repSeconds / allSeconds : nil
        }
        return TalkRatio(byWords: byWords, byTime: byTime)
    }
}
