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
    ])

    /// Insults beyond the politeness lexicon's list.
    static let insults = Lexicon<String>(phrases: [
        "idiot", "idiots", "stupid", "moron", "morons", "clueless", "incompetent", "lazy", "pathetic", "dinosaur",
        "dinosaurs", "dumb", "useless", "loser", "losers", "joke", "amateur", "amateurs", "ignorant", "dense",
        "backwards", "stone age", "living in the past",
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
}
