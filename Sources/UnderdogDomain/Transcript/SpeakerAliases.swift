/// The speaker labels the parsers accept, and which party each one means.
///
/// VAPI names the roles from the AI's point of view: its `assistant` (also `bot`, `ai`) is the AI buyer the rep
/// practises on, so it is the prospect, and its `user` is the human on the phone, so it is the rep. Generic sales
/// words follow: agent, salesperson, seller, caller are the rep; customer, buyer, client, lead, gatekeeper are
/// the prospect.
public enum SpeakerAliases {
    /// Labels that mean the rep (lowercased, spaces and punctuation folded to `_`).
    public static let rep: [String] = [
        "rep", "sales_rep", "salesrep", "agent", "sales_agent", "salesperson", "sales_person", "seller",
        "caller", "sdr", "bdr", "ae", "account_executive", "user", "me", "trainee",
    ]

    /// Labels that mean the prospect; `assistant`, `bot` and `ai` are the AI buyer in VAPI roleplay.
    public static let prospect: [String] = [
        "prospect", "customer", "buyer", "client", "lead", "gatekeeper", "receptionist", "assistant",
        "bot", "ai", "persona",
    ]

    /// The role a label names, or nil when it is a person's name or something else.
    public static func speaker(for label: String) -> Speaker? {
        let key = fold(label)
        if rep.contains(key) { return .rep }
        if prospect.contains(key) { return .prospect }
        return nil
    }

    /// Lowercases and turns runs of spaces, hyphens and dots into `_`, so "Sales Rep" and "sales-rep" match.
    static func fold(_ label: String) -> String {
        var out = ""
        var pendingSeparator = false
        for character in label.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSeparator && !out.isEmpty { out.append("_") }
                pendingSeparator = false
                out.append(character)
            } else {
                pendingSeparator = true
            }
        }
        return out
    }
}
