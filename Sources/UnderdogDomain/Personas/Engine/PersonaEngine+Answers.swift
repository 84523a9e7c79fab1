/// Answering questions and openers: which fact a question asks for, and what the persona says when none fits.
extension PersonaEngine {
    /// Words that frame a question ("how many", "today", "team") rather than say what it is about: they count for
    /// less than topical keywords when choosing a fact, so "how does your team handle tracking emails?" gets the
    /// answer about emails, not the one about team size.
    static let frameWords = Lexicon<String>(phrases: [
        "how many", "how much", "team", "today", "currently", "process", "when", "who", "what", "how", "people",
        "staff", "problem", "pain", "worst", "now", "right now", "at the moment", "use", "using", "tool", "tools",
        "system", "biggest", "last year", "this year", "handle", "work", "day", "week",
    ])

    /// The fact the question sentences ask for: topical keywords weigh more than framing ones, a fact tied to a
    /// care topic the question touches gains, and so does one whose answer shares the question's words. An untold
    /// fact wins a tie, then file order.
    func bestFact(_ reading: RepTurnReading, topicsTouched: [String]) -> Int? {
        // "Is that Ruth?" checks who answered; it asks for no fact.
        let firstName = WordHash(persona.name.split(separator: " ").first.map { String($0).lowercased() } ?? "")
        let ranges = reading.askingRanges.filter { range in
            !(range.count <= 5 && range.contains { reading.tokens.hashes[$0] == firstName })
        }
        guard !ranges.isEmpty else { return nil }
        let touchedCares = persona.cares.enumerated().filter { topicsTouched.contains($0.element.topic) }
        var askedTopics = Set<DiscoveryLexicon.Topic>()
        for range in ranges { for match in DiscoveryLexicon.topics.matches(in: reading.tokens, within: range) { askedTopics.insert(match.label) } }
        let whole = 0..<reading.tokens.count
        var ideas = Set<String>()
        for range in ranges { for match in PersonaEngineLexicon.questionIdeas.matches(in: reading.tokens, within: range) { ideas.insert(match.label) } }
        let askedWords = reading.askedWords
        var best: (index: Int, score: Double, told: Bool)?
        // The best fact not yet told that the question clearly fits: a buyer says the new thing rather than repeat.
        var bestUntold: (index: Int, score: Double)?
        for index in persona.facts.indices {
            var score = 0.0
            for range in ranges {
                for match in factLexicons[index].matches(in: reading.tokens, within: range) {
                    let words = match.tokens.count
                    let framing = words == 1 && Self.frameWords.contains(in: reading.tokens, within: match.tokens)
                        || match.phrase == "how many" || match.phrase == "how much"
                    // A one-word keyword most facts share ("clinics" at a dental group) says little about which.
                    let common = words == 1 ? (stemFrequency[ContentStems.stem(match.phrase)] ?? 1) : 1
                    score += framing ? 0.3 : (words == 1 ? max(0.5, 1 / Double(common).squareRoot()) : 1 + 0.5 * Double(words - 1))
                }
            }
            // A keyword of several words said in another form ("last quarter's forecast" for "last quarter"),
            // every content word of it in the question.
            for (phrase, run) in factPhraseRuns[index] where Self.containsRun(run, in: askedWords)
                && !factLexicons[index].matches(in: reading.tokens).contains(where: { $0.phrase == phrase }) {
                score += 1 + 0.5 * Double(run.count - 1)
            }
            // Keywords said just before the question ("Timesheets mainly. How do those get back to you?").
            if reading.pointsBack {
                let before = factLexicons[index].matches(in: reading.tokens, within: whole).count
                    - ranges.reduce(0) { $0 + factLexicons[index].matches(in: reading.tokens, within: $1).count }
                score += (score == 0 ? 0.5 : 0.75) * Double(max(0, before))
            }
            // Asking about pain, impact or who decides points at the fact keyed that way; "how do you … today"
            // only frames the question, so it counts for little against what the question is about.
            for topic in askedTopics.intersection(factTopics[index]) { score += topic == .currentState ? 0.25 : 1 }
            let keywords = Set(persona.facts[index].keywords)
            // The idea the question asks about, in the words the file keys the fact by.
            for idea in ideas where !(PersonaEngineLexicon.ideaMarkers[idea] ?? []).isDisjoint(with: keywords) { score += 1.25 }
            if score > 0, touchedCares.contains(where: { !keywords.isDisjoint(with: $0.element.keywords) }) { score += 0.75 }
            // Words the question shares with the fact, in any form: "reminders" finds the fact about reminding.
            let shared = reading.stems.stems.intersection(factStems[index].stems)
            let weights = shared.map { 1 / Double(stemFrequency[$0] ?? 1).squareRoot() }.sorted(by: >).prefix(3)
            score += 0.75 * weights.reduce(0, +)
            guard score >= 0.4 else { continue }
            let told = state.factsShared.contains(index)
            if !told, score >= 1, score > (bestUntold?.score ?? 0) { bestUntold = (index, score) }
            if told { score -= 1 }
            if best == nil || score > best!.score { best = (index, score, told) }
        }
        // A fact already told is said again ("Like I said…") only when the question plainly asks for it and no
        // untold fact comes near.
        if let best, best.told, let bestUntold, bestUntold.score >= best.score - 0.5 { return bestUntold.index }
        return best?.index
    }

    /// Every word of `text`, lower-cased and stemmed, in order.
    static func stemmedWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map { ContentStems.stem(String($0)) }
    }

    /// True when `run` appears in `words` as consecutive words.
    static func containsRun(_ run: [String], in words: [String]) -> Bool {
        guard !run.isEmpty, words.count >= run.count else { return false }
        return (0...(words.count - run.count)).contains { Array(words[$0..<($0 + run.count)]) == run }
    }

    mutating func factAnswer(_ index: Int, asked reading: RepTurnReading? = nil) -> String {
        let answer = persona.facts[index].answer
        if state.factsShared.contains(index) {
            // Asked again: the gist, in a word or two of their own.
            return "Like I said: " + Self.lowercasedFirst(Self.sentences(of: answer).first ?? answer)
        }
        state.factsShared.insert(index)
        lastFactTold = index
        guard let reading, let more = contextAdding(to: index, reading) else { return answer }
        contextShared.insert(more)
        return answer + " " + contextSentences[more].text
    }

    /// The untold clause of the company's context about the same thing as the fact and the question, saying
    /// something the fact's answer does not: "one bloke does every quote" goes on "…built by hand by one estimator".
    func contextAdding(to fact: Int, _ reading: RepTurnReading) -> Int? {
        let answerStems = ContentStems(persona.facts[fact].answer).stems
        // The company's own name in the question ("how big is Kestrel?") says nothing about which clause.
        let asking = reading.stems.stems.subtracting(ContentStems(persona.company.name).stems)
        var best: (index: Int, score: Int)?
        for (index, clause) in contextStems.enumerated() where !contextShared.contains(index) {
            let asked = clause.stems.intersection(asking).count
            let same = clause.stems.intersection(factStems[fact].stems).count
            let new = clause.stems.subtracting(answerStems).count
            guard asked >= 1, same >= 2, new >= 2, !Self.repeats(clause, answerStems) else { continue }
            if asked + same > (best?.score ?? 0) { best = (index, asked + same) }
        }
        return best?.index
    }

    /// True when a clause would say again what `said` already says: it shares most of its content words with it,
    /// or four of them ("when a customer chases an order, somebody has to walk onto the floor" after "customers
    /// ring… someone walks out to the floor"). A clause that shares a few and adds more ("built by hand by one
    /// estimator" after "one bloke does every quote") still says something new.
    static func repeats(_ clause: ContentStems, _ said: Set<String>) -> Bool {
        let shared = clause.stems.intersection(said).count
        return shared >= 4 || 2 * shared > clause.stems.count
    }

    /// The answer to a question: its fact; or a sentence about the company that shares the question's words; or
    /// the persona's honest "can't say".
    mutating func answer(_ reading: RepTurnReading, fact: Int?, topicsTouched: [String], listened: Bool) -> String {
        // A question gets its answer straight: no "That's really interesting." put before it, which would be the
        // buyer praising the question rather than answering it.
        if let fact { return factAnswer(fact, asked: reading) }
        if let sentence = relevantContext(reading) { return sentence }
        if reading.probingQuestion, let honest = followUp(reading) { return honest }
        return pick(persona.voice.noFact)
    }

    /// An open follow-up no fact answers ("what's the plan for when they step back?", "so what's the real
    /// problem?"): an honest reply from what hurts. Pointing back at the fact just told, its untold background
    /// or its last sentence (where the consequence sits); otherwise the untold fact nearest what the seller's
    /// product is for, the pain the persona lives with.
    mutating func followUp(_ reading: RepTurnReading) -> String? {
        if reading.contains(PersonaEngineLexicon.pointers), let last = lastFactTold {
            let lastStems = ContentStems(persona.facts[last].answer).stems
            if let clause = contextStems.indices.filter({ !contextShared.contains($0) })
                .max(by: { contextStems[$0].stems.intersection(lastStems).count < contextStems[$1].stems.intersection(lastStems).count }),
               contextStems[clause].stems.intersection(lastStems).count >= 2 {
                contextShared.insert(clause)
                return contextSentences[clause].text
            }
            let sentences = Self.sentences(of: persona.facts[last].answer)
            if sentences.count >= 2, let consequence = sentences.last { return "Like I said: " + Self.lowercasedFirst(consequence) }
        }
        // Only a question about what hurts is answered with the pain; any other gets the honest "can't say".
        let asksAboutPain = DiscoveryLexicon.topics.matches(in: reading.tokens).contains { $0.label == .pain || $0.label == .impact }
        guard asksAboutPain else { return nil }
        var best: (index: Int, score: Int)?
        for index in persona.facts.indices where !state.factsShared.contains(index) {
            let score = factStems[index].stems.intersection(productStems).count
            if score >= 2, score > (best?.score ?? 0) { best = (index, score) }
        }
        guard let best else { return nil }
        return factAnswer(best.index)
    }

    /// The untold sentence of the company's context that shares most content words with the question, if any does.
    private mutating func relevantContext(_ reading: RepTurnReading) -> String? {
        var words = Set<UInt64>()
        for range in reading.askingRanges {
            for position in range where !DiscoveryLexicon.stopWords.contains(reading.tokens.hashes[position]) {
                words.insert(reading.tokens.hashes[position].value)
            }
        }
        var best: (index: Int, shared: Int)?
        for (index, sentence) in contextSentences.enumerated() where !contextShared.contains(index) {
            let shared = Set(sentence.words.hashes.filter { !DiscoveryLexicon.stopWords.contains($0) }.map(\.value))
                .intersection(words).count
            if shared >= 1, shared > (best?.shared ?? 0) { best = (index, shared) }
        }
        guard let best else { return nil }
        contextShared.insert(best.index)
        return contextSentences[best.index].text
    }

    /// The reply to an opener: a gatekeeper screens; a buyer grants the moment asked for, lets a caller with a
    /// reason go on, or asks what the call is about.
    mutating func answerOpener(_ reading: RepTurnReading, turn: Int) -> String {
        if scenario == .gatekeeper {
            if !state.callerIdentified || !state.reasonGiven { return pick(persona.voice.askPurpose) }
            return pick(persona.gatekeeper?.askName ?? persona.voice.askPurpose)
        }
        if scenario == .closing { return pick(persona.voice.permissionGranted) }
        if reading.permission {
            let granted = pick(state.trust >= 4 ? persona.voice.permissionGranted : persona.voice.permissionGrudging)
            // A moment asked for by a caller who has said neither who they are nor why they ring: granted, and
            // then the buyer asks what it is about, unless the line already asks.
            guard unexplained(reading), !granted.hasSuffix("?") else { return granted }
            return granted + " " + pick(persona.voice.askPurpose)
        }
        if explainsWhy(reading) { return pick(persona.voice.permissionGranted) }
        return pick(persona.voice.askPurpose)
    }

    func openerActs(_ reading: RepTurnReading) -> [PersonaReply.Act] {
        if scenario == .gatekeeper { return [.askPurpose] }
        if scenario == .closing { return [.permission] }
        if reading.permission { return unexplained(reading) ? [.permission, .askPurpose] : [.permission] }
        return explainsWhy(reading) ? [.permission] : [.askPurpose]
    }

    /// An opener that says neither who is calling nor why ("Hello Mr Whitley, I hope I've caught you at a good
    /// moment."): what the call is about is still to be asked.
    func unexplained(_ reading: RepTurnReading) -> Bool {
        !reading.introduction && !reading.pitch && !explainsWhy(reading)
    }

    /// The opener says why the caller rings: a reason, research on the buyer, or words that carry a purpose.
    func explainsWhy(_ reading: RepTurnReading) -> Bool {
        reading.reason || reading.personalisation || reading.statesPurpose || saysWhatItIsAbout(reading)
    }
}
