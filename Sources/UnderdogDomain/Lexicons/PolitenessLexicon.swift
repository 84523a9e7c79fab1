/// Courtesy that keeps a prospect warm, and rudeness that ends a call.
enum PolitenessLexicon {
    static let courtesy = Lexicon<String>(phrases: [
        "thank you", "thanks", "appreciate", "i appreciate", "please", "my pleasure", "glad", "happy to", "great to",
        "nice to", "pleasure", "sorry to hear", "that's great", "congratulations", "congrats", "respect your time",
        "value your time", "thanks for your time", "thank you for your time",
    ])

    /// Insults, swearing, contempt: one is enough to sour a call.
    static let rudeness = Lexicon<String>(phrases: [
        "shut up", "whatever", "that's stupid", "embarrassment", "embarrassing", "stupid", "idiot", "dumb", "are you kidding", "i don't care",
        "waste of my time", "damn", "hell", "crap", "ridiculous", "just calm down", "you calm down", "need to calm", "dumpster fire", "your loss",
        "sweetheart", "honey", "forget it", "go pull him out", "go pull her out", "do you even", "you got lucky",
        "who knows what they're doing", "pay attention", "don't have all day", "i don't have all day",
    ])

    /// Arguing, lecturing, talking down and bluffing past a gatekeeper: one is a slip, several make the rep sound
    /// combative.
    static let combative = Lexicon<String>(phrases: [
        "you're wrong", "you are wrong", "that's not true", "that is not true", "it is true", "got the numbers wrong",
        "you don't understand", "you don't get it", "you do not understand", "trust me", "believe me", "listen to me",
        "let me finish", "everybody knows", "everyone knows", "that's just bad", "i do this every day",
        "if you know how", "period", "your call", "come on", "you don't even know", "i've seen a hundred",
        "is just better", "you're wasting", "you are wasting", "you're costing", "with respect", "as i already said",
        "like i already said", "i already told you", "i told you", "obviously", "clearly you",
        "you're making a mistake", "big mistake", "that's a mistake", "you'd be crazy", "you'd be leaving",
        "no offense", "no offence", "that's because you", "because you didn't", "just tell him", "just tell her",
        "just transfer", "just put me through", "left behind", "do you want to see it or not", "or not",
        "i'll just keep trying", "there's never a good time", "doesn't get returned", "just grab him",
        "just grab her", "he'd want you to", "she'd want you to", "it's not really a sales call",
        "he's expecting my call", "she's expecting my call", "he knows what it's about", "she knows what it's about",
        "are they actually", "nobody should be paying",
    ])

    /// Brushing a no aside to press on: "Doesn't matter", "You don't need to ask him", "Could you not just ring
    /// him now?". Read only in the rep's answer to an objection or a refusal.
    static let pushing = Lexicon<String>(phrases: [
        "doesn't matter", "you don't need", "won't wait", "could you not", "can't you just", "couldn't you just",
        "why not just",
    ])
}
