/// Short words from which `ResistanceReader` recognises pushback by its shape rather than by a listed
/// sentence: a comparison with what they have, a complaint that the rep has not shown the value, a refusal
/// to be told. No entry is longer than three words; the structure does the rest.
enum ResistanceLexicon {
    /// Comparing: "how is that different", "why is it better than".
    static let comparison = Lexicon<String>(phrases: [
        "different", "difference", "differ", "better", "than", "versus", "vs", "instead", "compare", "compared",
        "any better", "unlike", "beat",
    ])

    /// What they have today: "what we do now", "our current system", "we already".
    static let currentState = Lexicon<String>(phrases: [
        "now", "already", "currently", "today", "current", "existing", "we have", "we've got", "we use", "we do",
        "our own", "at the moment", "in place", "in-house", "ours",
    ])

    /// Having it covered already: "we've already got someone", "we already use a bureau".
    static let already = Lexicon<String>(phrases: ["already"])

    static let covered = Lexicon<String>(phrases: [
        "got", "have", "use", "using", "work with", "working with", "sorted", "covered", "signed", "contract",
        "someone", "somebody", "a supplier", "a provider", "in place", "do", "does", "handle", "cover",
    ])

    /// Money, and a sign it is too much: "more than we'd budgeted", "can't afford", "too pricey".
    static let money = Lexicon<String>(phrases: [
        "budget", "budgeted", "afford", "price", "priced", "cost", "costs", "expensive", "pricey", "money", "spend",
        "fee", "fees", "rate", "quote", "invoice",
    ])

    static let tooMuch = Lexicon<String>(phrases: [
        "more than", "too", "over", "can't", "cannot", "out of", "beyond", "tight", "no", "not", "steep", "a lot",
    ])

    /// Not now: "I can't sign anything now", "not this year".
    static let notNow = Lexicon<String>(phrases: [
        "now", "yet", "this year", "this quarter", "this month", "until", "till", "at the moment", "for now",
        "right now", "these days",
    ])

    /// A commitment the prospect is putting off: signing, buying, deciding.
    static let commitment = Lexicon<String>(phrases: [
        "sign", "buy", "decide", "commit", "spend", "change", "switch", "approve", "start", "look at", "take on",
        "invest", "move",
    ])

    static let negation = Lexicon<String>(phrases: ["can't", "cannot", "not", "won't", "isn't", "couldn't", "wouldn't"])

    /// A claim the rep has not backed: "you haven't said", "you still didn't explain".
    static let notYet = Lexicon<String>(phrases: [
        "haven't", "hasn't", "didn't", "have not", "did not", "still not", "not yet", "never", "still no",
    ])

    static let telling = Lexicon<String>(phrases: [
        "said", "say", "told", "tell", "explained", "explain", "shown", "showed", "show", "answered", "answer",
        "mentioned", "proved", "proven", "prove", "given", "convinced",
    ])

    /// A refusal to be told or sold to: "don't tell me", "stop pitching", "spare me".
    static let refuseOpener = Lexicon<String>(phrases: [
        "don't", "do not", "stop", "spare me", "enough", "quit",
    ])

    /// Turning calls away: a barrier ("don't", "can't"), a passing verb, then calls or "through".
    static let callBarrier = Lexicon<String>(phrases: ["don't", "do not", "can't", "cannot", "won't", "never"])
    static let callPassing = Lexicon<String>(phrases: ["take", "put", "accept", "pass", "transfer"])
    static let calls = Lexicon<String>(phrases: ["calls", "sales calls", "cold calls"])

    static let refusedAct = Lexicon<String>(phrases: [
        "tell", "telling", "lecture", "lecturing", "assume", "assuming", "presume", "pitch", "pitching", "sell",
        "selling", "patronise", "patronize", "explain", "speech", "script",
    ])

    /// Doubt about the claim itself: "I doubt it", "sounds too good", "not convinced", "prove it".
    static let doubt = Lexicon<String>(phrases: [
        "doubt", "doubtful", "sceptical", "skeptical", "too good", "not convinced", "prove it", "heard that before",
        "everyone says", "they all say", "yeah right", "hard to believe",
    ])

    /// A negation standing straight before an objection phrase sets it aside: "it's not the price".
    static let setAside = WordSet(["not", "isn't", "wasn't", "aren't", "nothing"])

    /// Words that may stand between that negation and the phrase: "not really the price", "not about the money".
    static let hedges = WordSet(["really", "about", "just", "so", "even", "actually", "that", "to", "do", "with"])

    /// Calling a money or timing point fine just after naming it: "the price is fine", "timing isn't an issue".
    static let settled = Lexicon<String>(phrases: [
        "fine", "okay", "ok", "reasonable", "fair", "competitive", "not an issue", "not a problem", "no problem",
        "isn't an issue", "isn't a problem", "not the issue", "not the problem", "isn't the issue", "isn't the problem",
        "not a concern", "isn't a concern", "not an obstacle", "sorted", "agreed", "approved",
    ])

    /// A price scaled against another: "double", "twice", "more than".
    static let magnitude = Lexicon<String>(phrases: [
        "double", "twice", "triple", "three times", "more than", "higher than", "dearer than", "on top of",
    ])

    /// What they spend today: "what we pay", "we're paying now".
    static let currentSpend = Lexicon<String>(phrases: [
        "we pay", "we're paying", "we are paying", "we spend", "we're spending", "we currently", "our current",
        "we're on", "what we've got", "paying now", "pay now", "we pay now",
    ])

    /// Staying with someone a long time: "been with", "used … for years".
    static let tenure = Lexicon<String>(phrases: [
        "been with", "been using", "used them", "worked with", "been working with", "stuck with", "loyal",
    ])

    static let duration = Lexicon<String>(phrases: [
        "years", "year", "decade", "decades", "ages", "forever", "a long time", "since",
    ])

    /// A question whether the call is selling: "are you selling something?"
    static let screening = Lexicon<String>(phrases: ["selling", "sales call", "a sales", "sell me", "sell us"])

    /// Out of reach: "never at his desk", "tied up", "not available".
    static let absent = Lexicon<String>(phrases: [
        "never", "rarely", "hardly", "isn't", "not", "out", "away", "tied up", "busy", "booked",
    ])

    static let reachable = Lexicon<String>(phrases: [
        "desk", "office", "available", "around", "reachable", "free", "meetings", "meeting", "floor", "phone",
        "calls", "diary", "calendar",
    ])

    /// Doubt that it is worth it: "not sure we'd…", "don't know if it's…".
    static let unsure = Lexicon<String>(phrases: [
        "not sure", "not certain", "unsure", "don't know if", "don't know that", "don't know whether", "wonder if",
        "questionable",
    ])

    static let unsureAbout = Lexicon<String>(phrases: [
        "we'd", "we'll", "we", "it", "it'd", "it's", "it'll", "that", "that's", "this", "worth", "need", "you",
        "your", "anyone", "our", "there's",
    ])

    /// Saying someone will not take to it: "would never", "won't", "can't see".
    static let predictedRefusal = Lexicon<String>(phrases: [
        "would never", "will never", "won't", "wouldn't", "can't see", "cannot see", "not going to", "never going to",
        "don't see",
    ])

    static let adoption = Lexicon<String>(phrases: [
        "use", "using", "change", "changing", "switch", "go for", "going for", "thank", "accept", "adopt", "buy",
        "like", "agree", "approve", "sign", "pay", "want", "bother", "learn", "touch", "let", "allow",
    ])

    /// Habit: "we're used to it", "the old way".
    static let habit = Lexicon<String>(phrases: [
        "are used to", "we're used to", "they're used to", "is used to", "always done", "always been done",
        "old way", "the way we've", "set in", "creatures of habit",
    ])

    /// A similar attempt before: "we tried something similar", "looked at one last year".
    static let triedBefore = Lexicon<String>(phrases: [
        "tried", "looked at", "trialled", "trialed", "piloted", "went with", "bought", "had one",
    ])

    static let before = Lexicon<String>(phrases: [
        "similar", "before", "last year", "in the past", "once", "a while back", "years ago", "like this",
        "like that", "like yours", "ago", "one of these",
    ])

    /// Too busy for it now: "ten other things", "on fire", "in the middle of".
    static let badTime = Lexicon<String>(phrases: [
        "other things", "other priorities", "on fire", "on my plate", "on our plate",
        "restructure", "restructuring", "reorganisation", "reorganization", "firefighting", "flat out",
        "snowed under", "up to my", "bigger fish",
    ])

    /// The timing, and a bad word near it: "the timing is terrible".
    static let moment = Lexicon<String>(phrases: ["timing", "timing's", "bad time", "wrong time", "worst time"])

    /// Busy with something else: "we're in the middle of…", read only after "I'm" or "we're".
    static let midst = Lexicon<String>(phrases: ["middle of", "midst of"])
    static let busySubject = WordSet(["i'm", "we're", "we", "i", "am", "are", "in", "the"])

    static let bad = Lexicon<String>(phrases: [
        "terrible", "bad", "awful", "wrong", "tough", "difficult", "crazy", "hectic", "mad", "rough", "not great",
        "not good", "not ideal", "horrible", "nightmare", "impossible", "insane",
    ])

    /// A question that challenges the need or the price, at the start of the sentence: "Why would I…?"
    static let challenge = Lexicon<String>(phrases: [
        "why would", "why should", "what makes you", "why do we", "why do i", "what's the point",
        "how would that", "how is that", "who says",
    ])

    /// Too much for them: "a big ask", "overkill".
    static let tooBig = Lexicon<String>(phrases: [
        "big ask", "a lot to ask", "overkill", "too big", "too much for", "too complicated", "too complex",
        "not for us", "too small", "not big enough",
    ])

    /// A hedged verdict on the offer: "sounds a bit…", "seems rather…".
    static let verdict = Lexicon<String>(phrases: ["sounds", "seems", "feels", "looks", "it's all", "all sounds"])

    static let hedge = Lexicon<String>(phrases: ["a bit", "a little", "rather", "too", "a touch", "awfully"])

    /// Paying, for the money topic: "why would I pay".
    static let paying = Lexicon<String>(phrases: ["pay", "paying", "money's", "for free", "worth the", "roi"])

    /// A person who decides: "the board", "my MD".
    static let decider = Lexicon<String>(phrases: [
        "board", "boss", "md", "ceo", "cfo", "director", "directors", "owner", "owners", "partners", "management",
        "head office", "finance", "procurement", "sign off", "approval", "approve",
    ])

    /// Denying, for the shapes below: "don't", "no", "nobody".
    static let denial = Lexicon<String>(phrases: [
        "don't", "doesn't", "can't", "cannot", "not", "no", "won't", "wouldn't", "haven't", "hasn't", "nobody",
        "no one", "not enough",
    ])

    /// What an offer is for: "I don't see the point", "no real value in it".
    static let worth = Lexicon<String>(phrases: ["point", "value", "benefit", "need for"])

    /// Bound elsewhere: "we just signed with someone", "we've renewed".
    static let bound = Lexicon<String>(phrases: ["signed", "renewed", "committed", "tied in", "tied into"])
    /// What they are bound by: "a three-year deal", "with someone else", "until next spring".
    static let boundBy = Lexicon<String>(phrases: [
        "deal", "contract", "agreement", "someone else", "another", "elsewhere", "with", "until",
    ])

    /// Deciding: "not something I can decide", "not up to me".
    static let deciding = Lexicon<String>(phrases: [
        "decide", "decision", "up to me", "my call", "sign it", "sign off", "approve",
    ])

    /// What it would take to adopt something: people and time.
    static let resource = Lexicon<String>(phrases: [
        "time", "headcount", "people", "capacity", "bandwidth", "resource", "resources", "staff", "manpower",
    ])

    /// Taking something new on: "to learn another system", "to roll it out".
    static let takingOn = Lexicon<String>(phrases: [
        "learn", "roll", "set up", "setting up", "implement", "take on", "train", "switch", "another", "new",
        "look at",
    ])

    /// Hard to get past someone: "a hard sell", "tough to justify".
    static let hard = Lexicon<String>(phrases: ["hard", "tough", "difficult"])
    static let selling = Lexicon<String>(phrases: ["sell", "justify", "convince", "get past"])

    /// A bad time with a vendor before: "burned", "a bad experience", "it was rubbish".
    static let soured = Lexicon<String>(phrases: [
        "bad experience", "burned", "burnt", "rubbish", "let us down", "waste of money", "never again",
        "didn't work", "never worked", "useless",
    ])

    static let vendor = Lexicon<String>(phrases: [
        "company", "companies", "product", "system", "tool", "supplier", "vendor", "provider", "app", "software",
        "platform", "one of these", "similar", "firm",
    ])
}
