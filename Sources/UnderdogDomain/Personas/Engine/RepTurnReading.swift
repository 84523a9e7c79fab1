/// What one rep turn says, read once with the domain's tokenizer, question finder and lexicons.
///
/// The engine decides from these flags and counts only; it never looks at the raw text again.
struct RepTurnReading: Sendable {
    let text: String
    let tokens: TokenizedText
    let words: Int
    /// Sentences that are questions, with their kind (from `QuestionFinder`).
    let questions: [QuestionFinder.Shape]
    /// A question that probes (open, or about a named topic) and is not a proposal.
    let probingQuestion: Bool
    /// A question about them (discovery or qualifying), even a yes/no one.
    let situationQuestion: Bool

    let permission: Bool
    let introduction: Bool
    let reason: Bool
    let personalisation: Bool
    let courtesy: Bool
    let acknowledges: Bool
    let insults: Int
    let pushes: Int
    let shouting: Bool
    let pressure: Bool
    let pitch: Bool
    let mentionsPrice: Bool
    /// Money comes up inside a question: "how much does it cost?"
    let asksAboutPrice: Bool
    let proposesNextStep: Bool
    let namesTime: Bool
    let asksForDecisionMaker: Bool
    let offersToSendInfo: Bool
    /// "How are you?", "How's your week going?": small talk, not discovery.
    let pleasantry: Bool
    /// Every question in the turn is a pleasantry ("Busy time of year for you, I'd imagine?"): it asks nothing
    /// about their world, whatever fact a word in it keys.
    let onlyPleasantQuestions: Bool
    /// Every question in the turn only checks the offer landed ("Would that help?", "Interested?").
    let interestCheckOnly: Bool
    /// A customer story or a result with a number: proof, not just a claim.
    let cites: Bool
    /// The turn ends on a thank-you of a few words, or on a short parting line ("Speak Thursday.").
    let signsOff: Bool
    /// Thanks anywhere in the turn, not the thanks that open a call.
    let thanked: Bool
    /// A customer named or proof words used: evidence, not only numbers inside a description of the offer.
    let tellsStory: Bool
    /// Says why they call, in the opener lexicon's words or as "I'm ringing about…".
    let statesPurpose: Bool
    /// The turn's content words, stemmed, to compare with a fact's words.
    let stems: ContentStems
    /// The whole turn's content words, stemmed.
    let textStems: ContentStems
    /// The words of the sentences that ask, stemmed, in order (for fact keywords of several words).
    let askedWords: [String]
    /// The content words not written with a capital (names of people and firms left out), stemmed.
    let plainStems: ContentStems
    /// "Talk me through…": asks for an account without a question mark.
    let requestsAnAccount: Bool
    /// Where facts and topics are looked for (see `askingRanges(_:_:requestsAnAccount:)`).
    let askingRanges: [Range<Int>]
    /// The days and times the turn names, in order.
    let slots: [MeetingSlot]
    /// A question that points back to what was just said ("how do those get to the office?").
    var pointsBack: Bool { askingRanges.contains { PersonaEngineLexicon.pointers.contains(in: tokens, within: $0) } }

    init(_ text: String, turn: Int) {
        self.text = text
        let tokens = TokenizedText(text)
        self.tokens = tokens
        words = tokens.count

        var shapes: [QuestionFinder.Shape] = []
        var probing = false
        var situation = false
        let punctuated = tokens.hasSentencePunctuation
        if punctuated {
            for sentence in tokens.sentences {
                guard let shape = QuestionFinder.classify(tokens, sentence, punctuated: true) else { continue }
                shapes.append(shape)
                guard !shape.proposal, !shape.leading,
                      !OpenerLexicon.permission.contains(in: tokens, within: shape.range),
                      !PersonaEngineLexicon.askingForAMoment.contains(in: tokens, within: shape.range) else { continue }
                let (kind, topical) = QuestionFinder.kind(tokens, shape.asking)
                if kind != .other {
                    situation = true
                    if !shape.yesNo || topical { probing = true }
                }
            }
        } else {
            for question in QuestionFinder.spokenQuestions(tokens, turn: turn) {
                shapes.append(QuestionFinder.Shape(form: question.form, range: question.tokens, yesNo: question.yesNo,
                                                   proposal: question.kind == .other, leading: false,
                                                   asking: question.tokens))
                if OpenerLexicon.permission.contains(in: tokens, within: question.tokens) { continue }
                if question.kind != .other { situation = true }
                if question.probes { probing = true }
            }
        }
        questions = shapes
        probingQuestion = probing
        situationQuestion = situation

        permission = OpenerLexicon.permission.contains(in: tokens) || PersonaEngineLexicon.askingForAMoment.contains(in: tokens)
        introduction = OpenerLexicon.introduction.contains(in: tokens)
        reason = OpenerLexicon.reason.contains(in: tokens)
        personalisation = OpenerLexicon.personalisation.contains(in: tokens)
        courtesy = PolitenessLexicon.courtesy.contains(in: tokens)
        acknowledges = HandlingLexicon.acknowledge.contains(in: tokens)
            || PersonaEngineLexicon.listening.contains(in: tokens)
            || PitchLexicon.tailoring.contains(in: tokens)
        // "Whatever time suits him" is not "Whatever." said to a buyer: a dismissive word counts on its own only.
        let sentenceLength = tokens.sentences.reduce(into: [Int: Int]()) { $0[$1.tokens.lowerBound] = $1.tokens.count }
        let rude = PolitenessLexicon.rudeness.matches(in: tokens).filter { match in
            guard Self.standAloneRudeness.contains(match.phrase) else { return true }
            let sentence = tokens.sentences.first { $0.tokens.contains(match.tokens.lowerBound) }
            // "Whatever, I'll just email you": said on its own before a pause, it is still the shrug.
            if sentence?.tokens.lowerBound == match.tokens.lowerBound, tokens.pauseAfter(match.tokens.upperBound - 1) { return true }
            return (sentence.map { sentenceLength[$0.tokens.lowerBound] ?? 0 } ?? 0) <= 3
        }
        insults = rude.count + PersonaEngineLexicon.insults.matches(in: tokens).count
        // The scoring lexicons' arguing words ("obviously", "come on", "with respect") are slips one at a time, as
        // the rubric counts them; two in a turn is arguing.
        // A phrase both lexicons hold is one slip, not two; "what would you need to…" asks, it does not tell; "the
        // hotels come on" is a verb, not "Come on!".
        let telling = (PolitenessLexicon.combative.matches(in: tokens) + HandlingLexicon.argue.matches(in: tokens)
            + PersonaEngineLexicon.pushy.matches(in: tokens)).filter { Self.tells($0, tokens) }
        let pushyRanges = Set(PersonaEngineLexicon.pushy.matches(in: tokens).filter { Self.tells($0, tokens) }.map(\.tokens))
        let arguing = Set(telling.map(\.tokens)).subtracting(pushyRanges).count
        pushes = pushyRanges.count + PersonaEngineLexicon.belittling.matches(in: tokens).count
            + (arguing >= 2 ? arguing : 0)
        pressure = ClosingLexicon.pressure.contains(in: tokens) && !PersonaEngineLexicon.story.contains(in: tokens)
            && !HandlingLexicon.proof.contains(in: tokens)
        shouting = Self.isShouting(text)
        // "…so nobody double-quotes a couple. How does that sound?": a short check on the offer asks nothing about
        // their world; the turn is told, as a pitch is.
        let interestOnly = !shapes.isEmpty && tokens.count >= 10 && shapes.allSatisfy { shape in
            shape.range.count <= 10 && PersonaEngineLexicon.interestCheck.contains(in: tokens, within: shape.range)
        }
        interestCheckOnly = interestOnly
        let told = shapes.isEmpty || interestOnly
        let valueWords = PitchLexicon.value.matches(in: tokens).count
        let featureWords = PitchLexicon.feature.matches(in: tokens).count
        // A pitch is also plain words about what "we" do, told rather than asked.
        let aboutUs = PitchShapeLexicon.ourSide.matches(in: tokens).count
        // "It reads each hotel's diary…": the product described in the present tense, told, not asked.
        let describesIt = told && tokens.count >= 6 && PersonaEngineLexicon.productSubject.firstMatch(in: tokens)?.tokens.lowerBound == 0
        pitch = valueWords + featureWords >= 2 || (featureWords >= 1 && told)
            || (told && aboutUs >= 1 && tokens.count >= 12) || describesIt
            // "Your customers would book online, so nothing gets retyped": the offer told as what would change.
            || (told && tokens.count >= 8 && PersonaEngineLexicon.offerShape.contains(in: tokens))
        // "What does it cost you?" asks about the problem's impact, not about the price.
        func priceTalk(_ range: Range<Int>) -> Bool {
            PersonaEngineLexicon.price.contains(in: tokens, within: range)
                && !PersonaEngineLexicon.pricingUpWork.contains(in: tokens, within: range)
                && (PersonaEngineLexicon.plainPrice.contains(in: tokens, within: range)
                    || !DiscoveryLexicon.topics.matches(in: tokens, within: range).contains { $0.label == .impact })
        }
        mentionsPrice = tokens.sentences.contains { priceTalk($0.tokens) }
        asksAboutPrice = shapes.contains { priceTalk($0.range) }

        let timed = Self.namesSlot(tokens, within: nil)
        namesTime = timed
        let meetingWord = ClosingLexicon.meeting.contains(in: tokens)
        let ask = ClosingLexicon.ask.contains(in: tokens)
        asksForDecisionMaker = ClosingLexicon.gatekeeperAsk.contains(in: tokens)
        // "Do you have two minutes?" in an opener asks for the call itself, not for a next step.
        let openerOnly = turn <= 1 && permission && !timed
        // A slot offered in a question ("How does Thursday at 10am look?") proposes even without a booking word;
        // "schedule" or "Friday" in a pitch does not.
        let slotQuestion = shapes.contains { Self.namesSlot(tokens, within: $0.range) }
        let vagueAsk = !shapes.isEmpty && PersonaEngineLexicon.vagueAsk.contains(in: tokens)
            && PersonaEngineLexicon.meetingNoun.contains(in: tokens)
        proposesNextStep = !openerOnly && ((ask && (meetingWord || timed)) || slotQuestion || vagueAsk)
        offersToSendInfo = ClosingLexicon.vague.contains(in: tokens) || PersonaEngineLexicon.offersMaterial.contains(in: tokens)
        // "How are you?" on its own, not "how are you building schedules": the phrase ends where a pause does.
        pleasantry = PersonaEngineLexicon.smallTalk.contains(in: tokens) || OpenerLexicon.pleasantry.matches(in: tokens).contains { match in
            let end = match.tokens.upperBound
            return match.label && (end == tokens.count || tokens.pauseAfter(end - 1) || tokens.startsSentence(end))
        }
        // "Thanks, Jasmine!" as the last words: a sign-off.
        let lastSentence = tokens.sentences.last?.tokens.lowerBound ?? 0
        signsOff = !PersonaEngineLexicon.openingThanks.contains(in: tokens) && PersonaEngineLexicon.thanks.matches(in: tokens).contains {
            tokens.count - $0.tokens.lowerBound <= 4 || ($0.tokens.lowerBound == lastSentence && lastSentence > 0)
        } || (tokens.count <= 12 && Self.parts(tokens))
        onlyPleasantQuestions = pleasantry && !shapes.isEmpty && shapes.allSatisfy { shape in
            PersonaEngineLexicon.smallTalk.contains(in: tokens, within: shape.range)
                || OpenerLexicon.pleasantry.matches(in: tokens).contains { $0.label && shape.range.contains($0.tokens.lowerBound) }
                || (shape.range.count <= 5 && shape.yesNo)
        }
        thanked = !PersonaEngineLexicon.openingThanks.contains(in: tokens) && PersonaEngineLexicon.thanks.contains(in: tokens)
        statesPurpose = reason || PersonaEngineLexicon.callback.contains(in: tokens)
            || (turn <= 2 && tokens.count >= 10 && OpeningShapeLexicon.purpose.contains(in: tokens))
        let asked = Self.askedText(text)
        stems = ContentStems(asked)
        askedWords = PersonaEngine.stemmedWords(asked)
        textStems = ContentStems(text)
        plainStems = ContentStems(text.split(separator: " ").filter { $0.first.map { !$0.isUppercase } ?? false }.joined(separator: " "))
        requestsAnAccount = PersonaEngineLexicon.tellMe.contains(in: tokens)
        askingRanges = Self.askingRanges(shapes, tokens, requestsAnAccount: requestsAnAccount)
        slots = MeetingSlot.parse(text)
        let proofWords = HandlingLexicon.proof.contains(in: tokens)
        let quantity = (0..<tokens.count).contains { tokens.hasDigit($0) } || PersonaEngineLexicon.quantity.contains(in: tokens)
        // A story told about another customer: amounts, and "they" or "their" doing the work.
        let amounts = PersonaEngineLexicon.quantity.matches(in: tokens).count + (0..<tokens.count).filter { tokens.hasDigit($0) }.count
        // "What we'd do is text patients their recall…": the offer told, with "their" its customers, not a story.
        let aboutThem = PersonaEngineLexicon.theirStory.contains(in: tokens)
            && !(PersonaEngineLexicon.ourOffer.contains(in: tokens) && !PersonaEngineLexicon.results.contains(in: tokens))
        tellsStory = PersonaEngineLexicon.story.contains(in: tokens) || (amounts >= 2 && aboutThem)
            || (amounts >= 1 && PersonaEngineLexicon.results.contains(in: tokens))
        // "A homewares shop … saved forty percent of its inbox": a result told of a third party, with no "you" or "we".
        let thirdPartyResult = told && amounts >= 2 && PersonaEngineLexicon.results.contains(in: tokens)
            && !PersonaEngineLexicon.youOrUs.contains(in: tokens)
        cites = PersonaEngineLexicon.story.contains(in: tokens) || (proofWords && quantity) || (amounts >= 2 && aboutThem && told)
            || thirdPartyResult || (told && PersonaEngineLexicon.claimedProof.contains(in: tokens))
    }

    var asksQuestion: Bool { !questions.isEmpty }

    /// The worry put another way ("compared with one lost wedding", "pays for itself"); a price quoted "per seat
    /// per month" is the price itself, not a reframe of it.
    var reframes: Bool {
        let quotesPrice = PersonaEngineLexicon.plainPrice.contains(in: tokens)
        return HandlingLexicon.reframe.matches(in: tokens).contains { !(quotesPrice && $0.phrase.hasPrefix("per ")) }
    }

    /// Words that, just before "you need to" or "you have to", make it a question ("what would you need to…?",
    /// "do you have to…?") or a condition, not an order.
    private static let askingBefore = WordSet([
        "would", "do", "did", "does", "will", "what", "why", "how", "when", "where", "if", "don't", "that", "which",
        "whatever", "anything", "whether", "might", "could", "should", "may",
    ])
    private static let requestModals = WordSet(["could", "can", "would", "will"])
    private static let interjectionBefore = WordSet(["oh", "aw", "ah", "but", "and", "so", "look"])

    /// True when a pushy or arguing phrase is said to the buyer as such: "you need to" after "would" asks, and
    /// "come on" mid-sentence ("before the hotels come on") is a verb.
    static func tells(_ match: Lexicon<String>.Match, _ tokens: TokenizedText) -> Bool {
        let start = match.tokens.lowerBound
        let before = start > 0 && !tokens.startsSentence(start) ? tokens.hashes[start - 1] : nil
        if match.phrase.hasPrefix("you "), let before, askingBefore.contains(before) { return false }
        // "Could you just put me through?": asked, not ordered.
        let sentence = tokens.sentences[tokens.sentence(of: start)]
        if sentence.endsWithQuestionMark,
           (max(sentence.tokens.lowerBound, start - 4)..<start).contains(where: { requestModals.contains(tokens.hashes[$0]) }) {
            return false
        }
        if match.phrase == "come on" {
            return start == 0 || tokens.startsSentence(start) || tokens.pauseAfter(start - 1)
                || before.map { interjectionBefore.contains($0) } == true
        }
        return true
    }

    /// A sentence of at most three words, not a question, opening with "speak", "talk" or "see you": a parting line.
    private static func parts(_ tokens: TokenizedText) -> Bool {
        PersonaEngineLexicon.parting.matches(in: tokens).contains { match in
            guard let sentence = tokens.sentences.first(where: { $0.tokens.lowerBound == match.tokens.lowerBound }) else { return false }
            return sentence.tokens.count <= 3 && !sentence.endsWithQuestionMark
        }
    }

    /// Many words and no question: a monologue.
    var isMonologue: Bool { words >= 60 && questions.isEmpty }

    var hostile: Bool { insults > 0 || pushes > 0 || shouting || pressure }

    /// True when `lexicon` has a phrase in this turn.
    func contains(_ lexicon: Lexicon<String>) -> Bool { lexicon.contains(in: tokens) }

    /// How many of `lexicon`'s phrases the question sentences hold (all sentences when `anywhere`).
    func hits(_ lexicon: Lexicon<String>, inQuestionsOnly: Bool) -> Int {
        guard inQuestionsOnly else { return lexicon.matches(in: tokens).count }
        return askingRanges.reduce(0) { $0 + lexicon.matches(in: tokens, within: $1).count }
    }

    /// Content words (not stop words) the rep repeated from `earlier`: playing back what was said.
    func echoes(_ earlier: TokenizedText) -> Int {
        var seen = Set<UInt64>()
        for hash in earlier.hashes where !DiscoveryLexicon.stopWords.contains(hash) { seen.insert(hash.value) }
        var echoed = Set<UInt64>()
        for hash in tokens.hashes where seen.contains(hash.value) { echoed.insert(hash.value) }
        return echoed.count
    }

    /// Months name plans ("opening in March") and "today" the present ("how do you schedule today?"), not slots;
    /// days, dates and clock times do.
    private static let months = WordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "today",
    ])

    /// True when the text (or `range`) names a day, a date or a clock time.
    static func namesSlot(_ tokens: TokenizedText, within range: Range<Int>?) -> Bool {
        let bounds = range ?? 0..<tokens.count
        for match in ClosingLexicon.time.matches(in: tokens, within: bounds) where match.label != nil {
            if match.tokens.count == 1, months.contains(tokens.hashes[match.tokens.lowerBound]) { continue }
            return true
        }
        for position in bounds where tokens.isClockTime(position) || tokens.isOrdinal(position) { return true }
        return false
    }

    /// Question sentences that are not asking for permission or checking who answered, or the whole turn when it
    /// asks for an account in other words: where facts and topics are looked for.
    private static func askingRanges(_ questions: [QuestionFinder.Shape], _ tokens: TokenizedText, requestsAnAccount: Bool) -> [Range<Int>] {
        let ranges = questions.map(\.range).filter {
            !OpenerLexicon.permission.contains(in: tokens, within: $0) && !PersonaEngineLexicon.identityCheck.contains(in: tokens, within: $0)
                && !PersonaEngineLexicon.askingForAMoment.contains(in: tokens, within: $0)
        }
        if ranges.isEmpty && requestsAnAccount { return [0..<tokens.count] }
        // "Would that help?" after an offer asks for no fact.
        if tokens.count >= 10, !ranges.isEmpty, ranges.allSatisfy({ $0.count <= 10 && PersonaEngineLexicon.interestCheck.contains(in: tokens, within: $0) }) {
            return []
        }
        return ranges
    }

    /// The sentences a question asks in (and the one before, when it points back with "that" or "those"), or the
    /// whole text when none ends with a question mark: where a fact's words are looked for.
    static func askedText(_ text: String) -> String {
        let sentences = PersonaEngine.sentences(of: text)
        let pointers: Set<String> = ["those", "that", "it", "them", "this", "these", "they"]
        var kept: [String] = []
        for (index, sentence) in sentences.enumerated() where sentence.hasSuffix("?") {
            let lower = sentence.lowercased()
            if ["am i speaking", "am i talking", "have i reached", "got a sec", "got a minute", "have you got a", "is now a bad time"]
                .contains(where: lower.contains) { continue }
            kept.append(sentence)
            let words = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
            let pointsBack = !words.isDisjoint(with: pointers) || ["happened there", "went on there", "went wrong there"].contains(where: lower.contains)
            if index > 0, pointsBack { kept.append(sentences[index - 1]) }
        }
        return kept.isEmpty ? text : kept.joined(separator: " ")
    }

    /// Rude only when said on their own: "Whatever." but not "whatever suits you".
    static let standAloneRudeness: Set<String> = ["whatever", "hell", "damn", "forget it", "ridiculous"]

    /// Three or more words in capitals making up at least 40% of the words: shouting.
    static func isShouting(_ text: String) -> Bool {
        var capitals = 0
        var total = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 2 {
            total += 1
            if word.allSatisfy(\.isUppercase) { capitals += 1 }
        }
        return capitals >= 3 && Double(capitals) >= 0.4 * Double(total)
    }
}
