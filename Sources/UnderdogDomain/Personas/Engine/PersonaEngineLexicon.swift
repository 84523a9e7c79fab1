/// Phrases the local persona engine reacts to that the scoring lexicons do not already hold.
enum PersonaEngineLexicon {
    /// Telling the buyer what to do, pushing to buy, dismissing them.
    static let pushy = Lexicon<String>(phrases: [
        "you need to", "you have to", "you must", "you should just", "just buy", "buy it", "buy now", "just sign",
        "sign today", "sign now", "stop wasting my time", "stop wasting", "you're wasting my time",
        "don't waste my time", "listen to me", "just listen", "trust me", "no excuses", "wake up",
        "get with the times", "i don't take no", "don't say no", "last chance", "just do it", "just say yes",
        "say yes", "what's your problem", "what is your problem", "are you deaf", "shut up",
        "do it now", "buy right now", "sign right now", "today only", "you'd be crazy", "you'd be stupid", "or else",
        "i'm not asking",
        "i need a yes", "give me a yes", "just book", "book it now", "put me through now", "just put me through",
        "just make sure", "make sure he", "make sure she", "haven't got all day", "haven't got all week",
        "i haven't got time", "you owe yourself", "you owe it", "no wonder", "old school", "behind the times",
        "stuck in the past", "dark ages", "your competitors", "everyone else has", "get with it",
    ])

    /// Insults beyond the politeness lexicon's list.
    static let insults = Lexicon<String>(phrases: [
        "idiot", "idiots", "stupid", "moron", "morons", "clueless", "incompetent", "lazy", "pathetic", "dinosaur",
        "dinosaurs", "dumb", "useless", "loser", "losers", "joke", "amateur", "amateurs", "ignorant", "dense",
        "backwards", "stone age", "living in the past",
    ])

    /// Pricing up a job ("who prices up new work?"): the buyer's quoting, not money asked of them.
    static let pricingUpWork = Lexicon<String>(phrases: [
        "prices up", "price up", "pricing up", "priced up", "price a job", "price jobs", "prices jobs", "price the job",
        // "How much of your inbox…?" asks a share, not a price.
        "how much of", "how much time", "how much work",
    ])

    /// Words that can only be the price of what is sold, whatever else the sentence says about cost.
    static let plainPrice = Lexicon<String>(phrases: [
        "pricing", "our price", "the price", "per seat", "per user", "per licence", "per license", "subscription", "license fee",
        "licence fee",
    ])

    /// Money: a rep bringing it up is when a pricing objection fits.
    static let price = Lexicon<String>(phrases: [
        "price", "prices", "pricing", "cost", "costs", "how much", "expensive", "cheap", "budget", "fee", "fees",
        "per month", "per year", "per seat", "per user", "per site", "subscription", "license fee", "dollars",
        "a month", "a year", "invest", "investment", "contract",
    ])

    /// Playing back what the buyer said.
    static let listening = Lexicon<String>(phrases: [
        "so what i'm hearing", "what i'm hearing", "what i hear", "if i heard you", "if i understand",
        "if i understood", "so you're saying", "you're saying", "sounds like", "it sounds like", "you mentioned",
        "you said", "you told me", "that makes sense", "makes sense", "i hear you", "got it", "understood",
        "fair enough", "that's fair", "let me make sure", "correct me if", "did i get that right", "in other words",
        "so for you", "so the real", "that must be",
    ])

    /// Wrapping up a call.
    static let goodbye = Lexicon<String>(phrases: [
        "bye", "goodbye", "bye now", "bye bye", "cheers", "take care", "have a good day", "have a great day",
        "have a good one", "have a good afternoon", "have a good morning", "have a good weekend", "have a great weekend",
        "have a nice day", "thanks for your time", "thank you for your time", "thanks for the time", "thanks again",
        "appreciate your time", "appreciate the time", "talk soon", "speak soon", "talk then", "speak then",
        "see you then", "see you on", "see you next", "see you", "speak to you", "talk to you", "catch you then", "i'll let you go", "let you get back",
        "let you go", "enjoy the rest", "all the best", "that's all from me", "that's everything", "thanks so much",
        "many thanks", "until then", "look forward to it", "looking forward to it", "good luck with", "enjoy the",
        "let you get to", "let you get on", "leave you to it", "let you crack on",
    ])

    /// Details a rep confirms once the buyer has agreed to meet.
    static let confirmCue = Lexicon<String>(phrases: [
        "invite", "email", "e-mail", "confirm", "confirming", "to confirm", "bring", "agenda",
        "who else", "anyone else", "attend", "join us", "teams", "zoom", "link", "dial in", "address", "parking",
        "prepare", "send over", "send you", "i'll send", "is that right", "did i get", "still good", "in person",
        "on site", "video", "phone", "location", "directions", "the right address", "best address", "join",
        "be there", "on the call", "address", "send the", "forward", "copy in", "cc", "kick-off", "kick off",
        "order form", "contract", "have i got that right", "sound right", "shall i send", "should i send",
        "who should get", "who should i", "should any",
    ])

    /// Who comes to the meeting: a confirmation, even when it asks "who".
    static let attendees = Lexicon<String>(phrases: [
        "join", "be there", "on the call", "come along", "attend", "who else", "anyone else", "invite", "bring",
        "who should get", "should any", "from your side", "on your side", "who'll be on", "who will be on", "who's coming",
        "who'll be there", "on his own", "on her own", "expect him", "expect her", "anyone from", "who'd want a say",
        "who else will",
    ])

    /// Small talk beyond the opener lexicon's "how are you".
    static let smallTalk = Lexicon<String>(phrases: [
        "how's your week", "how is your week", "how's the week", "how was your weekend", "how was the weekend",
        "hope you're well", "hope you are well", "hope you're keeping well", "hope all is well", "hope you had",
        "how's things", "how are things", "how have you been", "how's business", "good weekend", "the weather",
        "busy day", "busy week", "how's the day", "how's your morning", "how's your afternoon", "busy time",
        "getting busy", "busy for you", "how are we doing", "how are we today", "how you doing", "how're you",
        "how are you today", "how are you doing today", "how's your day", "how is your day",
        // An event of theirs asked after: "how was your kickoff?", "how did the conference go?".
        "how was your holiday", "how was your trip", "how was your break", "how was the conference",
        "how was your kickoff", "how was the kickoff", "how was your sales kickoff", "how did the kickoff go",
        "how was the offsite", "how did the conference go", "how was the event", "how was the show",
    ])

    /// A customer story, told as one.
    static let story = Lexicon<String>(phrases: [
        "one of our customers", "one of our clients", "one customer", "one client", "case study", "another customer",
        "another client", "a customer of ours", "a client of ours", "a company like yours", "a firm like yours",
        "a business like yours", "companies like yours", "firms like yours", "businesses like yours", "for example",
        "for instance", "we worked with", "we've worked with", "worked with a", "helped a", "we helped",
    ])

    /// Results claimed of unnamed customers ("loads of firms, massive results, can't name them"): proof offered,
    /// if weak proof, and met as proof is ("which firms?").
    static let claimedProof = Lexicon<String>(phrases: [
        "massive results", "great results", "amazing results", "huge results", "incredible results", "results across",
        "can't name them", "can't name", "cannot name", "under nda", "ndas", "loads of firms", "loads of companies",
        "lots of firms", "lots of companies", "hundreds of companies", "hundreds of firms", "thousands of companies",
        "all our customers", "our customers love", "customers love it", "clients love it", "everyone who uses it",
        "they love it", "everyone loves it", "people love it", "love it",
    ])

    /// What a result did, said of someone else's numbers: "cut tracking emails by sixty percent".
    static let results = Lexicon<String>(phrases: [
        "cut", "cuts", "saved", "won back", "dropped", "fell", "reduced", "went from", "down from", "percent",
        "per cent", "halved", "doubled", "a third of", "found they", "found that", "ended up",
    ])

    /// The buyer, the seller or the caller as a party to the sentence: a result said with these is a promise, not a story.
    static let youOrUs = Lexicon<String>(phrases: ["you", "your", "you'd", "you'll", "we", "we'd", "we'll", "our", "us", "i", "i'll", "i'd", "i can"])

    /// Another company's people doing something: the subject of a customer story.
    static let theirStory = Lexicon<String>(phrases: ["they", "their", "they'd", "they've", "they're", "them", "there's a"])

    /// Amounts said in words: a result with a size.
    static let quantity = Lexicon<String>(phrases: [
        "percent", "per cent", "half", "halved", "doubled", "tripled", "a third", "a quarter", "twice", "three times",
        "hours a week", "days a month", "a week", "a month", "a year", "weeks", "months", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "eleven",
        "hundred", "thousand", "went from", "down to", "up to",
    ])

    /// Asking a gatekeeper to put the call through or book it in.
    static let putThrough = Lexicon<String>(phrases: [
        "put me through", "put me thru", "transfer me", "connect me", "patch me through", "pop me in", "book me in",
        "get me in", "fit me in", "squeeze me in", "minutes with", "time with", "a call with", "a chat with",
        "a meeting with", "in front of", "in his diary", "in her diary", "in their diary", "speak to him",
        "speak to her", "speak with him", "speak with her", "have a word with him", "have a word with her",
        "grab him", "grab her", "his mobile", "her mobile", "is he in", "is she in", "is he there", "is she there",
        "is he around", "is she around", "is he available", "is she available",
    ])

    /// "Who", in any of its spoken forms: a question about who handles something, not a request to be put through.
    static let who = Lexicon<String>(phrases: ["who", "who'd", "who's", "who'll", "whom", "whoever", "who is", "who would"])

    /// Asking for an account without a question mark: "talk me through how it works today".
    static let tellMe = Lexicon<String>(phrases: [
        "talk me through", "walk me through", "run me through", "take me through", "tell me about", "tell me a bit",
        "tell me more", "tell me how", "tell me what", "i'd love to hear", "i'd love to know", "curious how",
        "curious what", "wondering how", "wondering what", "wondered how", "wondered what", "interested to hear",
        "give me a sense", "paint me a picture",
    ])

    /// "Am I speaking with the practice director?": checking who answered, not asking about their world.
    static let identityCheck = Lexicon<String>(phrases: [
        "am i speaking", "am i talking", "have i reached", "am i through to", "are you the person", "is this the",
        "is that the", "are you the", "is that mr", "is that mrs", "is that ms",
    ])

    /// A call the buyer asked for or expects: a reason for calling in itself.
    static let callback = Lexicon<String>(phrases: [
        "ring back", "ringing back", "call back", "calling back", "following up", "follow up", "as promised",
        "you asked me", "you told me", "we spoke", "when we spoke", "last time we", "after our", "since our",
        "you downloaded", "you signed up", "you registered", "you visited", "you attended", "you filled in",
        "you requested", "you enquired", "you came to",
    ])

    /// What a question is about, in the words reps use, labelled with the idea a persona file keys its facts by:
    /// "is there money for it?" asks the fact keyed "budget", "who besides you needs to agree?" the one keyed
    /// "decision".
    static let questionIdeas = Lexicon<String>([
        ("money", "budget"), ("budget", "budget"), ("funds", "budget"), ("funding", "budget"), ("afford", "budget"),
        ("pay for", "budget"), ("spend", "budget"), ("set aside", "budget"), ("budgeted", "budget"),
        ("your call", "decision"), ("decide", "decision"), ("decides", "decision"), ("decision", "decision"),
        ("sign off", "decision"), ("signs off", "decision"), ("approve", "decision"), ("final say", "decision"),
        ("who else", "decision"), ("besides you", "decision"), ("apart from you", "decision"), ("needs to agree", "decision"),
        ("be involved", "decision"), ("involved", "decision"), ("have a say", "decision"), ("comfortable before", "decision"),
        ("when do you need", "timeline"), ("by when", "timeline"), ("deadline", "timeline"), ("up and running", "timeline"),
        ("live by", "timeline"), ("timeline", "timeline"), ("timescale", "timeline"), ("how soon", "timeline"),
        ("best time", "availability"), ("back in", "availability"), ("in the office", "availability"),
        ("available", "availability"), ("around", "availability"), ("actually in", "availability"), ("free", "availability"),
        ("easiest to reach", "availability"), ("easiest to get", "availability"), ("best to reach", "availability"),
        ("catch him", "availability"), ("catch her", "availability"), ("reach him", "availability"),
        ("reach her", "availability"), ("get hold of", "availability"),
        ("grief", "pain"), ("headache", "pain"), ("worst", "pain"), ("hardest", "pain"), ("biggest problem", "pain"),
        ("frustrating", "pain"), ("pain", "pain"), ("keeps you up", "pain"), ("goes wrong", "pain"), ("drives you mad", "pain"),
        // How things are done now, asked as a story: "what happens to an order from the moment it lands?"
        ("what happens", "process"), ("from the moment", "process"), ("walk me through", "process"),
        ("talk me through", "process"), ("step by step", "process"), ("handle", "process"), ("deal with", "process"),
        ("go about", "process"), ("manage", "process"), ("how does it work", "process"), ("do with it", "process"),
        ("do with them", "process"), ("comes in", "process"), ("come in", "process"), ("lands", "process"),
        // "What are you using at the moment?": the tools or system they run on.
        ("what are you using", "tools"), ("what do you use", "tools"), ("what do you run", "tools"), ("using at the moment", "tools"),
        ("using now", "tools"), ("using today", "tools"), ("what system", "tools"), ("what software", "tools"),
        ("which system", "tools"), ("which software", "tools"), ("what tools", "tools"),
        // Pricing up work for a customer is quoting, not the price of what the rep sells.
        ("prices up", "quote"), ("price up", "quote"), ("pricing up", "quote"), ("priced up", "quote"),
        ("estimate", "quote"), ("estimates", "quote"), ("quotation", "quote"), ("quotations", "quote"),
        // "How many…?" asks for the fact that gives a number.
        ("how many", "quantity"), ("how big", "quantity"), ("what size", "quantity"),
        // How fast they answer or turn something round.
        ("how quickly", "speed"), ("how fast", "speed"), ("how soon do", "speed"), ("turnaround", "speed"),
        ("get back to", "speed"), ("response time", "speed"), ("reply to", "speed"),
        // How they keep count of something.
        ("keep an eye on", "measure"), ("keep track", "measure"), ("keep tabs", "measure"), ("monitor", "measure"),
        ("measure", "measure"), ("compare", "measure"), ("report on", "measure"), ("know how many", "measure"),
        // What the work does to the people doing it.
        ("holding up", "strain"), ("coping", "strain"), ("morale", "strain"), ("stress", "strain"), ("burnt out", "strain"),
        ("burned out", "strain"), ("toll", "strain"), ("keep people", "strain"), ("staff leaving", "strain"),
        ("hard on", "strain"), ("tough on", "strain"), ("wearing", "strain"), ("worn out", "strain"), ("tired", "strain"),
        // What the problem costs the business.
        ("what does that do to", "impact"), ("what does it do to", "impact"), ("taking work on", "impact"),
        ("take on work", "impact"), ("take on more", "impact"), ("turn work away", "impact"), ("knock-on", "impact"),
        ("miss out", "impact"), ("lose business", "impact"), ("losing business", "impact"),
        // "Has a slow reply ever cost you a booking?": what the trouble lost them, not the price.
        ("cost the firm", "impact"), ("cost the business", "impact"), ("cost you a", "impact"), ("cost you work", "impact"),
        ("cost you business", "impact"), ("cost you customers", "impact"), ("ever cost", "impact"), ("actually cost", "impact"),
    ])

    /// The fact keywords that mark each idea in a persona file.
    static let ideaMarkers: [String: Set<String>] = [
        "budget": ["budget", "cost", "spend", "money", "price", "afford"],
        "decision": ["decision", "who else", "sign off", "decide", "approve", "in charge", "handles", "who"],
        "timeline": ["when", "timeline", "by when", "deadline"],
        "availability": ["available", "best time", "back", "when"],
        "pain": ["problem", "pain", "frustrating", "worst", "hardest"],
        "process": ["currently", "today", "process", "how do you"],
        "quantity": ["how many"],
        "quote": ["quote", "quotes", "quoting", "estimator", "estimate", "estimates", "quotation", "pricing"],
        "speed": ["how fast", "how long", "respond", "response", "how quickly", "turnaround"],
        "measure": ["measure", "count", "compare", "report", "reporting", "numbers", "benchmark", "track"],
        "strain": ["quit", "left", "leavers", "retention", "turnover", "burnout", "morale", "overtime", "workload"],
        "impact": ["lost", "lose", "turned away", "turn away", "missed", "revenue", "lost revenue", "financial impact", "worth"],
        "tools": ["tools", "stack", "crm", "use now", "system", "software", "erp", "currently", "today", "process", "how do you"],
    ]

    /// What a proposed next step is called when no day is named: the scoring lexicon's wider list ("onboarding",
    /// "pilot", "sign") names what a buyer may be asked about, not a meeting.
    static let meetingNoun = Lexicon<String>(phrases: [
        "meeting", "meet", "demo", "call", "session", "chat", "catch up", "walkthrough", "walk through", "invite",
        "book", "schedule", "calendar", "diary", "15 minutes", "fifteen minutes", "20 minutes", "twenty minutes",
        "30 minutes", "thirty minutes", "half an hour", "an hour", "zoom", "teams call", "visit", "coffee", "get together",
        "pencil", "put something in", "time with", "minutes with", "slot", "catch up", "catch-up", "find a time",
        "find time", "a time that suits",
    ])

    /// A next step asked for with no day or time: "maybe we could catch up sometime?", "a slot at some point?".
    static let vagueAsk = Lexicon<String>(phrases: [
        "sometime", "some time soon", "at some point", "one of these days", "we could catch up", "get a slot",
        "grab a slot", "a slot with you", "could i get", "could i book", "could i grab",
    ])

    /// Thanks that open a call rather than close it.
    static let openingThanks = Lexicon<String>(phrases: [
        "thanks for picking up", "thank you for picking up", "thanks for taking my call", "thank you for taking my call",
        "thanks for answering", "thanks for your help", "thank you for your help",
    ])

    /// Offering to send something instead of asking for anything.
    static let offersMaterial = Lexicon<String>(phrases: [
        "send you a brochure", "send a brochure", "send you some", "send you a", "send over a", "email you a",
        "email you some", "send you our", "send you the deck", "a brochure", "some literature", "a case study over",
        "drop you an email", "pop an email", "fire over", "send a note", "send a short note", "a short note",
        "leave a message", "leave a note", "send him a", "send her a", "pass on a message", "pass a message",
        "pass on that i called", "take a message", "leave word", "tell him i called", "tell her i called",
        "let him know i called", "let her know i called", "know i called", "know i rang", "letting him know",
        "letting her know", "let him know", "let her know",
    ])

    /// Asking for a moment in words the opener lexicon does not hold.
    static let askingForAMoment = Lexicon<String>(phrases: [
        "is now ok", "is now okay", "is now a good time", "is now a bad time", "got a sec", "got a second",
        "got a minute", "have you got a minute", "have you got a second", "have you got two minutes",
        "do you have a sec", "do you have a second", "catch you at a bad time", "caught you at a bad time",
        "bad time", "a quick minute", "two minutes", "thirty seconds", "30 seconds", "a good moment", "a good time", "have you a minute", "have you a moment", "have you a second",
        "caught you at a good", "catch you at a good",
    ])

    /// How a description of the product starts: "It reads…", "It's project management…", "Basically we…".
    static let productSubject = Lexicon<String>(phrases: ["it", "it's", "it'll", "it would", "basically", "so basically", "the tool", "the platform", "the software", "the system"])

    /// Leaning on the buyer to commit now: deadlines, sign-now discounts, the rep's own quota.
    static let leaning = Lexicon<String>(phrases: [
        "sign this week", "signed this week", "signed by", "sign by", "sign today", "sign it today", "for my quarter",
        "my quarter", "my quota", "my target", "hit my number", "help me out", "if you sign", "if you commit",
        "if we can get it signed", "price goes up", "offer ends", "offer expires", "promo", "this month only",
        "only this month", "before the end of the month", "end of the month", "percent off if", "% off if",
        "off if you", "discount if", "today only", "only today", "last chance", "number to hit", "target to hit",
        "quota to hit", "numbers to hit", "sign it this week", "sign it by", "sign before", "signed before",
        "sign it before", "contract today", "contract over today", "sign it now", "sign now",
    ])

    /// Talking down to the buyer: their role, their trade or their team made small, or their trouble blamed on
    /// them. Counted as pushing, so it draws a warning first and, repeated, the end of the call.
    static let belittling = Lexicon<String>(phrases: [
        "you're just the", "you're only the", "just a receptionist", "just the receptionist", "only a receptionist",
        "just the secretary", "just an assistant", "all the same", "you people", "you lot never", "never know what you",
        "no offence but", "no offense but", "bad management", "a people problem", "can't handle", "belongs in a museum",
        "you'd be mad", "scared of anything", "let me finish", "doesn't matter who i am", "don't know what you need",
        "your fault", "not my problem", "behind everyone", "you don't get it", "you don't understand",
        // Their way of working run down: "planning off a spreadsheet in this day and age", "a bit daft".
        "old-fashioned", "old fashioned", "this day and age", "daft", "be gone in", "gone in five years",
        "out of business in", "prehistoric", "antiquated", "archaic", "left behind",
        // The buyer or their team talked down to: "are you even listening?", "it's embarrassing", "a mess".
        "even listening", "embarrassing", "is a mess", "a shambles", "that's why you're", "slowest to change",
        "nobody serious", "get it wrong",
    ])

    /// How an offer is told when it is not a feature list: what "we'd" do, what "you'd" get, "the idea is…".
    static let offerShape = Lexicon<String>(phrases: [
        "we'd", "we would", "we can", "it'd", "it would", "the idea is", "the idea's", "what we do", "the way it works",
        "you'd get", "you'd see", "you'd have", "you'd need", "would book", "would see", "would get", "would just",
        "instead of", "without anyone", "so nothing", "so no one", "so nobody", "would go", "would send", "would reply",
        "would answer", "would update", "automatically", "on their own", "on its own",
    ])

    /// "Speak Thursday.", "Talk soon.": a short parting line naming when they next speak.
    static let parting = Lexicon<String>(phrases: ["speak", "talk", "see you", "catch you", "chat"])

    /// The boss named by pronoun in a request to a gatekeeper: "book me in with him", "a slot in her diary".
    static let withTheBoss = Lexicon<String>(phrases: [
        "with him", "with her", "his diary", "her diary", "see him", "see her", "speak to him", "speak to her",
        "talk to him", "talk to her", "meet him", "meet her",
    ])

    /// Asking to speak with someone: with the boss named, a request to a gatekeeper.
    static let speakTo = Lexicon<String>(phrases: [
        "speak to", "speak with", "talk to", "talk with", "a word with", "get hold of", "through to", "reach",
    ])

    /// A price cut or a deadline tied to signing now: leaning on the buyer, warned by any of them.
    static let signNowOffer = Lexicon<String>(phrases: [
        "off if you sign", "percent off if", "per cent off if", "% off if", "discount if you", "if you sign by",
        "if you sign before", "if you sign this", "if you could sign", "if you can sign", "sign by friday",
        "price goes up", "price goes back up", "offer ends", "offer expires", "hold that price", "hold the price",
        "sign this week", "signed this week", "signed by friday", "signed by the end",
    ])

    /// An amount of money said out loud: a price told, not a time saved.
    static let money = Lexicon<String>(phrases: [
        "thousand", "grand", "pounds", "quid", "dollars", "euros", "per seat", "per user", "per licence",
        "per license", "hundred a year", "hundred a month", "k a year", "k a month",
    ])

    /// Asking whether now is the time: "how does the timing look?", "is this a good time of year for it?".
    static let timingAsk = Lexicon<String>(phrases: [
        "timing", "good time of year", "right time", "time of year", "the right moment", "a good moment for",
        "when would be a good time to start", "too soon", "too early", "in place", "up and running", "go live",
        "when would you want", "when do you need", "when would you need",
    ])

    /// Promising the product does it all.
    static let overpromise = Lexicon<String>(phrases: [
        "does everything", "do everything", "everything you need", "all-in-one", "all in one", "does it all",
        "covers everything", "handles everything", "replaces everything", "one platform for everything",
        "absolutely everything", "everything your", "everything you do", "all of it", "the lot",
    ])

    /// Reassurance with nothing behind it: "it's all handled", "very safe".
    static let vagueAssurance = Lexicon<String>(phrases: [
        "all handled", "it's handled", "very safe", "totally safe", "completely safe", "perfectly safe", "super safe",
        "in the cloud", "fully secure", "really secure", "very secure", "rock solid", "taken care of", "no issues",
        "got it covered", "bank-level", "bank level", "military grade", "military-grade",
    ])

    /// Putting the buyer's question to one side: "price aside for a second", "let me tell you about…".
    static let setsAside = Lexicon<String>(phrases: [
        "aside", "set that aside", "park that", "parking that", "come back to that", "come back to it",
        "moving on", "let me tell you about", "leave that for now", "forget the price", "big news",
        "more importantly", "before we get to that", "before i get to that", "the exciting part", "the best part",
    ])

    /// A tool or a way of working run down: "HubSpot's forecasting is rubbish".
    static let runningDown = Lexicon<String>(phrases: [
        "rubbish", "useless", "terrible", "awful", "junk", "garbage", "a joke", "nobody uses", "nobody serious",
        "clunky", "waste of money", "outdated", "no good", "is crap", "sucks",
    ])

    /// Telling the buyer how their own trade works.
    static let lecture = Lexicon<String>(phrases: [
        "let me explain how", "let me tell you how", "actually works", "you need to understand", "what you don't get",
        "what you don't understand", "most managers get it wrong", "let me teach", "here's how your", "the way your industry",
    ])

    /// Sales jargon a plain-speaking buyer will not sit through.
    static let jargon = Lexicon<String>(phrases: [
        "synergy", "synergies", "digital transformation", "paradigm", "best-in-class", "best in class",
        "game changer", "game-changer", "disruptive", "holistic", "move the needle", "low-hanging fruit",
        "circle back", "value proposition", "end-to-end solution",
    ])

    /// A short check that an offer landed, asking nothing about the buyer's world.
    static let interestCheck = Lexicon<String>(phrases: [
        "would that help", "does that help", "could that help", "would that be useful", "would that be of interest",
        "would that be helpful", "does that sound", "how does that sound", "sound interesting", "sound useful",
        "sound relevant", "sound good", "interested", "of interest", "worth a look", "worth a chat", "worth exploring",
        "want to hear more", "like to hear more", "does that make sense", "make sense for you", "would that free",
        "is that something", "would you be open", "useful for you", "appeal to you", "does that appeal", "fair to say",
        "would that change", "what do you think", "thoughts",
    ])

    /// Asking a gatekeeper for whoever does a job, not a named person.
    static let askForSomeone = Lexicon<String>(phrases: [
        "speak to whoever", "speak with whoever", "talk to whoever", "speak to the person", "speak with the person",
        "talk to the person", "speak to someone", "talk to someone", "speak to the right person", "through to whoever",
        "through to the person", "through to someone",
    ])

    /// Whether someone is in: "Is Tom there?", "is he around today?".
    static let isIn = Lexicon<String>(phrases: ["there", "in today", "in at the moment", "around", "available", "free", "about today", "in the office", "back"])

    /// Asking a gatekeeper for a way round them.
    static let wayRound = Lexicon<String>(phrases: [
        "his mobile", "her mobile", "mobile number", "direct line", "direct number", "his number", "her number",
        "personal number", "cell number", "his cell", "her cell",
    ])

    /// The rep asks whether a concern is met.
    static let checksConcern = Lexicon<String>(phrases: [
        "does that help", "does that deal with", "does that answer", "does that cover", "would that cover",
        "would that help", "does that address", "would that address", "does that settle", "would that settle",
        "does that ease", "would that ease", "anything else worrying", "still a concern", "is there something else",
        "answer your question", "cover what was worrying", "settle your concern", "answer your concern",
    ])

    /// Words that point back to the sentence before.
    static let pointers = Lexicon<String>(phrases: [
        "those", "that", "it", "them", "this", "these", "they", "happened there", "went on there", "went wrong there",
    ])

    /// The offer told in the first person: "what we'd do is…", "it would…".
    static let ourOffer = Lexicon<String>(phrases: ["we'd", "we would", "what we do", "we can", "we'll", "it'd", "it would", "the idea is"])

    /// Something the rep offers to do or change: a plan, not a claim.
    static let offersPlan = Lexicon<String>(phrases: [
        "we'd", "we can", "we could", "we do", "we'll", "pilot", "trial", "start with", "start small", "one site",
        "one depot", "one team", "one clinic", "one hotel", "out clause", "exit clause", "no contract", "money back",
        "guarantee", "cap", "fixed price", "flat fee", "per site", "per clinic", "per hotel", "per location",
        "in writing", "happy for", "i'll put", "i'll send", "i'll get", "references",
    ])

    /// A way of starting offered to lower the risk: small, later, or on trial.
    static let tryingItSmall = Lexicon<String>(phrases: [
        "pilot", "trial", "start with", "start small", "just one", "just two", "one site", "one depot", "one team",
        "one clinic", "one hotel", "two hotels", "two sites", "wait till", "wait until", "hold off", "after the",
        "phased", "phase it", "roll it out",
    ])

    /// Living beside what they have instead of replacing it: the answer to "we're happy with what we've got".
    static let alongside = Lexicon<String>(phrases: [
        "keep it", "keep your", "keep using", "alongside", "on top of", "works with", "plugs into", "sits on",
        "sit on top", "no need to replace", "instead of replacing", "doesn't replace", "not replace", "not replacing",
        "reads off", "reads from", "feeds into", "connects to",
    ])

    /// A thank-you that closes a call when it is the last thing said.
    static let thanks = Lexicon<String>(phrases: ["thanks", "thank you", "cheers", "many thanks", "ta"])

    /// Waving a concern away instead of meeting it.
    static let dismissive = Lexicon<String>(phrases: [
        "don't worry", "no need to worry", "nothing to worry", "not a problem", "no problem at all", "trust me",
        "it's fine", "that's fine honestly", "never an issue", "not an issue", "doesn't matter", "you'll be fine",
        "i'd have to check", "not sure to be honest", "no idea", "i'd need to check", "i'll have to find out",
        "pretty small", "it's minimal", "hardly anything", "don't know to be honest", "i'm not sure",
        "don't need to worry", "needn't worry", "nothing to worry about", "no need to worry about",
    ])

    /// An answer that hedges instead of saying yes or no: "most of them", "sort of", "should be".
    static let hedges = Lexicon<String>(phrases: [
        "most of the", "most of them", "sort of", "kind of", "should be fine", "should be okay", "more or less",
        "pretty much", "in theory", "i think so", "i believe so", "probably", "usually", "typically",
    ])
}
