/// Value language (what the prospect gets), feature language (what the product has), and tailoring.
enum PitchLexicon {
    static let value = Lexicon<String>(phrases: [
        "so you can", "so that you can", "so your", "which means", "that means", "meaning you", "help you",
        "helps you", "help your", "helps your", "we help", "help teams", "helps teams", "help companies",
        "helps companies", "help sales", "helps sales", "help reps", "helps reps", "save", "saves", "saving",
        "reduce", "reduces", "reduced", "cut", "cuts", "increase", "increases", "increased", "improve", "improves",
        "improved", "grow", "grows", "boost", "boosts", "faster", "quicker", "less time", "more time", "more deals",
        "more meetings", "more pipeline", "win rate", "win rates", "close rate", "close rates", "conversion",
        "conversions", "revenue", "roi", "return on", "pays for itself", "results", "outcome", "outcomes", "ramp",
        "ramp time", "quota", "hit quota", "attainment", "productivity", "efficient", "efficiency", "avoid",
        "prevent", "eliminate", "fewer", "per month", "per year", "hours a week", "hours per week", "get rid of",
        "stop losing", "close more", "book more", "sell more", "confidence", "confident", "ramp up", "up to speed",
        "the benefit", "benefit", "benefits", "value", "impact", "lift", "doubled", "halved", "percent", "drop",
        "drops", "dropped", "fell", "falls", "lower", "lowers", "saved", "went down", "came down", "cheaper than",
        "done in", "up and running", "in days", "instead of", "weeks instead of", "days instead of", "on time",
        "ahead of", "get their", "got their", "back", "stopped", "no longer", "fewer tickets", "tickets",
        "corrections", "cut their", "dropped to", "paid out", "still in business", "kept them",
        "so you're", "so you don't", "so you won't", "so you never", "which means you", "means you",
        "you're not the one",
    ])

    static let feature = Lexicon<String>(phrases: [
        "feature", "features", "functionality", "dashboard", "dashboards", "integration", "integrations",
        "integrates", "api", "platform", "module", "modules", "plugin", "plug-in", "mobile app", "ai-powered",
        "ai powered", "machine learning", "algorithm", "algorithms", "real-time", "real time", "analytics", "cloud",
        "automation", "automated", "automates", "templates", "interface", "it has", "it comes with", "comes with",
        "includes", "we have a", "we offer", "our product", "our software", "our tool", "our platform",
        "our solution", "our app", "built-in", "built in", "customizable", "customisable", "configurable", "specs",
        "license", "licenses", "seats", "scorecards", "scorecard", "leaderboard", "leaderboards", "gamification",
        "transcription", "recording", "recordings", "ai roleplay", "voice ai", "chatbot", "sso", "single sign-on",
    ])

    static let tailoring = Lexicon<String>(phrases: [
        "you mentioned", "you said", "you told me", "since you", "based on what you", "from what you",
        "given that you", "given what you", "you're dealing with", "you are dealing with", "for your team",
        "in your case", "your situation", "what you described", "what you just described", "that's exactly",
        "which is exactly", "it sounds like", "sounds like you", "what i'm hearing", "if i heard you",
        "if i understand", "like you said", "as you said", "you just said", "the problem you", "the issue you",
        "the challenge you", "your new reps", "for your reps", "for your sdrs", "for you specifically",
        "you're looking at", "so between", "between the penalties", "for you that", "with your", "given your",
        "based on your", "at your volume", "your numbers", "from what you've told me", "what you've told me",
        "you've told me", "which is about where", "that's about where", "exactly where", "here's why i asked",
        "why i asked", "that's why i asked", "here's how we'd handle", "here's how we would handle",
        "almost word for word", "what you said", "the piece that", "that kind of backlog", "exactly that kind",
        "since you added", "now that you", "here's what i'm hearing", "even getting to", "that puts you",
        "for a team your size", "for your size", "same pattern", "the same pattern", "fit how your", "fits how your",
        "how your sites", "resonate with her", "resonate with him", "the real gap", "your existing",
    ])

    static let checkIn = Lexicon<String>(phrases: [
        "does that sound", "does that make sense", "make sense", "how does that sound", "does that resonate",
        "resonate", "is that relevant", "would that help", "would that be useful", "would that be helpful",
        "is that something", "worth exploring", "how does that compare", "what do you think", "thoughts",
        "is that a priority", "does that fit", "would that matter", "could that help", "interesting to you",
    ])
}
