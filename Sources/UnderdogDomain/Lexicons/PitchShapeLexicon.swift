/// Short words from which `PitchDetector` recognises value by its shape when no listed phrase names it: the
/// rep's side doing something ("we", "our team") that leads to a result for the customer ("so the files go
/// out ready", "without a single correction"). No entry is longer than three words.
enum PitchShapeLexicon {
    static let ourSide = Lexicon<String>(phrases: ["we", "we'll", "we've", "we're", "our", "us"])

    static let leadsTo = Lexicon<String>(phrases: [
        "so the", "so they", "so it", "so that", "so your", "so you", "without", "ready for", "ready to",
        "in time", "which saves", "which cuts", "fewer", "less", "sooner", "faster", "quicker", "never",
        "no more", "first time",
    ])
}
