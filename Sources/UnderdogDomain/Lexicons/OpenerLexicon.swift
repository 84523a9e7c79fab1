/// What a good opening contains, and what weakens one.
enum OpenerLexicon {
    /// Phrases that introduce the rep by name; the company has to follow for a full introduction.
    static let introduction = Lexicon<String>(phrases: [
        "this is", "my name is", "my name's", "i'm calling from", "calling from", "i'm with", "here from",
        "i work with", "i work at", "i'm from", "i am from", "it's", "i'm", "i am", "here at", "speaking from",
    ])

    /// Words that attach the company to the name: "Dana from Routewise", "Brent Cho with VoltYard".
    static let company = WordSet(["from", "with", "at"])

    /// The prospect having to ask who is calling: the introduction failed.
    static let whoIsThis = Lexicon<String>(phrases: [
        "who's this", "who is this", "who's calling", "who is calling", "which company", "what company",
        "who are you", "who am i speaking", "may i ask who's calling", "your name and company", "from which company",
    ])

    static let permission = Lexicon<String>(phrases: [
        "do you have a minute", "do you have a moment", "do you have a second", "do you have a couple of minutes",
        "do you have two minutes", "do you have 2 minutes", "do you have a few minutes", "have you got a minute",
        "got a minute", "got a second", "got a moment", "got two minutes", "got a few minutes", "have a minute",
        "have a moment", "have a quick minute", "have a few minutes", "have 30 seconds", "have thirty seconds",
        "can i have", "could i have", "can i take", "could i take", "can i borrow", "could i borrow", "mind if i",
        "would you mind if i", "do you mind if i", "is now a bad time", "is now a good time", "is this a bad time",
        "is this a good time", "is now an okay time", "is now an ok time", "is now okay", "okay time",
        "still a good time", "is now still", "still have", "still work", "does that still work",
        "still the right use", "right use of", "did i catch you", "catch you at a bad time", "good time to talk",
        "bad time to talk", "okay if i", "ok if i", "alright if i", "all right if i", "is it okay if", "is it ok if",
        "would it be okay", "would it be ok", "is that fair", "can i tell you why", "may i tell you why",
        "30 seconds", "thirty seconds", "60 seconds", "sixty seconds", "a minute to explain", "then you can decide",
        "you can decide", "you tell me if", "you can hang up", "if it's not relevant", "if it isn't relevant",
        "would that be okay", "would that be ok", "open to hearing", "before you hang up", "fair to ask",
        "is that alright", "would that be alright", "two minutes", "2 minutes", "a quick minute", "okay to ask",
        "ok to ask", "can i ask you a quick question", "does that work for you", "does that sound okay",
        "is that okay", "does that agenda work", "have a sec", "got a sec", "have a second", "fifteen minutes",
        "ten minutes", "twenty minutes", "five minutes", "a few minutes", "couple of minutes", "a couple minutes",
        "is he available", "is she available", "is this the right number", "who am i speaking with",
        "point me in the right direction", "i'm hoping you can", "could you help me", "can you help me",
    ])

    /// A reason for the call, or an agenda for a follow-up call.
    static let reason = Lexicon<String>(phrases: [
        "the reason i'm calling", "the reason for my call", "reason for the call", "reason i'm calling",
        "reason i called", "reason for calling", "reason for my call", "i'm calling because", "i'm calling about",
        "calling because", "calling about", "i'm reaching out because", "reaching out because", "reaching out about",
        "i wanted to reach out", "the reason i reached out", "why i'm calling", "why i called",
        "the purpose of my call", "purpose of my call", "purpose of the call", "i called because", "i'm calling to",
        "i called to", "reason i'm reaching out", "the reason is", "because we help", "we help", "we work with",
        "we specialize", "we specialise", "we provide", "we install", "we automate", "we design", "we build",
        "i'd like to cover", "i'd like to set up", "i'd like to talk", "i wanted to go through",
        "wanted to go through", "wanted to go over", "i wanted to pick up", "pick up where", "agree on next steps",
        "agree on a start", "my goal today", "goal for today", "today i'd like", "the plan for today",
        "i wanted to see where", "wanted to walk through", "walk through a plan", "to cover three things",
        "three things", "two things", "i'm calling", "i am calling", "i'm trying to reach", "i'm hoping to reach",
        "i'd like to use", "go through the",
    ])

    /// Research about this prospect: a trigger event, a post, a referral, a peer.
    static let personalisation = Lexicon<String>(phrases: [
        "i noticed", "noticed that", "noticed you", "i saw", "saw that", "saw you", "i see that", "i see you",
        "i read", "i was reading", "i came across", "came across", "your post", "your article", "your linkedin",
        "on linkedin", "your website", "your blog", "you recently", "you're hiring", "you are hiring",
        "you've been hiring", "hiring for", "job posting", "job postings", "open roles", "congrats",
        "congratulations", "your recent", "you posted", "you wrote", "you spoke at", "your talk", "your podcast",
        "your webinar", "referred", "referral", "recommended i", "suggested i", "mutual", "your ceo", "your cfo",
        "your coo", "your vp", "your founder", "asked us to reach out", "asked me to reach out", "asked me to call",
        "gave me your name", "your name came up", "your colleague", "funding", "closed its", "series a", "series b",
        "series c", "new office", "new depot", "new location", "expansion", "just opened", "just launched",
        "you launched", "new role", "new position", "promotion", "promoted", "other heads of", "leaders like you",
        "in your space", "your competitors", "just moved", "your move", "moving offices", "new contracts",
        "new contract", "won the", "just won", "in the news", "i heard", "heard you speak", "heard her speak",
        "heard him speak", "conference", "forum", "announcement",
    ])

    /// Shared history on a follow-up call: the last meeting, the demo, the trial, what they said then.
    static let context = Lexicon<String>(phrases: [
        "last week's", "last tuesday's", "last monday's", "last wednesday's", "last thursday's", "last friday's",
        "last call", "last time", "last week", "where we left off", "after the demo", "after our", "since our",
        "you said you", "you mentioned", "you wanted", "you asked", "as promised", "i promised", "the trial",
        "your trial", "the pilot", "pilot results", "trial data", "trial results", "the site walk", "site walk",
        "we walked", "we spoke", "we met", "when we spoke", "when we met", "you've reviewed", "you reviewed",
        "you had a chance", "the demo", "your demo", "following up on", "following up after", "the proposal i sent",
        "proposal i sent", "i sent", "we sent", "your pricing", "your proposal", "your quote", "the renewal",
        "your renewal", "as we discussed", "we discussed",
    ])

    /// Openings that make the call sound like an intrusion the rep is sorry for.
    static let apologetic = Lexicon<String>(phrases: [
        "sorry to bother", "sorry to bother you", "sorry to disturb", "sorry to interrupt", "sorry for calling",
        "sorry to call", "i know you're busy", "i know you are busy", "i won't take much of your time",
        "i won't take up much", "i'll be quick", "this will only take", "just wanted to", "just calling to",
        "just checking in", "checking in", "just touching base", "touch base", "out of the blue", "i hate to bother",
        "sorry for the intrusion", "apologies for", "sorry if", "i promise this", "it's me again",
        "won't keep you", "only ringing", "only calling", "quickly chase",
    ])

    /// Generic pleasantries that signal a script before the rep has earned attention; "how are you handling…"
    /// is a real question and is claimed first.
    static let pleasantry = Lexicon<Bool>(
        [
            "how are you", "how are you doing", "how are you today", "how are you doing today", "how's your day",
            "how is your day", "how's your day going", "how is your day going", "how's it going", "how is it going",
            "how's everything", "how is everything", "how's everything going",
        ].map { ($0, true) }
        + [
            "how are you handling", "how are you dealing", "how are you currently", "how are you managing",
            "how are you using", "how are you tracking", "how are you doing it", "how are you doing that",
            "how are you doing this", "how are you running", "how are you finding", "how are you planning",
        ].map { ($0, false) }
    )
}
