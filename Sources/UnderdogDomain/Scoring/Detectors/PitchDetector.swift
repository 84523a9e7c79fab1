/// Where the rep described the offer — value (outcomes for the prospect) and features (what the product has) —
/// and how well: backed by proof, tied to what the prospect said, checked, short, not a feature dump.
struct PitchFindings: Sendable {
    let value: [Finding]
    let features: [Finding]
    /// A customer or peer story: a named company, or "a firm about your size", with what changed for them.
    let peerProof: Finding?
    /// A number attached to a result, without a customer behind it.
    let numberProof: Finding?
    let tailoring: Finding?
    let checkIn: Finding?
    /// The longest rep turn that pitched, when it ran past the rubric's limit.
    let longPitch: (turn: Int, words: Int)?
    /// Distinct feature phrases across the pitch; many of them make a feature dump.
    let distinctFeatures: Int
    /// Pressure or arguing inside the pitch.
    let pushy: Finding?
    /// The longest run of comma-separated items in one pitch sentence: a spoken feature list.
    let longestList: (turn: Int, items: Int)?

    var pitched: Bool { !value.isEmpty || !features.isEmpty }
    var pitchTurns: [Int] { Array(Set(value.map(\.turn) + features.map(\.turn))).sorted() }
}

enum PitchDetector {
    /// "We review every document twice, so the files go out ready for audit": our side doing something, then
    /// what it leads to for them.
    static func valueByShape(_ text: TokenizedText, _ range: Range<Int>) -> String? {
        guard let ours = PitchShapeLexicon.ourSide.firstMatch(in: text, within: range),
              let result = PitchShapeLexicon.leadsTo.firstMatch(in: text, within: ours.tokens.upperBound..<range.upperBound)
        else { return nil }
        return "\(ours.phrase) … \(result.phrase)"
    }

    /// A result told as a change from one number to another ("no-shows went from about eleven a month to four",
    /// "from three days down to one"): "from", a number within a few words, then "to" and a number.
    static func changeByNumbers(_ text: TokenizedText, _ range: Range<Int>) -> String? {
        for position in range where Self.from.contains(text.hashes[position]) {
            let reach = min(range.upperBound, position + 7)
            guard let to = (position + 1..<reach).first(where: { Self.to.contains(text.hashes[$0]) }),
                  Self.counted(text, position + 1..<to), Self.counted(text, to + 1..<min(range.upperBound, to + 4))
            else { continue }
            return "from … to …"
        }
        return nil
    }

    /// A number in words or digits, small ones included ("down to two").
    private static func counted(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
        NumberWords.quantified(text, within: range) || range.contains { Self.small.contains(text.hashes[$0]) }
    }

    private static let small = WordSet(["one", "two", "zero", "none"])
    private static let from = WordSet(["from"])
    private static let to = WordSet(["to"])

    /// A sentence about the rep's own firm ("we've now got two hundred sites across Europe"): a boast, whatever
    /// names and numbers are in it, not a customer's result.
    static func aboutUs(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
        text.hashes[range].contains(where: Self.us.contains)
    }

    private static let us = WordSet(["we", "we've", "we're", "we'd", "we'll"])
    /// The customer in a story's result: "they cut no-shows by half", "their close dropped to four days".
    private static let theirSide = WordSet(["they", "their", "them", "they've", "they're", "he", "she", "his", "her"])

    static func detect(_ call: CallText, questions: [Question], thresholds: PitchThresholds) -> PitchFindings {
        // Only statements pitch: "what does that cost you?" has a value word but is a question.
        let questionSentences = Set(questions.map { QuestionKey(turn: $0.turn, start: $0.tokens.lowerBound) })
        var value: [Finding] = []
        var features: [Finding] = []
        var featureNames = Set<String>()
        var peerProof: Finding?
        var numberProof: Finding?
        // The prospect's own words so far: a feature word they said first ("it went on our supplier scorecard")
        // played back by the rep is their world, not the product's feature.
        var heard = Set<WordHash>()
        for line in call.turns {
            let turn = line.index
            let text = call.tokens[turn]
            guard line.speaker == .rep else {
                if line.speaker == .prospect { heard.formUnion(text.hashes) }
                continue
            }
            var storyStarted = false
            let statements = text.sentences.filter { !questionSentences.contains(QuestionKey(turn: turn, start: $0.tokens.lowerBound)) }
            for sentence in statements {
                var values = PitchLexicon.value.matches(in: text, within: sentence.tokens).map { Finding(turn: turn, phrase: $0.phrase) }
                if values.isEmpty, let shaped = valueByShape(text, sentence.tokens) ?? changeByNumbers(text, sentence.tokens) {
                    values = [Finding(turn: turn, phrase: shaped)]
                }
                let feats = PitchLexicon.feature.matches(in: text, within: sentence.tokens)
                    .filter { match in !match.tokens.allSatisfy { heard.contains(text.hashes[$0]) } }
                value += values
                features += feats.map { Finding(turn: turn, phrase: $0.phrase) }
                featureNames.formUnion(feats.map(\.phrase))
                // Proof: a customer story (a peer phrase, or a named company with a number) or a bare number result.
                let quantified = NumberWords.quantified(text, within: sentence.tokens)
                    && !HandlingLexicon.discount.contains(in: text, within: sentence.tokens)
                if peerProof == nil {
                    // A story needs a result in it: "I've seen a hundred firms like yours" is a boast, not proof.
                    // The result may come in the next sentence: "Driftwood is a good example. Their cover paid out…"
                    let story = HandlingLexicon.proof.firstMatch(in: text, within: sentence.tokens)
                    if let story, !values.isEmpty {
                        peerProof = Finding(turn: turn, phrase: story.phrase)
                    } else if quantified, !values.isEmpty, let name = sentence.tokens.first(where: text.isName) {
                        let word = name - sentence.tokens.lowerBound + 1
                        peerProof = Finding(turn: turn, phrase: "a named customer (word \(word))")
                    } else if storyStarted, quantified, !values.isEmpty, !aboutUs(text, sentence.tokens),
                              story != nil || text.hashes[sentence.tokens].contains(where: Self.theirSide.contains) {
                        peerProof = Finding(turn: turn, phrase: "a customer story")
                    }
                    storyStarted = story != nil || sentence.tokens.contains(where: text.isName)
                }
                if numberProof == nil, quantified, !values.isEmpty {
                    numberProof = Finding(turn: turn, phrase: "a number")
                }
            }
        }
        let pitchTurns = Array(Set(value.map(\.turn) + features.map(\.turn))).sorted()
        // Tailoring shows in the pitch, or in a later turn that puts numbers on their situation ("between the
        // penalties and the overtime you're looking at ten thousand a month").
        let firstPitch = pitchTurns.first ?? call.turns.count
        let sizing = call.turns(of: .rep).filter { $0 > firstPitch && NumberWords.quantified(call.tokens[$0]) }
        let tailoringTurns = Array(Set(pitchTurns + sizing)).sorted()
            .filter { call.previousTurn(of: .prospect, before: $0) != nil }
        let tailoring = PitchLexicon.tailoring.first(in: call, turns: tailoringTurns)
            ?? reusedProspectWords(call, in: pitchTurns, minimum: thresholds.tailoringReusedWords)
        // Checking in: a question in a pitch turn or the rep turn right after, or a check-in phrase.
        var checkIn: Finding?
        if let first = pitchTurns.first {
            let following = call.nextTurn(of: .rep, after: first)
            let candidates = pitchTurns + (following.map { [$0] } ?? [])
            checkIn = PitchLexicon.checkIn.first(in: call, turns: candidates)
            if checkIn == nil, let question = questions.first(where: { candidates.contains($0.turn) && $0.turn >= first }) {
                checkIn = Finding(turn: question.turn, phrase: "a question")
            }
        }
        var longPitch: (Int, Int)?
        for turn in pitchTurns {
            let words = call.words(in: turn)
            if words > thresholds.maxPitchTurnWords && words > (longPitch?.1 ?? 0) { longPitch = (turn, words) }
        }
        let pushy = ClosingLexicon.pressure.first(in: call, turns: pitchTurns)
            ?? PolitenessLexicon.combative.first(in: call, turns: pitchTurns)
        var longestList: (Int, Int)?
        for turn in pitchTurns {
            let text = call.tokens[turn]
            for sentence in text.sentences {
                // Commas around "um", "basically" or "you know" are hesitation, not list items.
                let items = 1 + sentence.tokens.dropLast().count { position in
                    text.pauseAfter(position) && !text.isNoise(position) && !text.isNoise(position + 1)
                        && !Self.discourse.contains(text.hashes[position]) && !Self.discourse.contains(text.hashes[position + 1])
                }
                if items > (longestList?.1 ?? 0) { longestList = (turn, items) }
            }
        }
        return PitchFindings(value: value, features: features, peerProof: peerProof, numberProof: numberProof,
                             tailoring: tailoring, checkIn: checkIn,
                             longPitch: longPitch, distinctFeatures: featureNames.count, pushy: pushy, longestList: longestList)
    }

    /// A pitch turn that repeats several of the prospect's own topic words ("the copper story, nine days lost")
    /// is built on what they said. One pass with a growing set of heard words, so long calls stay linear.
    private static func reusedProspectWords(_ call: CallText, in pitchTurns: [Int], minimum: Int) -> Finding? {
        let pitching = Set(pitchTurns)
        var heard = Set<WordHash>()
        for turn in call.turns {
            let text = call.tokens[turn.index]
            if turn.speaker == .prospect {
                for position in 0..<text.count
                where !DiscoveryLexicon.stopWords.contains(text.hashes[position]) && !text.isNoise(position) {
                    heard.insert(text.hashes[position])
                }
            } else if pitching.contains(turn.index) {
                let reused = Set(text.hashes.filter { heard.contains($0) && !DiscoveryLexicon.stopWords.contains($0) })
                if reused.count >= minimum { return Finding(turn: turn.index, phrase: "their own words") }
            }
        }
        return nil
    }

    /// Words people set off with commas while thinking aloud.
    private static let discourse = WordSet([
        "so", "yeah", "yes", "totally", "okay", "ok", "right", "well", "basically", "actually", "honestly",
        "literally", "anyway", "like", "know", "mean", "sure", "but", "and", "because", "oh",
    ])

    private struct QuestionKey: Hashable {
        let turn: Int
        let start: Int
    }
}
