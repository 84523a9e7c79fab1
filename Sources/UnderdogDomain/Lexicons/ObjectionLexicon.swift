/// Phrases by which prospects object, by library category, and phrases that only look like objections.
enum ObjectionLexicon {
    /// A category, or `nil` for a phrase that must not count ("price isn't an issue").
    static let phrases = Lexicon<ObjectionCategory?>(
        pricing.map { ($0, ObjectionCategory.pricing) }
        + statusQuo.map { ($0, ObjectionCategory.statusQuo) }
        + brushOff.map { ($0, ObjectionCategory.brushOff) }
        + timing.map { ($0, ObjectionCategory.timing) }
        + authority.map { ($0, ObjectionCategory.authority) }
        + notObjections.map { ($0, nil) }
    )

    private static let pricing: [String] = [
        "too expensive", "pricey", "too pricey", "too much money", "costs too much", "cost too much",
        "that's a lot of money", "can't afford", "cannot afford", "can't justify", "hard to justify",
        "out of our budget", "over budget", "over our budget", "no budget", "don't have the budget",
        "don't have budget", "don't have a budget", "do not have the budget", "budget is tight", "budget's tight",
        "budgets are tight", "tight budget", "budget is frozen", "budget freeze", "cheaper", "a cheaper",
        "price is too high", "price is high", "too high", "not in the budget", "not in our budget", "spend that much",
        "the price", "pricing is", "cost is", "the cost", "money is tight", "cutting costs", "cut costs",
        "cost cutting", "per seat", "how much does it cost", "what does it cost", "we pay less", "paying less",
        "more than we pay", "can't spend", "no money", "out of budget", "outside our budget", "not cheap",
        "a lot more than", "more than we expected", "more than we were expecting", "way more than",
        "higher than we expected", "spending freeze", "freeze on spending", "freeze on new spend", "no new money",
        "no new budget", "is cheaper", "lower quote", "quote that's", "twelve percent lower", "percent lower",
        "cheaper quote", "that's expensive", "sounds expensive", "it's expensive", "pretty expensive",
        "seems expensive", "expensive for us", "too expensive for", "not more expensive", "more expensive",
    ]

    private static let statusQuo: [String] = [
        "we already use", "we already have", "already using", "already have", "already working with",
        "already work with", "happy with", "pretty happy with", "we're happy", "we are happy", "works fine",
        "working fine", "works for us", "working for us", "current vendor", "current provider", "current tool",
        "current system", "current solution", "locked in", "in a contract", "under contract", "signed a contract",
        "don't need", "do not need", "don't really need", "no need", "we're all set", "we are all set", "all set",
        "built our own", "build our own", "built it in house", "don't see the need", "don't see a need",
        "doesn't seem necessary", "not broken", "ain't broke", "fine as is", "fine the way", "good enough",
        "spreadsheets work", "our own process", "we have a process", "we handle it", "we've got it covered",
        "got it covered", "we're covered", "we are covered", "switching is", "switching costs", "pain to switch",
        "hassle to switch", "too much hassle", "too much work to switch", "we tried something like",
        "tried that before", "tried it before", "didn't work for us",
    ]

    private static let brushOff: [String] = [
        "send me an email", "send me some info", "send me some information", "send me information",
        "send me something", "send me the info", "send me the details", "send me details", "send me your info",
        "just send me", "just email me", "email me", "shoot me an email", "put it in an email", "send it over",
        "send over some", "not interested", "i'm not interested", "we're not interested", "no thanks", "no thank you",
        "not for us", "i'm busy", "i'm really busy", "i'm in a meeting", "i'm driving", "take me off", "remove me",
        "don't call", "stop calling", "how did you get my number", "is this a sales call", "this is a sales call",
        "i have to go", "i've got to go", "gotta go", "i need to go", "can't talk", "cannot talk",
        "we get a lot of these", "get calls like this", "get these calls", "hang up", "not a good fit", "she's busy",
        "he's busy", "she's not available", "he's not available", "she isn't available", "he isn't available",
        "not taking calls", "doesn't take calls", "does not take calls", "doesn't take sales calls", "no sales calls",
        "leave a message", "leave your number", "she's in meetings", "he's in meetings", "she's in a meeting",
        "he's in a meeting", "pass on this", "not something we", "he's not in", "she's not in", "not in today",
        "out of the office", "not in the office", "take a message", "can i take a message", "i'll pass on this",
        "i'll pass, thanks", "i'll pass thanks", "we'll pass",
    ]

    private static let timing: [String] = [
        "not right now", "not now", "bad time", "not a good time", "not the right time", "wrong time", "next quarter",
        "next year", "next month", "maybe later", "later this year", "later in the year", "in a few months",
        "in six months", "in 6 months", "revisit", "circle back", "reach out later", "call me later",
        "call back later", "try again later", "not a priority", "don't have time", "do not have time",
        "don't have an hour", "no time for", "not a priority right now", "other priorities", "timing isn't",
        "bad timing", "end of the year", "after the holidays", "after the quarter", "busy season", "mid-migration",
        "not ready", "we're not ready", "too soon", "too early", "down the road", "someday", "think about it",
        "need some time", "need time to think", "let me think", "get back to you", "i'll get back to you",
        "hiring freeze", "reorg", "reorganization", "restructuring", "need to think", "think about all",
        "think it over", "sleep on it", "talk to a few people", "try next month", "call me back next", "call me next",
        "after the second quarter", "not this quarter", "too much going on", "timing isn't great",
        "timing isn't good", "i'm slammed", "we're slammed", "he's slammed", "she's slammed", "is slammed",
        "completely slammed", "i'm swamped", "we're swamped", "he's swamped", "she's swamped", "i'm buried",
        "we're buried", "i'm too busy", "too busy right now", "too busy for", "hands full right now",
    ]

    private static let authority: [String] = [
        "not my decision", "not my call", "not up to me", "isn't up to me", "not the decision maker",
        "not the right person", "wrong person", "talk to my boss", "ask my boss", "check with my boss", "run it by",
        "run this by", "run that by", "need approval", "need to get approval", "get sign off", "sign-off",
        "signs off", "sign off", "above my pay grade", "i'll have to check", "have to check with", "i'd have to ask",
        "i'd have to check", "i'd need to check", "i need to check with", "need to check with", "need to talk to",
        "have to talk to", "need to loop in", "loop in", "decision is made by", "makes the decision",
        "makes those decisions", "handles that", "handles those", "not in charge", "i don't make", "i don't decide",
        "don't control the budget", "not my budget", "my team decides", "the team decides", "talk to my manager",
        "ask my manager", "check with my manager", "my boss decides", "my boss would", "my manager would",
        "my boss makes", "the ceo decides", "ceo would have to", "cfo would have to", "have to ask", "need to ask",
        "would need to ask", "need buy-in", "need buy in", "get buy-in", "get buy in", "run it past", "run this past",
        "bring it to", "take it to my", "take this to my", "present it to", "sign off on", "signs off on",
        "final say", "final decision", "go through procurement", "goes through procurement", "through procurement",
        "involve my", "bring in my", "has to approve", "have to approve", "needs to approve", "need to approve",
        "has to sign", "has to sign off", "approve any", "i can't sign", "can't sign anything", "cannot sign",
        "signing authority", "not the one who decides", "i'm not the one", "not the one who", "doesn't handle",
        "don't handle", "isn't the right person", "security review", "it security", "legal review",
        "procurement review", "not my area", "not my department", "that's not me", "someone else handles",
        "i don't choose", "don't choose",
    ]

    private static let notObjections: [String] = [
        // Phrases that contain objection words but are not objections.
        "price isn't an issue", "price is not an issue", "price isn't a problem", "budget isn't an issue",
        "budget is not an issue", "budget isn't a problem", "we have budget", "we have the budget", "have budget for",
        "budget approved", "budget is approved", "cost isn't", "not too expensive", "isn't expensive",
        "not expensive", "i'm the decision maker", "i make the decision", "i make the decisions",
        "i'm the one who decides", "i decide", "i can decide", "my decision", "good time", "now is fine", "now works",
        "right now works", "timing is good", "timing is great", "timing is perfect", "perfect timing", "great timing",
        "not happy with", "unhappy with", "not working", "isn't working", "not working well", "doesn't work",
        "not all set", "i'm interested", "we're interested", "am interested", "sounds interesting", "not a bad time",
        "it's not a bad time", "no need to apologize", "which is why", "who besides", "what's the timing",
        "the timing works", "i'll pass that on", "i'll pass it on", "i'll pass that along", "pass that on",
        "pass it on", "pass the message", "pass along", "i'll pass that",
    ]
}
