/// Opener: where the opening ends and when a first turn is a pitch dump.
public struct OpenerThresholds: Codable, Sendable, Hashable {
    /// Turns from the start that count as the opening.
    public let openingTurns: Int
    /// A first rep turn longer than this, with no question, is a pitch dump.
    public let maxFirstTurnWords: Int

    enum CodingKeys: String, CodingKey {
        case openingTurns = "opening_turns"
        case maxFirstTurnWords = "max_first_turn_words"
    }
}

/// Pitch: how long one pitch turn may run.
public struct PitchThresholds: Codable, Sendable, Hashable {
    public let maxPitchTurnWords: Int
    /// This many different features in one call is a feature dump.
    public let featureDumpMin: Int
    /// A pitch sentence listing this many comma-separated items is a feature dump too.
    public let listDumpItems: Int
    /// A pitch turn repeating this many of the prospect's own topic words is tailored to them.
    public let tailoringReusedWords: Int

    enum CodingKeys: String, CodingKey {
        case maxPitchTurnWords = "max_pitch_turn_words"
        case featureDumpMin = "feature_dump_min"
        case listDumpItems = "list_dump_items"
        case tailoringReusedWords = "tailoring_reused_words"
    }
}

/// Discovery: how many questions a call of a given length should hold.
public struct DiscoveryThresholds: Codable, Sendable, Hashable {
    /// Questions in a full discovery call (the published band).
    public let questionsPerCall: Band
    /// The call length, in minutes, the band describes; shorter calls expect proportionally fewer.
    public let referenceCallMinutes: Double
    /// The fewest questions expected of any call, however short.
    public let minQuestions: Int
    /// Reaching this share of the expected number counts as enough questions.
    public let enoughShare: Double
    /// Reaching this share counts as some questions.
    public let someShare: Double
    /// A prospect stretch at least this long means the rep let them tell their story.
    public let minCustomerStoryWords: Int
    /// The most points pain, impact and decision-process questions may add together.
    public let maxTopicPoints: Int
    /// Above this share of closed questions, discovery turns into an interrogation.
    public let maxClosedShare: Double
    /// How much a factual closed question ("When is go-live?") counts towards the expected number, 0…1.
    public let factualQuestionWeight: Double
    /// How much a yes/no question ("Do you onboard many people?") counts towards the expected number, 0…1.
    public let yesNoQuestionWeight: Double

    enum CodingKeys: String, CodingKey {
        case questionsPerCall = "questions_per_call"
        case referenceCallMinutes = "reference_call_minutes"
        case minQuestions = "min_questions"
        case enoughShare = "enough_share"
        case someShare = "some_share"
        case minCustomerStoryWords = "min_customer_story_words"
        case maxTopicPoints = "max_topic_points"
        case maxClosedShare = "max_closed_share"
        case factualQuestionWeight = "factual_question_weight"
        case yesNoQuestionWeight = "yes_no_question_weight"
    }
}

/// Objection handling: how many rep turns after an objection count as the response.
public struct ObjectionThresholds: Codable, Sendable, Hashable {
    public let responseRepTurns: Int

    enum CodingKeys: String, CodingKey {
        case responseRepTurns = "response_rep_turns"
    }
}

/// Closing: how far back a meeting word may be for "does Tuesday at 2 work?" to be a meeting ask.
public struct ClosingThresholds: Codable, Sendable, Hashable {
    public let meetingContextTurns: Int

    enum CodingKeys: String, CodingKey {
        case meetingContextTurns = "meeting_context_turns"
    }
}

/// Communication: the bands for talk share, monologues, pace and fillers.
public struct CommunicationThresholds: Codable, Sendable, Hashable {
    /// The rep's share of talk that converts best.
    public let talkRatioIdeal: Band
    /// Above this share the rep is talking at, not with, the prospect.
    public let talkRatioMax: Double
    public let monologueMaxSeconds: Double
    /// A stretch longer than this share of the whole call is a monologue too, however short the call.
    public let monologueMaxShare: Double
    /// Stands in for seconds when the transcript has no times.
    public let monologueMaxWords: Int
    public let wordsPerMinute: Band
    /// Fillers per rep word.
    public let fillerRateMax: Double
    /// Above this rate fillers dominate; also the rate that makes a single turn a filler burst.
    public let fillerRateHeavy: Double
    /// The fewest fillers in one turn that count as a burst.
    public let fillerBurstMin: Int
    public let repInterruptionsMax: Int
    /// Combative phrases in at least this many rep turns cost points.
    public let combativeTurnsMin: Int
    /// Below this many rep words there is too little speech to judge.
    public let minRepWords: Int

    enum CodingKeys: String, CodingKey {
        case talkRatioIdeal = "talk_ratio_ideal"
        case talkRatioMax = "talk_ratio_max"
        case monologueMaxSeconds = "monologue_max_seconds"
        case monologueMaxShare = "monologue_max_share"
        case monologueMaxWords = "monologue_max_words"
        case wordsPerMinute = "words_per_minute"
        case fillerRateMax = "filler_rate_max"
        case fillerRateHeavy = "filler_rate_heavy"
        case fillerBurstMin = "filler_burst_min"
        case repInterruptionsMax = "rep_interruptions_max"
        case combativeTurnsMin = "combative_turns_min"
        case minRepWords = "min_rep_words"
    }
}
