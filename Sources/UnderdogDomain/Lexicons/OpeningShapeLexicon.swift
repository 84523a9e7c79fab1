/// Short words from which `OpeningReader` recognises the parts of an opening by their shape: a first person
/// stating a purpose, a question about the prospect's time, a reference to the last conversation, a thing the
/// rep saw or read about them. No entry is longer than three words.
enum OpeningShapeLexicon {
    static let firstPerson = Lexicon<String>(phrases: ["i'm", "i am", "i", "i'd", "we're", "we'd", "i've", "i was"])

    static let purpose = Lexicon<String>(phrases: [
        "calling", "ringing", "phoning", "trying", "hoping", "looking", "like to", "love to", "want to", "wanted to",
        "reaching out", "getting in touch", "in touch", "after", "keen to", "thought we'd", "thought i'd",
    ])

    /// What the call is for, said as its aim: "the aim today is to…", "so this is the call to…".
    static let aim = Lexicon<String>(phrases: ["aim", "goal", "purpose", "the call", "the idea", "the plan"])

    /// A purpose clause about the conversation itself: "to see whether", "to go through", "to tie that off".
    static let purposeClause = Lexicon<String>(phrases: [
        "to see", "to go through", "to talk", "to discuss", "to check", "to review", "to agree", "to decide",
        "to tie", "to catch up", "to follow up", "to pick up", "to walk", "to run through", "to look at",
    ])

    /// What a question asks of the prospect's time, or of their help.
    static let timeOrHelp = Lexicon<String>(phrases: [
        "moment", "minute", "minutes", "time", "second", "seconds", "now", "busy", "bad", "good", "fair", "caught",
        "able", "help", "point me", "mind", "still okay", "still ok", "still work", "hour", "still good",
    ])

    /// The last conversation: "last Thursday you said", "when we spoke", "as promised".
    static let earlier = Lexicon<String>(phrases: [
        "last", "spoke", "said", "mentioned", "promised", "talked", "met", "sent", "left off", "following up",
        "follow up", "agreed", "since we",
    ])

    static let between = Lexicon<String>(phrases: ["you", "we", "our", "us", "your"])

    /// Something the rep saw, read or heard about them.
    static let noticed = Lexicon<String>(phrases: [
        "saw", "read", "noticed", "heard", "came across", "spotted", "seen", "congratulations", "congrats",
        "caught your", "watched", "listened to",
    ])

    static let theirs = Lexicon<String>(phrases: ["your", "you", "you're", "you've"])
}
