/// How a rep answers an objection: the good moves and the missteps.
enum HandlingLexicon {
    static let acknowledge = Lexicon<String>(phrases: [
        "i understand", "i totally understand", "i completely understand", "understood", "i hear you", "i hear that",
        "i hear that a lot", "that makes sense", "makes sense", "fair enough", "that's fair", "fair point",
        "good point", "great point", "totally get", "i get that", "i get it", "i totally get", "understandable",
        "that's understandable", "i appreciate", "appreciate that", "appreciate you", "you're not alone",
        "a lot of people", "many of our customers", "lots of teams", "that's a valid", "valid concern", "valid point",
        "i can see why", "i can imagine", "of course", "no worries", "i respect that", "totally fair",
        "completely fair", "absolutely", "that's reasonable", "reasonable", "sounds like", "it sounds like",
        "i know what you mean", "i'd feel the same", "felt the same", "thanks for being", "thank you for being",
        "thanks for sharing", "thank you for sharing", "i get why", "great question", "good question",
        "that's a great question", "fair question", "that's a fair question", "glad you told me", "i'm glad you",
        "thanks for telling me", "thank you for telling me", "thanks for raising", "thank you for raising",
        "better to hear that now", "i'd rather know", "good to hear", "that's really helpful", "that's helpful",
        "real strengths", "that's useful", "completely understand", "appreciate you being", "thanks for being direct",
        "that's a real concern", "real concern", "that makes total sense", "no, that's fair", "i can understand",
        "i can see that", "i can see how", "real worry", "fair worry", "that's a worry", "in your shoes",
        "that's tough", "i'd worry too",
    ])

    /// Opening words that grant the prospect's point before answering it: "Yes", "True", "I am, yes".
    static let granting = Lexicon<String>(phrases: [
        "yes", "true", "fair", "absolutely", "agreed", "exactly", "definitely", "i am", "we are", "it is",
        "you're right", "you are right",
    ])

    /// Words too common in speech to show the rep was echoing the prospect.
    static let commonWords = WordSet([
        "not", "no", "yes", "just", "really", "very", "what", "how", "why", "when", "can", "can't", "would", "could",
        "will", "have", "has", "had", "get", "got", "know", "think", "want", "need", "about", "if", "all", "any",
        "some", "there", "here", "then", "now", "well", "okay", "ok", "right", "sure", "like", "one", "more", "much",
        "i've", "i'd", "i'll", "we've", "we'd", "you've", "don't", "it'll", "that's", "what's", "there's", "bit",
    ])

    static let reframe = Lexicon<String>(phrases: [
        "the real question", "compared to", "compared with", "cost of doing nothing", "cost of not",
        "cost of inaction", "think of it as", "instead of", "rather than", "the way i see it", "pays for itself",
        "paid for itself", "investment", "return on", "roi", "what would it mean", "that's exactly why",
        "that's exactly the reason", "which is exactly why", "that's why", "which is why", "the reason i ask",
        "the reason i called", "felt the same way", "found that", "what they found", "actually saves", "net cost",
        "per rep", "per day", "per month", "less than", "the difference", "not about", "isn't about",
        "the question is", "the bigger question", "in the meantime", "even if", "works with", "complement",
        "complements", "not replace", "doesn't replace", "without replacing", "without changing", "no need to switch",
        "keep using", "keep your", "small pilot", "pilot", "trial", "start small", "low risk", "no risk",
        "no commitment", "worst case", "if it doesn't", "only takes", "just 15 minutes", "just fifteen minutes",
        "15 minutes", "fifteen minutes", "20 minutes", "twenty minutes", "quick look", "that's the point",
        "precisely because", "the good news", "timing is exactly", "so that when", "by the time",
        "when the time comes", "best time to", "help you make the case", "business case", "make the case",
        "bring them", "include them", "loop them in", "invite them", "both of you", "three of us", "what would they",
        "what would your boss", "what would he", "what would she", "what matters to", "matter most to",
        "priorities are", "what if we", "what if you", "what would it look like if", "look at it another way",
        "another way to look", "like for like", "apples to apples", "rather than me", "instead of waiting",
        "cost of waiting", "what waiting would", "wait until", "keep it small", "first step", "is it costing you",
        "costing you anything", "in other ways", "smaller first step", "small first step", "start small with",
        "comparing", "comparing the same",
    ])

    static let proof = Lexicon<String>(phrases: [
        "for example", "for instance", "case study", "one of our clients", "one of our customers", "our customers",
        "our clients", "customers like", "clients like", "companies like", "teams like", "a company like",
        "similar to you", "similar companies", "similar company", "saw a", "saw an", "saw their", "went from",
        "in just", "testimonial", "reference", "references", "happy to connect you", "data shows", "on average",
        "average", "times faster", "doubled", "tripled", "halved", "cut their", "cut ramp", "increased their",
        "reduced their", "improved their", "results", "proven", "study", "research", "gong", "forrester", "gartner",
        "g2", "reviews", "rated", "award", "another customer", "another client", "another team", "another company",
        "peer", "customers", "clients", "firms like",
        "a firm about your size", "about your size", "your size", "same spot", "same thing happened",
        "went through the same", "had almost the same", "had the same", "switched to us", "came to us",
        "about your headcount", "your headcount", "almost the same", "the same situation", "same situation",
        "a group in", "a firm in", "a company in", "a team in", "their team", "their close", "their month-end",
        "their mock recall", "what owners tell us", "what customers tell us", "what they found", "a good example",
        "good example", "is a good example", "a great example",
    ])

    /// Giving in or ending the conversation at the first push-back.
    static let caveIn = Lexicon<String>(phrases: [
        "i'll send you some info", "i'll send you some information", "i'll send you an email", "i'll send over some",
        "i'll email you", "i'll just email", "i'll just send", "i'll send it over", "sure i'll send",
        "okay i'll send", "ok i'll send", "no problem i'll", "no problem have a", "sorry to bother",
        "sorry for bothering", "sorry to have bothered", "i'll let you go", "i'll leave you", "have a good day",
        "have a great day", "have a nice day", "thanks for your time", "okay bye", "ok bye", "bye", "goodbye",
        "never mind", "nevermind", "no worries then", "okay then", "maybe another time", "i'll try another time",
        "i'll call back", "i'll try back", "sorry for the trouble", "i understand goodbye", "no worries",
        "have a good", "no rush", "take your time", "whenever", "no problem at all", "absolutely, no problem",
        "oh, absolutely", "i'll make a note", "will do", "just send you", "send you some stuff", "i just send",
        "send you some", "send you our",
    ])

    /// Arguing, pressure or dismissing the concern.
    static let argue = Lexicon<String>(phrases: [
        "you're wrong", "you are wrong", "that's not true", "that is not true", "you don't understand",
        "you do not understand", "trust me", "believe me", "you need this", "you have to", "you must",
        "you should really", "you're making a mistake", "that's a mistake", "that's ridiculous", "that's silly",
        "come on", "seriously", "just listen", "listen to me", "let me finish", "you're missing", "you'd be crazy",
        "everyone else", "no one else", "nobody else", "but you said", "that's just an excuse", "excuse",
        "honestly you", "obviously", "clearly you", "only today", "today only", "offer expires", "limited time",
        "act now", "sign today", "you'll regret", "going to regret", "you'd regret",
    ])

    /// Offering to send something instead of dealing with the concern: "I'll post you a leaflet".
    static let sending = Lexicon<String>(phrases: ["send", "sending", "post", "email", "drop", "pop", "forward", "mail"])
    static let repOffers = Lexicon<String>(phrases: ["i'll", "i will", "let me", "i can", "i could", "just", "me"])
    static let material = Lexicon<String>(phrases: [
        "brochure", "leaflet", "info", "information", "details", "pack", "something", "some stuff", "a link",
        "our website", "a flyer", "literature", "overview",
    ])

    /// Offering a discount before the value was made; counts as a misstep on pricing objections.
    static let discount = Lexicon<String>(phrases: [
        "discount", "discounts", "lower the price", "lower price", "cut the price", "drop the price",
        "reduce the price", "special deal", "special price", "special offer", "knock off", "free month",
        "free months", "waive", "price match", "match the price", "cheaper plan", "percent off", "% off", "knock",
        "off the rate", "half a cent", "twenty percent off", "cheaper for you", "better price", "better deal",
        "good deal", "really good deal", "do it for", "can do it for", "throw in",
    ])
}

/// Number words that make a claim concrete: "cut fuel spend by fourteen percent", "eleven days".
enum NumberWords {
    static let words = WordSet([
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "percent", "half", "doubled",
        "tripled", "halved", "twice",
    ])

    /// True when the turn states a number: a digit that is not a time or date, or a number word.
    static func quantified(_ text: TokenizedText, within range: Range<Int>? = nil) -> Bool {
        for position in range ?? 0..<text.count {
            if text.hasDigit(position) && !text.isClockTime(position) && !text.isOrdinal(position) { return true }
            if words.contains(text.hashes[position]) { return true }
        }
        return false
    }
}
