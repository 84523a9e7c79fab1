/// Filler words and phrases, and the context words that tell a filler "like" or "you know" from a meaningful one.
enum FillerLexicon {
    /// Each phrase is labelled with the name reported to the rep ("um" for "umm", "erm"…).
    static let fillers = Lexicon<String>([
        ("um", "um"), ("umm", "um"), ("uhm", "um"), ("erm", "um"), ("er", "uh"),
        ("uh", "uh"), ("uhh", "uh"), ("ah", "uh"), ("hmm", "hmm"),
        ("like", "like"),
        ("you know", "you know"),
        ("i mean", "i mean"),
        ("sort of", "sort of"), ("sorta", "sort of"),
        ("kind of", "kind of"), ("kinda", "kind of"),
        ("basically", "basically"), ("actually", "actually"), ("literally", "literally"),
        ("honestly", "honestly"), ("to be honest", "to be honest"),
        // Backchannels are listening noises, not fillers: claimed here so "uh" inside them is not counted.
        ("uh huh", "-"), ("mm hmm", "-"), ("uh-huh", "-"), ("mhm", "-"),
    ])

    /// Words after which "like" is a verb or comparison ("I like", "looks like", "companies like yours").
    static let likeMeaningfulBefore = WordSet([
        "i", "you", "we", "they", "he", "she", "would", "i'd", "we'd", "you'd", "they'd", "don't", "didn't",
        "doesn't", "do", "does", "did", "really", "also", "might", "will", "i'll", "we'll", "feel", "feels", "felt",
        "look", "looks", "looked", "looking", "sound", "sounds", "sounded", "seem", "seems", "something", "anything",
        "nothing", "things", "stuff", "more", "less", "much", "exactly", "just", "companies", "teams", "people",
        "folks", "customers", "clients", "tools", "someone", "somebody", "others", "ones", "businesses", "firms",
        "brands", "yours", "us", "them", "what",
    ])

    /// Words before which "like" introduces an object or an infinitive, so it is not a filler.
    static let likeMeaningfulAfter = WordSet([
        "to", "this", "that", "these", "those", "yours", "ours", "mine", "you", "us", "them", "him", "her", "me", "a",
        "an", "the",
    ])

    /// Words before "you know" / "i mean" that make them literal ("do you know", "what I mean").
    static let literalBeforeKnowOrMean = WordSet([
        "do", "did", "don't", "didn't", "if", "as", "would", "could", "will", "should", "might", "may", "what",
        "whether", "you'd", "you'll", "let", "to", "that", "how", "because", "cause", "which", "who", "where",
    ])

    /// Words after "you know" / "i mean" that make them a verb with an object ("you know the drill").
    static let literalAfterKnowOrMean = WordSet([
        "what", "how", "that", "the", "a", "an", "about", "who", "when", "where", "if", "why", "him", "her", "them",
        "it", "this", "me", "us", "your", "my", "our", "their", "is", "by", "to", "whether", "each",
    ])

    /// Words before "kind of"/"sort of" that make them mean "type of" ("what kind of tool").
    static let typeOfBefore = WordSet([
        "what", "which", "this", "that", "the", "a", "an", "any", "some", "every", "same", "different", "one",
        "those", "these", "all", "that's", "what's", "no", "each", "another", "our", "your", "my", "their", "his",
        "her", "its", "only", "first", "particular", "right", "wrong", "new", "other", "certain", "special", "exact",
        "similar", "many", "most", "two", "three", "several", "various",
    ])
}
