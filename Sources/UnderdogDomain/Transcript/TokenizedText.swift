/// One turn's words, tokenised once: lowercased, apostrophes kept inside words, punctuation dropped but remembered.
///
/// Matching is punctuation-insensitive, yet a few rules need punctuation: a question mark ends a question, and a
/// comma around "like" or "you know" marks it as a filler. So each token keeps whether a pause-mark follows it,
/// and sentences keep whether they ended with "?".
struct TokenizedText: Sendable {
    /// A sentence: a range of token positions and whether it ended with a question mark.
    struct Sentence: Sendable, Hashable {
        let tokens: Range<Int>
        let endsWithQuestionMark: Bool
    }

    private(set) var hashes: [WordHash] = []
    /// Bit 0: a comma, semicolon, colon or dash follows; bit 1: the word contains a digit; bit 2: looks like a
    /// clock time (10:30, 3pm); bit 3: an ordinal date (14th, 1st); bit 4: filler noise a phrase may skip; bit 5: written
    /// with a capital letter.
    private(set) var flags: [UInt8] = []
    private(set) var sentenceOf: [Int32] = []
    private(set) var sentences: [Sentence] = []
    /// True when the text had any sentence punctuation; without it (raw speech-to-text), questions are found by
    /// how sentences start.
    private(set) var hasSentencePunctuation = false

    static let pauseAfterFlag: UInt8 = 1
    static let digitFlag: UInt8 = 2
    static let clockFlag: UInt8 = 4
    static let ordinalFlag: UInt8 = 8
    static let noiseFlag: UInt8 = 16
    static let capitalFlag: UInt8 = 32

    var count: Int { hashes.count }

    func pauseAfter(_ position: Int) -> Bool { flags[position] & Self.pauseAfterFlag != 0 }
    func hasDigit(_ position: Int) -> Bool { flags[position] & Self.digitFlag != 0 }
    func isClockTime(_ position: Int) -> Bool { flags[position] & Self.clockFlag != 0 }
    func isOrdinal(_ position: Int) -> Bool { flags[position] & Self.ordinalFlag != 0 }
    /// "um", "uh" anywhere, or a "like" set off by commas: speech noise inside a phrase ("I'll, um, send it").
    func isNoise(_ position: Int) -> Bool { flags[position] & Self.noiseFlag != 0 }

    /// A capitalised word that does not start its sentence and is not "I": likely a name ("Castellano Produce").
    func isName(_ position: Int) -> Bool {
        flags[position] & Self.capitalFlag != 0 && !startsSentence(position) && !Self.pronounI.contains(hashes[position])
    }

    func startsSentence(_ position: Int) -> Bool {
        position == 0 || sentence(of: position - 1) != sentence(of: position)
    }

    private static let pronounI = WordSet(["i", "i'm", "i'd", "i'll", "i've"])
    func sentence(of position: Int) -> Int { Int(sentenceOf[position]) }

    /// True when the token at `position` starts its sentence or follows a pause mark.
    func startsClause(_ position: Int) -> Bool {
        position == 0 || sentence(of: position - 1) != sentence(of: position) || pauseAfter(position - 1)
    }

    func hash(at position: Int) -> WordHash? {
        position >= 0 && position < hashes.count ? hashes[position] : nil
    }

    init(_ text: String) {
        tokenize(Array(text.unicodeScalars))
        markNoise()
    }

    private static let noiseWords = WordSet(["um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm"])
    private static let like = WordHash("like")

    private mutating func markNoise() {
        for position in hashes.indices {
            let hash = hashes[position]
            let commaLike = hash == Self.like && pauseAfter(position) && position > 0 && pauseAfter(position - 1)
            if Self.noiseWords.contains(hash) || commaLike { flags[position] |= Self.noiseFlag }
        }
    }

    private mutating func tokenize(_ scalars: [Unicode.Scalar]) {
        var hash = WordHash.offsetBasis
        var length = 0
        var hasDigit = false
        var hasColon = false
        var capital = false
        var sawLowercase = false
        var lastWasDigit = false
        var sentenceStart = 0
        var sentenceHasQuestion = false
        var pendingSentenceEnd = false

        // ASCII first: Unicode property lookups are slow and nearly all call text is ASCII.
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            if value < 128 {
                return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }

        func isDigitScalar(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            if value < 128 { return value >= 48 && value <= 57 }
            return scalar.properties.numericType != nil
        }

        func mix(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { byte in hash = (hash ^ UInt64(byte)) &* WordHash.prime }
        }

        // Lowercases as it hashes (ASCII fast path), remembering whether the word started with a capital.
        func mixLowercased(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                if scalar.value >= 65 && scalar.value <= 90 {
                    if length == 0 { capital = true }
                    mix(Unicode.Scalar(UInt8(scalar.value + 32)))
                } else {
                    if scalar.value >= 97 && scalar.value <= 122 { sawLowercase = true }
                    mix(scalar)
                }
            } else if scalar.properties.changesWhenLowercased {
                if length == 0 { capital = true }
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { mix(lower) }
            } else {
                if scalar.properties.isLowercase { sawLowercase = true }
                mix(scalar)
            }
        }

        func closeSentence(question: Bool) {
            let end = hashes.count
            if end > sentenceStart {
                sentences.append(Sentence(tokens: sentenceStart..<end, endsWithQuestionMark: question))
            } else if question, let last = sentences.popLast() {
                // "Really?!" or a "?" after a closing quote: the mark belongs to the sentence just closed.
                sentences.append(Sentence(tokens: last.tokens, endsWithQuestionMark: true))
            }
            sentenceStart = end
        }

        func flushToken(endsWithAMPM: Bool, ordinal: Bool) {
            guard length > 0 else { return }
            var flag: UInt8 = 0
            if hasDigit { flag |= Self.digitFlag }
            if hasDigit && (hasColon || endsWithAMPM) { flag |= Self.clockFlag }
            if hasDigit && ordinal { flag |= Self.ordinalFlag }
            // "LED" or "CFO" is an acronym, not a name: a name has lowercase letters after its capital.
            if capital && sawLowercase { flag |= Self.capitalFlag }
            hashes.append(WordHash(value: hash))
            flags.append(flag)
            sentenceOf.append(Int32(sentences.count))
            hash = WordHash.offsetBasis
            length = 0
            hasDigit = false
            hasColon = false
            capital = false
            sawLowercase = false
        }

        var index = 0
        var tail: [Unicode.Scalar] = []  // the last two letters of the word, to spot "3pm"
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "\u{2019}" || scalar == "\u{2018}" { scalar = "'" }
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            let previousIsWord = length > 0
            if isWordScalar(scalar) {
                if pendingSentenceEnd {
                    closeSentence(question: sentenceHasQuestion)
                    pendingSentenceEnd = false
                    sentenceHasQuestion = false
                }
                let isDigit = isDigitScalar(scalar)
                hasDigit = hasDigit || isDigit
                lastWasDigit = isDigit
                mixLowercased(scalar)
                length += 1
                let upper = scalar.isASCII && scalar.value >= 65 && scalar.value <= 90
                tail.append(upper ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar)
                if tail.count > 2 { tail.removeFirst() }
            } else if scalar == "'" && previousIsWord && next.map(isWordScalar) == true {
                mix(scalar)
                length += 1
            } else if (scalar == ":" || scalar == "." || scalar == ",") && previousIsWord && lastWasDigit
                        && next.map(isDigitScalar) == true {
                // 10:30, 4.5, 1,000 stay one token.
                if scalar == ":" { hasColon = true }
                mix(scalar)
                length += 1
            } else if scalar == "." && previousIsWord && !lastWasDigit && next.map(isWordScalar) == true
                        && index + 2 < scalars.count && !isWordScalar(scalars[index + 2]) {
                // a.m., p.m., e.g.: the dots are dropped so "p.m." reads as "pm".
            } else if scalar == "%" && previousIsWord && lastWasDigit {
                mix(scalar)
                length += 1
            } else {
                flushToken(endsWithAMPM: Self.isAMPM(tail, hasDigit), ordinal: Self.isOrdinal(tail, hasDigit))
                tail.removeAll(keepingCapacity: true)
                lastWasDigit = false
                switch scalar {
                case ",", ";", ":", "\u{2014}", "\u{2013}":
                    if let last = flags.indices.last { flags[last] |= Self.pauseAfterFlag }
                case "-":
                    // a dash between spaces is a pause; a hyphen inside a word just splits it.
                    if next == " " || next == nil, let last = flags.indices.last { flags[last] |= Self.pauseAfterFlag }
                case ".", "!", "\u{2026}":
                    hasSentencePunctuation = true
                    // "at 2 p.m. work for you?": the stop after an abbreviation, before a lowercase word, goes on.
                    pendingSentenceEnd = !(scalar == "." && Self.abbreviationContinues(scalars, at: index))
                case "?":
                    hasSentencePunctuation = true
                    pendingSentenceEnd = true
                    sentenceHasQuestion = true
                default:
                    break
                }
            }
            index += 1
        }
        flushToken(endsWithAMPM: Self.isAMPM(tail, hasDigit), ordinal: Self.isOrdinal(tail, hasDigit))
        closeSentence(question: sentenceHasQuestion)
    }

    /// True when the full stop at `index` closes an abbreviation whose inner dot was dropped ("p.m.", "e.g.") and
    /// the next word starts lowercase or with a digit: "2 p.m. works" goes on, "2 p.m. Then we left" may not.
    private static func abbreviationContinues(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 3, scalars[index - 2] == ".", isASCIILetter(scalars[index - 1]),
              isASCIILetter(scalars[index - 3]) else { return false }
        var next = index + 1
        while next < scalars.count, scalars[next] == " " { next += 1 }
        guard next > index + 1, next < scalars.count else { return false }
        let value = scalars[next].value
        return (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 97 && value <= 122) || (value >= 65 && value <= 90)
    }

    /// "3pm", "10am": a number run into am/pm.
    private static func isAMPM(_ tail: [Unicode.Scalar], _ hasDigit: Bool) -> Bool {
        hasDigit && tail.count == 2 && tail[1] == "m" && (tail[0] == "a" || tail[0] == "p")
    }

    /// "14th", "1st", "2nd", "3rd": a number run into an ordinal suffix.
    private static func isOrdinal(_ tail: [Unicode.Scalar], _ hasDigit: Bool) -> Bool {
        guard hasDigit, tail.count == 2 else { return false }
        let suffix = String(String.UnicodeScalarView(tail))
        return suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd"
    }
}
