/// What a rep asks a gatekeeper to find the way in: who looks after something, and when or how that person
/// is reached. Such questions are the gatekeeper call's own business, not discovery of the prospect's world.
enum RoutingLexicon {
    static let who = Lexicon<String>(phrases: ["who", "whom", "who's", "whose", "whoever"])

    static let thirdPerson = Lexicon<String>(phrases: ["he", "she", "him", "her", "his", "he's", "she's"])

    static let reach = Lexicon<String>(phrases: [
        "catch", "reach", "speak", "available", "free", "around", "in", "back", "diary", "calendar", "best time",
        "best way", "when", "morning", "mornings", "afternoon", "afternoons", "email", "number", "extension",
    ])
}

extension RoutingLexicon {
    /// "Who looks after the appointment system?", "Is she easier to catch in the morning?"
    static func asksTheWayIn(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
        who.contains(in: text, within: range)
            || (thirdPerson.contains(in: text, within: range) && reach.contains(in: text, within: range))
    }
}
