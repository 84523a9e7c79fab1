/// Short words from which `ContemptReader` recognises contempt by its shape: a pet name used on a stranger,
/// telling someone what their job is, telling them it is none of their business, daring them.
enum ContemptLexicon {
    /// Said to a stranger and set off by commas ("Look, love, …"), these talk down.
    static let petNames = Lexicon<String>(phrases: ["love", "darling", "sweetheart", "sweetie", "honey", "dear", "pet", "sunshine"])

    static let yourJob = Lexicon<String>(phrases: ["your job", "your job's", "you're just", "you're only", "you're a"])
    static let jobVerdict = Lexicon<String>(phrases: ["is to", "'s to", "receptionist", "secretary", "assistant", "gatekeeper", "to put"])

    static let noneOfYours = Lexicon<String>(phrases: ["your concern", "your business", "your problem", "concern of yours", "business of yours"])
    static let dare = Lexicon<String>(phrases: ["don't you dare", "how dare you", "you dare"])
    /// Read only where a sentence opens with it: an order to calm down.
    static let calm = Lexicon<String>(phrases: ["calm down", "okay calm down", "ok calm down", "relax"])
}
