/// How a phrase in `ObjectionLexicon.phrases` counts. Only prospect turns are read for objections.
enum ObjectionSignal: Sendable, Hashable {
    /// Resistance on its own: "too expensive", "not interested", "not my call".
    case raises(ObjectionCategory)
    /// A time that defers only beside a deferral cue in the same sentence: "let's look at it next quarter" and
    /// "this quarter, though" push back; "this quarter we grew 20%" reports. Counts as timing.
    case deferral
    /// A short dismissal ("I'm good", "we're fine") that is a brush-off only as the whole reply, and not when it
    /// answers "how are you?".
    case curt
    /// Holds objection words but is not one ("price isn't an issue", "that works for us"). The longest phrase at a
    /// position wins, so these shadow the shorter objection phrases they contain.
    case notObjection
}

/// Phrases by which prospects object, by library category, and phrases that only look like objections.
///
/// Matching is by whole words (tokens, never substrings), so "cheap" never fires inside "cheaper"; a turn raises
/// each category at most once however many of its phrases it uses. `ObjectionDetector.objections(in:)` applies
/// the context rules (cues, curt replies, slot answers).
enum ObjectionLexicon {
    static let phrases = Lexicon<ObjectionSignal>(
        pricing.map { ($0, ObjectionSignal.raises(.pricing)) }
        + statusQuo.map { ($0, ObjectionSignal.raises(.statusQuo)) }
        + brushOff.map { ($0, ObjectionSignal.raises(.brushOff)) }
        + timing.map { ($0, ObjectionSignal.raises(.timing)) }
        + authority.map { ($0, ObjectionSignal.raises(.authority)) }
        + deferredTimes.map { ($0, ObjectionSignal.deferral) }
        + curt.map { ($0, ObjectionSignal.curt) }
        + notObjections.map { ($0, ObjectionSignal.notObjection) }
    )

    /// Where a deferral cue must stand relative to the time it qualifies.
    enum CuePlacement: Sendable {
        case anywhere
        /// Only after the time: "this quarter, though" pushes back; "honestly, though, this quarter was rough" does
        /// not.
        case after
    }

    /// Words in the same sentence that turn a bare time into a deferral: refusing now, waiting, pushing it later,
    /// or the contrastive "though" of "…this quarter though". Read only when a `deferredTimes` phrase matched.
    static let deferralCues = Lexicon<CuePlacement>(
        [("though", .after)] + [
            "too busy", "busy", "swamped", "slammed", "buried", "not now", "not right now", "wait", "waiting",
            "later", "until", "till", "look at it", "look at this", "look at that", "look at anything",
            "look at something", "look at new", "look into it", "revisit", "hold off", "holding off", "push it",
            "push this", "push that", "put it off", "put off", "park", "maybe", "perhaps", "call me", "call back",
            "reach out", "try me", "can you try", "could you try", "get back to you", "get back to me",
            "get back to it", "circle back", "come back to it", "come back to this", "come back to me", "touch base",
            "follow up then", "follow up later", "check back", "check in then", "check in later", "ping me",
            "not a priority", "no bandwidth", "the bandwidth", "no time", "don't have time", "not ready",
            "not looking", "nothing new", "anything new", "take on anything", "take anything on", "take this on",
            "take it on", "would be better", "be better", "better time", "makes more sense", "make more sense",
            "let's talk", "let's look", "let's revisit", "let's pick", "let's speak", "let's chat", "pick this up",
            "pick it up", "pick it back up", "pick this back up", "talk then", "talk again", "speak then",
        ].map { ($0, CuePlacement.anywhere) }
    )

    /// Words that may stand beside a curt reply and leave it the whole reply: "No, I'm good, thanks."
    static let curtCompanions = WordSet([
        "no", "nah", "nope", "thanks", "thank", "you", "for", "now", "really", "honestly", "actually", "oh", "um",
        "uh", "appreciate", "it", "i", "think", "sorry", "right", "at", "the", "moment", "cheers", "but", "all",
    ])

    private static let pricing: [String] = [
        "too expensive", "pricey", "too pricey", "too much money", "costs too much", "cost too much",
        "that's a lot of money", "can't afford", "cannot afford", "can't justify", "hard to justify",
        "out of our budget", "over budget", "over our budget", "no budget", "don't have the budget",
        "don't have budget", "don't have a budget", "do not have the budget", "budget is tight", "budget's tight",
        "budgets are tight", "tight budget", "budget is frozen", "budget freeze", "cheaper", "a cheaper",
        "price is too high", "price is high", "too high", "not in the budget", "not in our budget", "spend that much",
        "the price", "pricing is", "cost is", "the cost", "money is tight", "cutting costs", "cut costs",
        "cost cutting", "per seat", "we pay less", "paying less",
        "more than we pay", "can't spend", "no money", "out of budget", "outside our budget", "not cheap",
        "a lot more than", "more than we expected", "more than we were expecting", "way more than",
        "higher than we expected", "spending freeze", "freeze on spending", "freeze on new spend", "no new money",
        "no new budget", "is cheaper", "lower quote", "quote that's", "twelve percent lower", "percent lower",
        "cheaper quote", "that's expensive", "sounds expensive", "it's expensive", "pretty expensive",
        "seems expensive", "expensive for us", "too expensive for", "not more expensive", "more expensive",
        // Everyday ways of saying it costs too much.
        "out of our price range", "out of my price range", "outside our price range", "above our price range",
        "beyond our budget", "above our budget", "more than we can spend", "more than we want to spend",
        "more than we'd like to spend", "more than we can afford", "can not afford", "not affordable", "too costly",
        "pretty costly", "that's costly", "sounds costly", "a bit steep", "pretty steep", "that's steep", "too steep",
        "a bit rich", "too rich for", "way too much", "too much for us", "cash is tight", "cash flow is tight",
        "cash flow's tight", "money's tight", "tight on cash", "no budget left", "budget is gone", "budget's gone",
        "budget is spent", "spent our budget", "don't have the money", "don't have money", "don't have the funds",
        "isn't in the budget", "not budgeted", "wasn't budgeted", "haven't budgeted", "cheapest", "something cheaper",
        "cheaper elsewhere", "cheaper option", "sticker shock", "costs a fortune", "cost a fortune", "arm and a leg",
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
        // Not wanting to change what they have. "Works fine for us" after a time ("Thursday works fine for us")
        // accepts a slot; the detector skips it there.
        "not looking to change", "not looking to switch", "not looking for a new", "not looking for another",
        "not looking at new", "not looking at other", "not looking at alternatives", "not in the market",
        "no plans to change", "no plans to switch", "don't want to change", "don't want to switch",
        "not planning to switch", "not planning to change", "not planning on switching", "not planning on changing",
        "happy where we are", "we're good with what we have", "we're good with our", "we are good with our",
        "we're fine with", "we are fine with", "we're fine as we are", "we're fine as is", "we're doing fine without",
        "managing fine", "we manage fine", "gets the job done", "does the job", "does what we need",
        "does everything we need", "works well for us", "works fine for us", "working well for us",
        "something in place", "already in place", "already sorted", "we're sorted", "already covered",
        "got something for that", "we do it in house", "we do that in house", "handle it in house",
        "handled in house",
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
        // Getting off the phone: not interested, send something, stop calling.
        "no interest", "not really interested", "not buying", "not looking to buy", "send something over",
        "send me a brochure", "send me a link", "send me your deck", "send me a deck", "just send it",
        "drop me an email", "drop me a line", "drop me a note", "put it in writing", "email it over",
        "email it to me", "email me something", "shoot me something", "shoot me a note", "shoot it over",
        "unsubscribe", "don't call me again", "please don't call", "do not call", "lose my number",
        "who gave you my number", "how did you get this number", "how'd you get my number",
        "how'd you get this number", "is this a sales pitch", "don't take cold calls", "no cold calls",
        "no soliciting", "heard it before", "heard it all before", "heard this before", "i'm hanging up",
        "going to hang up", "gonna hang up", "not for me", "i'll pass",
    ]

    /// Phrasings that defer on their own. Bare times ("next quarter") are in `deferredTimes` and need a cue; bare
    /// "busy" or "swamped" often describe the pain ("the team is swamped at month-end"), so only fuller forms.
    private static let timing: [String] = [
        "not right now", "not now", "bad time", "not a good time", "not the right time", "wrong time", "maybe later",
        "revisit", "circle back", "reach out later", "call me later", "call back later", "try again later",
        "not a priority", "don't have time", "do not have time", "don't have an hour", "no time for",
        "not a priority right now", "other priorities", "timing isn't", "bad timing", "after the holidays",
        "mid-migration", "not ready", "we're not ready", "too soon", "too early", "down the road", "someday",
        "think about it", "need some time", "need time to think", "let me think", "get back to you",
        "i'll get back to you", "hiring freeze", "reorg", "reorganization", "restructuring", "need to think",
        "think about all", "think it over", "sleep on it", "talk to a few people", "try next month",
        "call me back next", "call me next", "not this quarter", "too much going on", "timing isn't great",
        "timing isn't good", "i'm slammed", "we're slammed", "he's slammed", "she's slammed", "is slammed",
        "completely slammed", "i'm swamped", "we're swamped", "he's swamped", "she's swamped", "i'm buried",
        "we're buried", "i'm too busy", "too busy right now", "too busy for", "we're too busy", "we are too busy",
        "i am too busy", "way too busy", "just too busy", "too busy to talk", "too busy to look", "too busy to take",
        "too busy to think about", "too busy to deal with", "too busy at the moment", "hands full right now",
        "we are swamped", "i am swamped", "totally swamped", "completely swamped", "swamped right now",
        "swamped at the moment", "too swamped", "pretty swamped", "we are slammed", "totally slammed",
        "slammed right now", "pretty slammed", "not the best time", "not a great time", "not great timing",
        "terrible timing", "timing is bad", "timing's bad", "timing's not great", "timing is not great",
        "timing isn't right", "not the right moment", "no bandwidth", "don't have the bandwidth",
        "don't have bandwidth", "no capacity", "don't have the capacity", "can't take on", "can't take anything on",
        "not taking on anything new", "back burner", "on hold for now", "put it on hold", "putting it on hold",
        "hold off", "holding off", "let's wait", "we'll wait", "want to wait", "rather wait", "better to wait",
        "prefer to wait", "wait and see", "not until", "not till", "not this year", "not this month", "not before",
        "push this out", "push it out", "push it back", "push this back", "put it off", "putting it off", "park it",
        "park this", "parking it", "some other time", "maybe another time", "another time maybe", "try me later",
        "ping me later", "check back later", "check back in", "call me back in", "call me in a", "reach out in a",
        "try me in", "try me again", "try again in", "come back to me in", "circle back in", "touch base in",
        "let's revisit", "not a focus right now", "other fish to fry", "too much on our plate",
        "too much on my plate", "a lot on our plate", "a lot on my plate", "lot on our plate", "lot on my plate",
        "plate is full", "plate's full", "full plate", "a lot going on right now", "lot going on at the moment",
        "maybe next year", "maybe next quarter", "maybe next month", "maybe in the new year", "maybe after",
        "maybe down the road", "maybe in a few months", "after the new year",
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
        // Someone else decides, approves or buys.
        "out of my hands", "not my decision to make", "clear it with", "clear this with", "clear that with",
        "get it approved", "needs approval", "needs to be approved", "would need approval", "get the green light",
        "green light from", "sign-off from", "board approval", "the board decides", "the board would",
        "the board has to", "my partner decides", "my business partner", "the owner decides", "the owner would",
        "the owner has to", "procurement handles", "procurement decides", "procurement would", "purchasing handles",
        "purchasing decides", "finance decides", "finance handles", "finance would have to", "corporate decides",
        "corporate handles", "head office decides", "head office handles", "goes through corporate",
        "goes through head office", "group decision", "team decision", "joint decision", "the committee decides",
        "committee decides", "goes to committee", "by committee", "committee approval", "not just me", "not only me",
        "that's above me", "above my head", "not for me to say", "not for me to decide",
    ]

    /// Times that defer only with a cue in the same sentence (`deferralCues`): "maybe next year" or "let's look at
    /// it next quarter" push back; "next year we open two sites" does not. "After the holidays" stays in `timing`:
    /// the "after" already defers.
    private static let deferredTimes: [String] = [
        "next quarter", "this quarter", "next year", "this year", "next month", "this month", "later this year",
        "later in the year", "end of the year", "end of the quarter", "after the quarter", "after the second quarter",
        "in a few months", "in a couple of months", "in six months", "in 6 months", "new year", "the new year",
        "next fiscal year", "next fiscal", "next budget cycle", "next budget year", "the summer", "after the summer",
        "in the spring", "in the fall", "in the autumn", "busy season", "q1", "q2", "q3", "q4", "the second quarter",
        "the third quarter", "the fourth quarter", "the next quarter",
    ]

    /// Short dismissals: a brush-off only as the whole reply, and not as the answer to "how are you?".
    private static let curt: [String] = [
        "i'm good", "we're good", "i am good", "we are good", "i'm all good", "we're all good", "i'm fine",
        "we're fine",
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
        // Saying yes to a slot.
        "that works for us", "which works for us", "that would work for us", "that'd work for us",
        // The price is fine, or the cost of not acting is the worry: "we can't afford to miss another close".
        "not too pricey", "isn't too pricey", "not too steep", "can afford", "we can afford", "can't afford to miss",
        "can't afford to lose", "can't afford to wait", "can't afford to fall", "can't afford another",
        "cannot afford to miss", "cannot afford to lose",
        // "I'll pass" is a brush-off; passing a message on is not.
        "i'll pass it", "i'll pass this on", "i'll pass this along", "i'll pass your", "i'll pass the",
        "i'll pass on your", "i'll pass along", "i'll pass them", "i'll pass him", "i'll pass her",
        // No one else has to approve it.
        "won't need to go through procurement", "doesn't need to go through procurement", "won't need procurement",
        "no need to go through procurement", "without going through procurement", "doesn't need approval",
        "don't need approval", "won't need approval", "no approval needed",
    ]
}
