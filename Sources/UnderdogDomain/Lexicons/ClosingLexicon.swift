/// Next steps: meetings and their times, vague follow-ups, recaps, and (for gatekeepers) being put through.
enum ClosingLexicon {
    /// Words that name a meeting or a concrete follow-up event.
    static let meeting = Lexicon<String>(phrases: [
        "meeting", "meet", "demo", "call", "session", "chat", "catch up", "follow up", "follow-up", "walkthrough",
        "walk through", "calendar invite", "invite", "book", "booked", "schedule", "scheduled", "put something",
        "on the calendar", "in the calendar", "calendar", "15 minutes", "fifteen minutes", "20 minutes",
        "twenty minutes", "30 minutes", "thirty minutes", "half an hour", "45 minutes", "an hour", "conversation",
        "presentation", "pilot", "trial", "workshop", "sync", "zoom", "teams call", "google meet", "onsite",
        "on-site", "visit", "coffee", "lunch", "sign", "signed", "stop by", "drop by", "come by", "swing by",
        "try her", "try him", "try them", "reach her", "reach him", "catch her", "catch him", "call her", "call him",
        "call you", "kickoff", "kick-off", "onboarding", "start date", "go live", "order form",
        // Booking words name the event even when "meeting" is never said: "can we pencil in Wednesday at 10am?"
        "pencil in", "pencil you in", "pencil us in", "pencil me in", "pencil it in", "pencil that in",
        "pencil something in", "put you down for", "diary", "in the diary", "time slot", "a slot", "slot",
        // Ways of meeting that name no meeting word: "could we do a screen share…?", "sit down with you both".
        "screen share", "screenshare", "share my screen", "share screens", "sit down", "sitting down",
        "get together", "walk round", "walkround", "look round", "tour",
    ])

    /// Days, times of day and loose periods; clock times and dates are found from the tokens themselves.
    /// Greetings map to nil so "Good afternoon" is not read as a time.
    static let time = Lexicon<NextStep.Timing?>(
        exactTimes.map { ($0, NextStep.Timing.exact) } + days.map { ($0, NextStep.Timing.day) }
            + periods.map { ($0, NextStep.Timing.loose) } + greetings.map { ($0, nil) }
    )

    private static let greetings: [String] = [
        "good morning", "good afternoon", "good evening", "morning all", "have a good morning",
        "have a good afternoon", "have a good evening", "have a good weekend", "enjoy your afternoon",
        "enjoy your evening", "enjoy your weekend",
    ]

    private static let exactTimes: [String] = [
        "morning", "afternoon", "evening", "noon", "midday", "end of day", "eod", "o'clock", "first thing",
        "this afternoon", "this morning", "this evening", "tonight", "lunchtime", "at 1", "at 2", "at 3", "at 4",
        "at 5", "at 6", "at 7", "at 8", "at 9", "at 10", "at 11", "at 12", "at one", "at two", "at three", "at four",
        "at five", "at six", "at seven", "at eight", "at nine", "at ten", "at eleven", "at twelve", "at noon",
        "half past", "quarter past", "quarter to", "two thirty", "three thirty", "ten thirty", "eleven thirty",
        "nine thirty", "one thirty", "four thirty", "by noon",
    ]

    private static let days: [String] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "today", "mondays",
        "tuesdays", "wednesdays", "thursdays", "fridays", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "the tenth", "the fifteenth", "the twentieth",
        "the twenty-first", "in two days", "in 2 days",
        // "Thursday's good": the contraction is one token, so the day is listed with it.
        "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "tomorrow's",
    ]

    private static let periods: [String] = [
        "next week", "this week", "end of week", "end of the week", "next month", "this month", "next quarter",
        "early next week", "later this week", "later in the week", "in a few weeks", "in a couple of weeks",
        "sometime", "some time", "of the month", "end of month", "early next month",
        "later this month", "fortnight", "week after next",
    ]

    /// The rep asking for the next step, rather than hoping for one.
    static let ask = Lexicon<String>(phrases: [
        "would you be open to", "are you open to", "open to a", "can we", "could we", "shall we", "should we",
        "how about", "what about", "does that work", "does it work", "would that work", "will that work",
        "works for you", "work for you", "are you free", "is that a good time", "what does your calendar",
        "what's your calendar", "how's your calendar", "how does your calendar", "when works", "what time works",
        "what day works", "which is better", "let's schedule", "let's book", "let's set up", "let's put", "let's get",
        "let's lock", "let's do", "let's say", "let's go with", "let's talk", "let's meet", "let's speak",
        "let's plan", "i can do", "we could do", "i'll see you", "talk to you on", "can i get", "could i get",
        "can i just get", "could i just get", "can we just", "let me get you", "grab 15 minutes", "grab 20 minutes",
        "grab some time", "find a time", "find some time", "set up a time", "set up a call", "set up a demo",
        "book a time", "book a call", "book a demo", "book you", "pencil in", "pencil you in", "lock in",
        "i'll send you an invite", "i'll send an invite", "i'll send the invite", "i'll send a calendar invite",
        "i'll send over an invite", "send you a calendar invite", "i'll put it in", "i'll get that booked",
        "are you available", "would you be available", "morning or afternoon", "ready to move forward",
        "move forward", "ready to sign", "get started", "start the pilot", "send over the contract",
        "send the agreement", "next step", "next steps", "could you hold", "can you hold", "hold that", "put a hold",
        "hold the", "i'll call you on", "i'll call him on", "i'll call her on", "i'll call them on", "i'll call on",
        "call you on", "call him on", "call her on", "does that sound", "would it work", "would that be okay",
        "would that be ok", "is that okay", "is that ok", "sound alright", "sounds alright", "put you down for",
        "put us down for", "grab a slot", "hold a slot", "hold some time", "block some time", "block out",
        "would it be possible", "is it possible", "maybe we could", "maybe i could", "could i try", "can i try",
        "should i try", "could i call", "can i call", "i'll call", "i will call",
        // Offering to do the booking, and asking what suits: "shall I send an invite…", "when suits you?"
        "shall i", "should i send", "can i send", "could i send", "let me send", "book you in", "book us in",
        "get you booked", "get something booked", "get something in", "put something in", "put some time",
        "pencil us in", "pencil something in", "pencil that in", "what's your availability", "when are you free",
        "when's good", "when is good", "when suits", "what suits", "what time suits", "which day suits",
        "what works best", "when works best", "does that suit", "would that suit", "would it suit",
        "how's your week looking", "how does your week look", "what does your week look like",
    ])

    /// Where a slot question starts: "Would…", "Does…", "How does…". With `slotFit` after it and a time or a
    /// meeting word in between ("Would Thursday at 2pm work?", "How does Tuesday morning look?", "Would a demo
    /// work?") the question offers a slot, whatever else it says. A bare "how" is left out: "how did… look?" asks
    /// about the past.
    static let slotAsk = Lexicon<String>(phrases: [
        "would", "will", "does", "do", "could", "can", "might", "is", "are", "how does", "how do", "how would",
        "how will", "how's", "how is", "how are",
    ])

    /// What a slot question asks of the slot: that it works, suits, looks free or fits.
    static let slotFit = Lexicon<String>(phrases: [
        "work", "works", "work out", "suit", "suits", "look", "looks", "looking", "fit", "fits", "good", "okay", "ok",
        "better", "convenient", "any good", "free", "open", "available",
    ])

    /// Words that look forward from a question: a modal or an offer. With a meeting word in the same question
    /// and nothing that looks back, the question proposes a next step in whatever words it uses: "would it be
    /// worth twenty minutes on Tuesday?", "shall we get your planner on a call?", "are you up for a visit?".
    static let forward = Lexicon<String>(phrases: [
        "would", "could", "can", "shall", "should", "will", "might", "may", "worth", "how about", "what about",
        "up for", "open to", "fancy", "happy to", "keen to", "let's", "why don't we", "want to", "wanna",
    ])

    /// An open question about what happens next: "What would you like to do next?", "Where do we go from here?".
    /// With a forward word and nothing looking back, it asks for a next step in the prospect's words.
    static let onward = Lexicon<String>(phrases: [
        "do next", "happen next", "happens next", "from here", "proceed", "take this forward", "take it forward",
        "move this forward", "move ahead", "next move",
    ])

    /// Words that look back: a question with one asks what happened ("did the demo go well?"), not for a step.
    static let backward = Lexicon<String>(phrases: [
        "did", "was", "were", "had", "last", "ago", "yesterday", "went", "happened", "before",
    ])

    /// A gatekeeper granting the way through, now.
    static let putThrough = Lexicon<String>(phrases: [
        "put you through", "putting you through", "transfer you", "transferring you", "connect you", "connecting you",
        "pass you over", "passing you over", "he'll take it", "she'll take it",
    ])

    /// What turns a put-through into a refusal: "I can't transfer you", "through to his voicemail".
    static let notGranted = Lexicon<String>(phrases: [
        "can't", "cannot", "can not", "won't", "not", "unable", "voicemail", "voice mail", "message", "if", "unless",
        "before", "once", "need to know",
    ])

    /// What locks a step in, said by the rep who will do it ("I'll email you both an invite", "let me pop a
    /// hold in"): one of `lockIn` after one of `selfAction` in the same sentence.
    static let lockIn = Lexicon<String>(phrases: [
        "invite", "invites", "invitation", "calendar", "agenda", "hold", "confirmation", "booking", "booked",
        "diary", "meeting request", "confirming", "confirm",
    ])

    static let selfAction = Lexicon<String>(phrases: [
        "i'll", "i will", "i'm going to", "going to", "let me", "we'll", "i've", "i have", "i'm sending", "i'm putting",
        "i'm booking", "i'll just", "i can",
    ])

    /// Hedges that make the ask sound optional: "maybe Thursday?", "sometime next week".
    static let tentative = Lexicon<String>(phrases: [
        "maybe", "perhaps", "sometime", "some time", "if that's okay", "if that's ok", "i guess", "or something",
        "whenever", "if you want", "if you'd like", "no pressure", "kind of", "sort of", "possibly",
    ])

    /// A parting good wish: "have a good…", "enjoy…", "good luck…".
    static let wish = Lexicon<String>(phrases: ["have a good", "have a great", "have a lovely", "enjoy", "good luck"])

    /// Calendar confirmation: the step is locked, not just agreed in the air.
    static let invite = Lexicon<String>(phrases: [
        "calendar invite", "send you an invite", "send an invite", "send the invite", "send over an invite",
        "sending the invite", "sending an invite", "sent the invite", "i'll send that invite", "invite for",
        "invite is on", "in your calendar", "on your calendar", "booked you", "booked it", "i've booked", "i'll book",
        "locked in", "confirmation email", "i'll send a confirmation", "could you hold",
        "can you hold", "put a hold", "hold that", "i'll hold", "and hold", "hold the time", "hold the slot",
        "send you a short agenda", "send you an agenda", "send an agenda", "send the agenda", "send over an agenda",
        "send you the agenda", "calendar hold", "send a hold",
    ])

    /// Manufactured urgency and pressure to commit now.
    static let pressure = Lexicon<String>(phrases: [
        "only today", "today only", "only good through today", "only good until", "only valid", "offer expires",
        "expires today", "limited time", "act now", "sign today", "sign it today", "get it done today",
        "need your signature", "i need your signature", "before five", "before 5", "price goes up", "won't last",
        "last chance", "need an answer today", "need you to sign", "today's the day", "every week you wait",
        "every day you wait", "leaving thousands on the table", "leaving money on the table", "you'd be crazy",
        "you'd be stupid", "big mistake", "making a mistake", "just sign", "sign and tell", "sign it and",
        "my number this quarter", "help me out", "my quota", "hit my number", "quarter end", "end of the quarter",
        "last day of the quarter", "will you sign today", "can you sign today", "sign right now", "right now or",
    ])

    /// Who is coming, said when the rep reads a booked step back ("Wednesday at ten, you and Tomasz").
    static let attendees = Lexicon<String>(phrases: [
        "you and", "both of you", "two of you", "you both", "and me", "and i", "with me", "and myself",
    ])

    /// What a deadline does when it passes: with a day or time in the same sentence of the rep's ("the grant
    /// closes this Friday", "the slot won't wait past Thursday"), the rep is pressing with a deadline of their own.
    static let deadline = Lexicon<String>(phrases: [
        "closes", "expires", "expire", "runs out", "run out", "goes up", "go up", "won't wait", "won't be there",
        "it's gone", "they're gone", "disappears", "snapped up",
    ])

    /// Follow-ups with no date, left to chance.
    static let vague = Lexicon<String>(phrases: [
        "i'll send you some info", "i'll send you some information", "send you some info",
        "send you some information", "i'll send over", "send over some info", "send over some information",
        "i'll send you an email", "send you an email", "i'll email you", "i'll follow up", "follow up later",
        "i'll reach out", "reach out sometime", "reach out again", "let me know", "keep in touch", "stay in touch",
        "touch base", "circle back", "feel free to", "give me a call", "call me if", "if you're ever interested",
        "whenever you're ready", "think about it", "no pressure", "i'll let you go", "sometime", "some time",
        "at some point", "down the line", "in the future", "when you get a chance", "whenever works", "whenever you",
        "i'll try you again", "i'll call you back", "i'll call back", "reach out if", "get back to me",
        "hear from you", "i'll send you", "i'll make a note", "call you in", "i'll call you in", "try you in",
        "i'll try you", "i'll email you this week", "i'll email you", "just tell him", "just tell her", "check back",
        "check in with",
        "tell him i called", "tell her i called", "leave a message", "i'll leave a message", "whenever", "no rush",
        "anytime",
    ])

    /// A summary before the close shows the rep was listening and makes the next step about the prospect.
    static let recap = Lexicon<String>(phrases: [
        "to recap", "to summarize", "to summarise", "just to recap", "so to recap", "to sum up", "so to confirm",
        "just to confirm", "so we agreed", "so the plan", "so next step", "so next steps", "the plan is",
        "quick recap", "let me recap", "did i miss anything", "have i missed anything", "anything i missed",
        "so we're confirmed", "so we're set", "so that's",
    ])

    /// Gatekeeper calls: the next step is reaching the decision maker.
    static let gatekeeperAsk = Lexicon<String>(phrases: [
        "put me through", "transfer me", "connect me", "patch me through", "best time to reach", "best time to catch",
        "best way to reach", "best way to get", "direct line", "direct number", "her calendar", "his calendar",
        "their calendar", "when is he", "when is she", "when would be", "who would be the best person", "who handles",
        "who's responsible", "who is responsible", "who should i", "could you let", "can you let", "pass along",
        "pass on", "leave a message", "her email", "his email", "their email", "what's her name", "what's his name",
        "spell that", "when will she", "when will he", "is she available", "is he available", "could i speak",
        "can i speak", "may i speak", "speak with", "speak to", "get in front of",
    ])
}
