/// Reps ask in their own words ("my intro", "talked over him", "too many ums", "10% off", "who signs it off");
/// the playbook says opener, interruptions, filler words, discount, decision maker. Each concept here lists
/// everyday ways of saying a thing and the playbook's terms for it; a question that says it the everyday way
/// is searched with the playbook's terms as well. Written from how salespeople talk, not from any one
/// question, so it is a thesaurus of the trade, not a list of answers.
public enum SalesThesaurus {
    struct Concept {
        /// Ways of saying it: one word (matched by stem) or a phrase (its words in order).
        let said: [String]
        /// The playbook's words for it.
        let playbook: String
    }

    static let concepts: [Concept] = [
        Concept(said: ["intro", "introduction", "opening line", "first line", "first sentence", "start the call", "starting the call",
                       "kick off the call", "open the call", "opening", "first few seconds", "first seconds", "half a minute", "half a min", "thirty seconds", "30 seconds",
                       "who is this", "whos this", "who are you"],
                playbook: "opener opening first seconds"),
        Concept(said: ["got a minute", "spare a minute", "quick minute", "is now a good time", "bad time to talk", "caught you at a bad time"],
                playbook: "permission opener"),
        Concept(said: ["cliche", "cliched", "cheesy", "generic", "salesy", "every other rep", "sounds like everyone", "ditch", "stop saying",
                       "sorry to bother", "sorry to bug", "bug you", "bother you"],
                playbook: "openers to retire avoid scripted"),
        Concept(said: ["why i'm calling", "why i'm ringing", "reason i'm calling", "reason for calling", "why i called"],
                playbook: "reason for the call"),
        Concept(said: ["funding", "linkedin", "press release", "job posting", "hiring", "referral", "referred", "drop her name",
                       "drop his name", "mutual", "recommended me", "name drop"],
                playbook: "personalising research trigger referral"),
        Concept(said: ["explain what we do", "what we do", "value prop", "value proposition", "elevator pitch", "spiel", "our product", "the product", "features"],
                playbook: "pitch value outcomes"),
        Concept(said: ["talked for", "talking too much", "talk too much", "ramble", "rambled", "rambling", "waffle", "waffled",
                       "long-winded", "went on", "minutes straight", "mins straight", "for ages", "monologue", "hogging", "airtime", "talk time",
                       "talking time", "who talks more"],
                playbook: "monologue talk less talk ratio"),
        Concept(said: ["talked over", "talk over", "talking over", "cut off", "cut him off", "cut her off", "cutting off", "jumped in",
                       "interrupt", "interrupted", "interrupting"],
                playbook: "interruptions interrupt pause"),
        Concept(said: ["um", "ums", "umm", "uh", "er", "erm", "like and basically", "basically", "you know"],
                playbook: "filler words"),
        Concept(said: ["ran out of questions", "what to ask", "questions to ask", "dig deeper", "dig", "find out", "uncover", "probe"],
                playbook: "discovery questions"),
        Concept(said: ["put a number", "number on", "how bad", "quantify", "costing them", "how much it costs", "measure", "impact"],
                playbook: "impact quantify gap current state"),
        Concept(said: ["year from now", "in a year", "ideal", "what good looks like", "future"],
                playbook: "future state gap"),
        Concept(said: ["signs off", "sign off", "signs things off", "signs it off", "who decides", "decision maker", "their boss", "his boss", "her boss", "higher up",
                       "higher ups", "approve", "approval", "budget holder", "procurement", "buying department", "tender", "the board",
                       "purse strings", "final say", "calls the shots", "call the shots", "holds the budget", "consultant",
                       "on retainer", "it firm", "outsourced"],
                playbook: "authority decision maker economic buyer"),
        Concept(said: ["competitor", "competitors", "what else they're looking at", "alternatives", "other vendors", "other suppliers"],
                playbook: "competition qualification"),
        Concept(said: ["went nowhere", "go anywhere", "waste of time", "tyre kicker", "tire kicker", "not a fit", "no pain", "worth pursuing",
                       "qualify", "qualified", "qualifying",
                       "worth my time", "went anywhere", "no real pain"],
                playbook: "qualify qualification"),
        Concept(said: ["doing nothing", "current supplier", "current provider", "already use", "already have", "happy with", "works fine",
                       "incumbent", "stick with", "sorted", "all set", "covered", "in-house"],
                playbook: "status quo"),
        Concept(said: ["discount", "percent off", "money off", "cheaper", "too expensive", "pricey", "costs too much", "price",
                       "afford", "cost"],
                playbook: "pricing price discount value"),
        Concept(said: ["next quarter", "next year", "not now", "bad timing", "circle back", "call back later", "later in the year",
                       "other fish to fry", "other priorities", "slammed", "swamped", "too busy", "no time",
                       "reorg", "restructure", "restructuring"],
                playbook: "timing busy"),
        Concept(said: ["send me an email", "send an email", "send me something", "send info", "send some info", "not interested",
                       "brush off", "brushed off", "fobbed off", "flog", "selling something"],
                playbook: "brush-off not interested"),
        // A hang-up is the trade's word, but says nothing of what happened before it: "before they hang up" is the
        // opener, "once I hang up" the follow-up, "he hung up" any of the calls' stages. No playbook terms.
        Concept(said: ["hung up", "hang up", "hangs up", "hanging up"], playbook: ""),
        Concept(said: ["receptionist", "reception", "front desk", "switchboard", "operator", "secretary", "assistant", "pa", "screened",
                       "screening", "put me through", "put through"],
                playbook: "gatekeeper"),
        Concept(said: ["answerphone", "answering machine", "voice mail", "leave a message", "left a message", "the beep", "after the beep"],
                playbook: "voicemail"),
        Concept(said: ["ghosted", "no reply", "not replying", "hasn't replied", "hasn't got back", "chase", "chasing", "check in",
                       "checking in", "recap email", "after the call", "nudge"],
                playbook: "follow-up cadence email"),
        Concept(said: ["book a meeting", "book the meeting", "booked a meeting", "book a demo", "booked a demo", "calendar invite", "next step", "next steps", "lock in", "commit", "over the line",
                       "get the meeting", "ask for the meeting"],
                playbook: "closing meeting ask"),
        Concept(said: ["no show", "no shows", "no-show", "no-shows", "dont turn up", "didnt turn up", "dont show up", "didnt show up",
                       "never turn up", "never show up"],
                playbook: "locking in the commitment calendar invite"),
        Concept(said: ["case study", "success story", "client story", "customer story", "decent win", "big win"],
                playbook: "customer stories proof"),
        Concept(said: ["hit my number", "hit my target", "my quota", "hit quota", "end of the month", "month end", "end of quarter",
                       "pushy", "too pushy", "hard sell"],
                playbook: "closes to avoid pressure"),
        Concept(said: ["free trial", "prove it", "dont believe", "didnt believe", "skeptical", "sceptical", "case studies"],
                playbook: "proof numbers references trials"),
        Concept(said: ["still with me", "lost them", "lost him", "lost her"],
                playbook: "checking in trial close"),
        Concept(said: ["buying signal", "buying signals", "sounds interested", "works with", "integrate", "integrates", "how much is it"],
                playbook: "trial close buying signal"),
        Concept(said: ["tone of voice", "monotone", "robotic", "too fast", "too slow", "talk fast", "mumble", "sound confident", "sound nervous", "gabble",
                       "gabbling", "talking speed", "speaking speed"],
                playbook: "tone pace"),
        Concept(said: ["nervous", "anxious", "scared", "rejection", "rejected", "dread", "motivation", "motivated", "confidence",
                       "confident", "call reluctance", "mind went blank", "froze"],
                playbook: "mindset"),
        Concept(said: ["prepare for a call", "prepare for calls", "prep for a call", "call prep", "before i dial", "before the call", "before calling", "call plan",
                       "before i pick up the phone", "in front of me"],
                playbook: "call prep plan research"),
        Concept(said: ["pushback", "push back", "pushed back", "shut me down", "shot down", "objection", "objections"],
                playbook: "objection handling"),
        Concept(said: ["urgency", "urgent", "deadline", "why now"],
                playbook: "urgency cost of inaction timing"),
        Concept(said: ["mobile number", "got my number", "got her number", "got his number", "where did you get"],
                playbook: "permission reason for the call"),
    ]

    /// The playbook's terms for every concept `words` (a question's lower-cased words) says in everyday
    /// language, each concept once, in the thesaurus's order.
    public static func playbookTerms(for words: [String]) -> [String] {
        let found = occurrences(in: words)
        return concepts.indices.filter { index in !concepts[index].playbook.isEmpty && found.contains { $0.concept == index } }
            .map { concepts[$0].playbook }
    }

    /// The question's words that belong to some concept's everyday wording.
    public static func tradeWords(in words: [String]) -> Set<String> {
        Set(occurrences(in: words).flatMap { words[$0.range] })
    }

    /// Every place a concept's everyday wording occurs in `words`, compared stem by stem.
    static func occurrences(in words: [String]) -> [(concept: Int, range: Range<Int>)] {
        let stems = words.map(QuestionWords.stem)
        var found: [(concept: Int, range: Range<Int>)] = []
        for (concept, phrases) in stemmedPhrases.enumerated() {
            for parts in phrases where !parts.isEmpty && parts.count <= stems.count {
                for start in 0...(stems.count - parts.count) where stems[start..<(start + parts.count)].elementsEqual(parts) {
                    found.append((concept, start..<(start + parts.count)))
                }
            }
        }
        return found
    }

    /// Each concept's phrases as stems, worked out once. A phrase is split into words as a question is ("why
    /// i'm calling" → why, im, calling; "long-winded" → long, winded), or a phrase with an apostrophe or a hyphen
    /// could never match.
    private static let stemmedPhrases: [[[String]]] = concepts.map { concept in
        concept.said.map { QuestionWords.words($0).map(QuestionWords.stem) }
    }
}
