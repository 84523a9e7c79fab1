/// The three discovery topics a rep should cover: pain, its impact, and how the buying decision gets made.
enum DiscoveryLexicon {
    enum Topic: String, Sendable { case pain, impact, decisionProcess = "decision_process", currentState = "current_state" }

    static let topics = Lexicon<Topic>(
        pain.map { ($0, Topic.pain) }
        + impact.map { ($0, Topic.impact) }
        + decisionProcess.map { ($0, Topic.decisionProcess) }
        + currentState.map { ($0, Topic.currentState) }
    )

    private static let pain: [String] = [
        "challenge", "challenges", "challenging", "problem", "problems", "struggle", "struggling", "struggles",
        "frustrating", "frustrated", "frustration", "pain", "pain point", "pain points", "difficult", "hardest",
        "hard part", "issue", "issues", "biggest", "not working", "isn't working", "what's broken", "bottleneck",
        "bottlenecks", "keeping you up", "worry", "worried", "concern", "concerns", "what would you change",
        "change about", "improve", "fix", "wrong", "complain", "complaints", "pushback", "gaps", "gap", "obstacle",
        "obstacles", "what's stopping", "holding you back", "slowing", "headache", "headaches", "bad day", "tried",
        "what's hard", "hard", "tough", "stuck", "worst", "risk", "risky", "worries you", "what worries", "stand out",
        "stood out", "go wrong", "goes wrong", "went wrong", "falls apart", "what's driving", "what's making",
        "what's behind", "what made", "claims", "mistakes", "errors", "complaint",
    ]

    private static let impact: [String] = [
        "impact", "cost you", "costing you", "costs you", "cost the", "affect", "affects", "affecting", "effect on",
        "what happens if", "what happens when", "what does that mean", "mean for", "consequence", "consequences",
        "how much time", "how much money", "how many deals", "how much revenue", "revenue", "quota", "lose", "losing",
        "lost", "miss", "missing", "missed", "how long has", "how often", "what would it mean",
        "what would that mean", "worth to", "priority", "priorities", "if nothing changes", "if you don't", "cost of",
        "turnover", "churn", "attrition", "ramp time", "how long does it take", "how long do", "hours", "per week",
        "per month", "goal", "goals", "target", "targets", "numbers",
    ]

    private static let decisionProcess: [String] = [
        "who else", "decision", "decisions", "decide", "decides", "decision maker", "decision makers",
        "decision process", "decision-making", "sign off", "signs off", "sign-off", "approve", "approves", "approval",
        "buying process", "purchase process", "procurement", "evaluate", "evaluation", "evaluating", "stakeholders",
        "involved", "budget", "budgets", "timeline", "timeframe", "time frame", "by when", "who would",
        "who's responsible", "who is responsible", "in charge", "final say", "how do you usually buy",
        "how have you bought", "last time you bought", "legal", "security review", "next steps on your side",
        "your boss", "your manager", "your vp", "your cfo", "your ceo", "loop in", "the team", "who besides",
        "besides you", "go-live", "go live", "deadline", "contract review", "date you're working", "working against",
        "how does she", "how does he", "how do they usually", "justified", "justify", "sign the", "signs the",
    ]

    private static let currentState: [String] = [
        "currently", "today", "right now", "at the moment", "how do you handle", "how are you handling",
        "how do you currently", "what are you using", "what do you use", "how do you do", "walk me through",
        "process", "workflow", "how does your team", "how do your reps", "how are your reps", "what does your",
        "what's your current", "set up", "setup",
    ]

    /// Prompts that dig deeper into what the prospect just said.
    static let followUp = Lexicon<String>(phrases: [
        "tell me more", "say more", "how so", "what do you mean", "can you give me an example", "give me an example",
        "for example", "why is that", "why do you think", "what makes you say", "how come", "what happened",
        "and then what", "what else", "anything else", "how did that", "how does that", "what did that",
        "when you say", "you mentioned", "you said", "walk me through", "elaborate", "dig into", "unpack",
        "expand on", "what's behind", "what led to", "what caused", "can i ask", "may i ask", "mind if i ask",
        "what's making", "what's driving", "what makes",
    ])

    /// Short words that carry no topic, so repeating one does not show the rep was listening.
    static let stopWords = WordSet([
        "the", "a", "an", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "is", "are", "was",
        "were", "be", "been", "it", "it's", "that", "this", "these", "those", "i", "i'm", "you", "you're", "we",
        "we're", "they", "they're", "he", "she", "my", "your", "our", "their", "me", "us", "them", "do", "does",
        "did", "don't", "have", "has", "had", "what", "how", "why", "when", "where", "who", "which", "yes", "no",
        "yeah", "okay", "ok", "well", "just", "really", "very", "not", "can", "could", "would", "will", "should",
        "about", "like", "know", "think", "get", "got", "go", "going", "one", "all", "some", "any", "more", "much",
        "there", "here", "if", "then", "than", "as", "from", "by", "up", "out", "right", "now", "sure", "um", "uh",
        "also", "actually", "lot", "lots", "thing", "things", "kind", "sort", "mean", "say", "said", "tell", "want",
        "need", "make", "see", "way", "time", "good", "great", "thanks", "thank", "hi", "hello", "hey", "today",
        "call", "question", "let", "let's", "me", "its", "his", "her", "him", "am", "being", "into", "over", "off",
        "because", "pretty", "still", "even", "other", "only", "own", "same", "too", "each", "few", "both", "most",
        "where's", "that's", "what's", "there's", "here's", "i've", "we've", "you've", "i'd", "we'd", "you'd", "i'll",
        "we'll", "you'll", "can't", "won't", "isn't", "aren't", "doesn't", "didn't",
    ])
}
