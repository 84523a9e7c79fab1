/// Words that start questions, and the topics that make a question discovery, qualifying or small talk.
enum QuestionLexicon {
    enum Start: Sendable {
        /// A question word: what, how, why, who, when, where. Sales trainers count all of these as open.
        case open
        /// Asks to pick from options: which, what time, what day.
        case closed
        /// A yes/no auxiliary ("do you…", "is it…"); counts only where a clause starts.
        case auxiliary
        /// Words said before the question proper ("so", "can I ask", "out of curiosity").
        case preface
        /// An imperative that works as an open question even with a full stop: "Tell me about…".
        case imperative
        /// A proposal phrased as a question ("What if I…?", "How about…?"): the rep offering, not asking.
        case proposal
    }

    static let starts = Lexicon<Start>([
        ("what if", .proposal), ("how about", .proposal), ("why don't we", .proposal),
        ("what", .open), ("what's", .open), ("whats", .open), ("what're", .open), ("how", .open),
        ("how's", .open), ("why", .open), ("why's", .open), ("how come", .open), ("in what way", .open),
        ("to what extent", .open), ("what kind of", .open), ("what sort of", .open),
        ("tell me", .imperative), ("walk me through", .imperative), ("talk me through", .imperative),
        ("take me through", .imperative), ("help me understand", .imperative), ("describe", .imperative),
        ("explain", .imperative), ("say more", .imperative), ("tell me more", .imperative),
        ("how many", .open), ("how much", .open), ("how long", .open), ("how often", .open),
        ("how soon", .open), ("how big", .open), ("who", .open), ("who's", .open), ("whom", .open),
        ("when", .open), ("when's", .open), ("where", .open), ("where's", .open),
        ("what time", .closed), ("what day", .closed), ("which", .closed),
        ("do", .auxiliary), ("does", .auxiliary), ("did", .auxiliary), ("don't", .auxiliary),
        ("doesn't", .auxiliary), ("didn't", .auxiliary), ("is", .auxiliary), ("isn't", .auxiliary),
        ("are", .auxiliary), ("aren't", .auxiliary), ("was", .auxiliary), ("were", .auxiliary),
        ("can", .auxiliary), ("can't", .auxiliary), ("could", .auxiliary), ("would", .auxiliary),
        ("wouldn't", .auxiliary), ("will", .auxiliary), ("won't", .auxiliary), ("should", .auxiliary),
        ("shall", .auxiliary), ("have", .auxiliary), ("has", .auxiliary), ("hasn't", .auxiliary),
        ("haven't", .auxiliary), ("had", .auxiliary), ("may", .auxiliary), ("might", .auxiliary),
        ("am", .auxiliary), ("any chance", .auxiliary), ("is there", .auxiliary), ("are there", .auxiliary),
        ("so", .preface), ("and", .preface), ("but", .preface), ("okay", .preface), ("ok", .preface),
        ("now", .preface), ("well", .preface), ("also", .preface), ("great", .preface), ("right", .preface),
        ("sure", .preface), ("um", .preface), ("uh", .preface), ("just", .preface), ("then", .preface),
        ("got it", .preface), ("gotcha", .preface), ("perfect", .preface), ("interesting", .preface),
        ("makes sense", .preface), ("that makes sense", .preface), ("i see", .preface),
        ("can i ask", .preface), ("could i ask", .preface), ("may i ask", .preface), ("let me ask", .preface),
        ("can i ask you", .preface), ("let me ask you", .preface), ("mind if i ask", .preface),
        ("do you mind if i ask", .preface), ("quick question", .preface), ("i'm curious", .preface),
        ("just curious", .preface), ("out of curiosity", .preface), ("i was wondering", .preface),
        ("i'm wondering", .preface), ("i wonder", .preface), ("curious", .preface), ("if i may", .preface),
        ("i'd love to know", .imperative), ("i'd love to hear", .imperative), ("i'd like to understand", .imperative),
    ])

    /// One- or two-word sentences with a question mark that are reactions or tags, not questions.
    static let tags = Lexicon<String>(phrases: [
        "right", "okay", "ok", "yeah", "yes", "no", "really", "sorry", "huh", "hello", "hi", "you know", "correct",
        "fair", "got it", "you there", "are you there", "yeah right", "oh really", "is that right", "isn't it",
        "right okay", "no way", "seriously", "aren't you", "aren't they", "isn't he", "isn't she", "don't you",
        "don't you think", "wouldn't you say", "wouldn't you agree", "doesn't it", "won't you", "can't you",
        "didn't you", "okay", "yeah", "fair",
    ])

    enum Topic: Sendable { case discovery, qualifying, smallTalk }

    /// Topic words. When the first topic phrase in a question is small talk, a permission ask or a scheduling ask,
    /// the question is small talk ("How are you doing today?" is not discovery because of "today").
    static let topics = Lexicon<Topic>(
        discoveryWords.map { ($0, Topic.discovery) }
        + qualifyingWords.map { ($0, Topic.qualifying) }
        + smallTalkWords.map { ($0, Topic.smallTalk) }
    )

    private static let discoveryWords: [String] = [
        "challenge", "challenges", "challenging", "problem", "problems", "struggle", "struggling", "struggles",
        "frustrating", "frustrated", "frustration", "pain", "pains", "pain point", "pain points", "difficult", "hard",
        "hardest", "issue", "issues", "biggest", "goal", "goals", "priority", "priorities", "objective", "objectives",
        "trying to achieve", "what happens", "happens when", "impact", "cost you", "costing you", "costs you",
        "affect", "affects", "affecting", "effect on", "currently", "today", "right now", "at the moment", "handle",
        "handling", "process", "workflow", "working", "not working", "look like", "looks like", "ideal", "success",
        "successful", "why", "what made you", "what led", "tell me more", "walk me through", "what would", "mean for",
        "keeping you up", "bottleneck", "bottlenecks", "slow", "waste", "wasting", "lose", "losing", "lost", "miss",
        "missing", "missed", "worry", "worried", "concern", "concerns", "change", "improve", "better", "how long has",
        "how much time", "revenue", "quota", "pipeline", "ramp", "turnover", "churn", "coaching", "how do you",
        "how are you handling", "how are you dealing", "what's driving", "consequence", "consequences", "fix",
        "solve", "solved", "tried", "attempted", "experience", "feel about", "think about", "what do you think",
        "what would it mean", "wish", "magic wand", "how does that", "how is that", "what does that", "what's that",
        "example", "for instance", "wrong", "broken", "manual", "complain", "complaints", "feedback",
        "how are you currently", "how are you managing", "how are you using", "how are you tracking",
        "how are you keeping", "how are you finding", "how are you planning", "how are you running",
        "how are you doing it", "how are you doing that", "how are you doing this", "how are you getting",
        "how are you thinking", "how are you approaching", "how are you measuring", "how are you going to",
    ]

    private static let qualifyingWords: [String] = [
        "budget", "budgeted", "spend", "spending", "price range", "decision", "decisions", "decide", "decides",
        "decision maker", "decision makers", "who else", "sign off", "signs off", "approve", "approves", "approval",
        "authority", "in charge", "responsible for", "timeline", "timeframe", "time frame", "by when", "deadline",
        "how many", "how big", "team size", "headcount", "contract", "renewal", "vendor", "vendors", "software",
        "crm", "evaluate", "evaluating", "other options", "are you the", "involved", "stakeholders", "procurement",
        "legal", "purchase", "buying process", "how soon", "when are you", "when would you", "using", "use",
    ]

    private static let smallTalkWords: [String] = [
        "how are you", "how are you doing", "how are you today", "how's it going", "how is it going",
        "how have you been", "how's your day", "how is your day", "how was your weekend", "how are things",
        "can you hear me", "did i catch you", "is this a bad time", "is now a bad time", "is now a good time",
        "is this a good time", "do you have a minute", "do you have a moment", "do you have a second", "got a minute",
        "have a minute", "have a second", "have a few minutes", "have a moment", "can i have", "could i have",
        "can i take", "could i take", "mind if i", "would you be open", "would you be open to",
        "does that make sense", "make sense", "sound good", "does that sound", "would that work", "does that work",
        "work for you", "works for you", "are you free", "is that okay", "is that ok", "okay if", "ok if",
        "is that fair", "would it be okay", "can i tell you why", "can i share", "how about", "could we", "can we",
        "shall we", "what time works", "when works", "what works", "calendar", "invite", "available", "free on",
        "open to", "am i speaking with", "who am i speaking", "best number", "best email", "your email",
        "put me through", "transfer me", "connect me", "email", "email address", "phone number", "your number",
        "spell", "your name", "sign", "signed", "signature", "move forward", "ready to", "get started", "demo",
        "send you", "send over", "discount", "percent off", "is this", "am i speaking", "is he around",
        "is she around", "around", "is he in", "is she in", "usually in", "in the office", "speaking with",
        "right person", "right number", "who handles", "whoever handles", "who should i", "when is he", "when is she",
        "best time", "good time to", "prefer video", "video or phone", "calendars", "line up", "couple of minutes",
        "a few minutes", "a minute", "would it hurt", "quick review", "can i ask one", "one quick question",
        "quick question first", "direct line", "his cell", "her cell", "cell number", "direct number", "his number",
        "her number",
    ]

    /// Where a question begins in speech with no punctuation: a question word followed by a verb or pronoun, or an
    /// auxiliary followed by "you"/"we"/"there". Bare "what" or "is" are too common in statements to count.
    static let spokenStarts = Lexicon<Start>(
        [
            "what do", "what does", "what did", "what is", "what's", "what are", "what would", "what will",
            "what have", "what has", "what was", "what were", "what kind of", "what made", "what happens",
            "what happened", "how do", "how does", "how did", "how is", "how's", "how are", "how would", "how will",
            "how have", "how has", "how many", "how much", "how long", "how often", "how soon", "why do", "why does",
            "why did", "why is", "why are", "why would", "who else", "who is", "who's", "who are", "who would",
            "who decides", "who handles", "who makes", "who signs", "when do", "when does", "when did", "when is",
            "when would", "when will", "where do", "where does", "where is", "where are", "where would",
        ].map { ($0, Start.open) }
        + ["tell me about", "tell me more", "walk me through", "talk me through", "help me understand"].map { ($0, Start.imperative) }
        + [
            "do you", "does your", "does that", "did you", "are you", "is there", "is it", "is that", "can you",
            "could you", "would you", "will you", "have you", "has your", "should we", "can we", "could we",
            "is your", "are there", "would it", "does it", "do they", "are they", "would that",
        ].map { ($0, Start.auxiliary) }
        + ["what if", "how about"].map { ($0, Start.proposal) }
    )

    /// Question words that start a spoken question only at the start of a turn or right after a lead-in word
    /// ("so how…", "can I ask who…"); elsewhere they are usually relative ("the person who handles it").
    static let spokenWeakStarts = Lexicon<Start>(
        ["who", "what", "how", "why", "when", "where"].map { ($0, Start.open) }
        + ["which"].map { ($0, Start.closed) }
        + ["is the", "is this", "are your", "is he", "is she", "was it", "were you", "any chance"].map { ($0, Start.auxiliary) }
    )

    /// Lead-in words after which a bare question word starts a spoken question.
    static let spokenLeadIns = WordSet([
        "so", "and", "but", "okay", "ok", "then", "great", "right", "sure", "well", "now", "also", "thanks",
        "understood", "perfect", "interesting", "ask", "curious", "wondering", "question", "wonder", "yeah", "gotcha",
        "fair", "sense", "helpful", "makes", "first", "though", "me",
    ])
}
