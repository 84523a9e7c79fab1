/// The measurable shape of a call. Time-based values are nil when the transcript has no times: never guessed.
public struct ConversationMetrics: Codable, Sendable, Hashable {
    public let turns: Int
    public let repTurns: Int
    public let prospectTurns: Int
    public let repWords: Int
    public let prospectWords: Int
    /// Seconds from the first start to the last end.
    public let durationSeconds: Double?
    public let talkRatio: TalkRatio
    public let longestRepMonologue: Stretch?
    public let longestCustomerStory: Stretch?
    public let questions: QuestionStats
    /// Rep questions per minute.
    public let questionRate: Double?
    /// Speaker switches per minute.
    public let interactivity: Double?
    /// Mean seconds the rep waited after the prospect stopped.
    public let patienceSeconds: Double?
    public let interruptions: Interruptions?
    public let fillerWords: FillerWords
    /// Rep words per minute of rep speech.
    public let wordsPerMinute: Double?
    /// Share of the call with nobody speaking, 0…1.
    public let silenceShare: Double?

    enum CodingKeys: String, CodingKey {
        case turns
        case repTurns = "rep_turns"
        case prospectTurns = "prospect_turns"
        case repWords = "rep_words"
        case prospectWords = "prospect_words"
        case durationSeconds = "duration_seconds"
        case talkRatio = "talk_ratio"
        case longestRepMonologue = "longest_rep_monologue"
        case longestCustomerStory = "longest_customer_story"
        case questions
        case questionRate = "question_rate_per_minute"
        case interactivity = "switches_per_minute"
        case patienceSeconds = "patience_seconds"
        case interruptions
        case fillerWords = "filler_words"
        case wordsPerMinute = "words_per_minute"
        case silenceShare = "silence_share"
    }

    /// Measures a transcript; pure, and the same transcript always gives the same numbers.
    public static func measure(_ transcript: Transcript) -> ConversationMetrics {
        let call = CallText(transcript)
        return measure(call, questions: QuestionFinder.questions(in: call))
    }

    static func measure(_ call: CallText, questions: [Question]) -> ConversationMetrics {
        ConversationMetrics(
            turns: call.turns.count,
            repTurns: call.turns.count { $0.speaker == .rep },
            prospectTurns: call.turns.count { $0.speaker == .prospect },
            repWords: call.words(by: .rep),
            prospectWords: call.words(by: .prospect),
            durationSeconds: rounded3(call.transcript.duration),
            talkRatio: Measure.talkRatio(call),
            longestRepMonologue: Measure.longestStretch(call, by: .rep),
            longestCustomerStory: Measure.longestStretch(call, by: .prospect),
            questions: QuestionStats(questions),
            questionRate: rounded3(Measure.questionRate(call, questions: questions.count)),
            interactivity: rounded3(Measure.interactivity(call)),
            patienceSeconds: rounded3(Measure.patience(call)),
            interruptions: Measure.interruptions(call),
            fillerWords: Measure.fillerWords(call),
            wordsPerMinute: rounded3(Measure.speakingPace(call)),
            silenceShare: rounded3(Measure.silenceShare(call))
        )
    }
}
