import Foundation

/// Choosing and finishing the persona's lines.
extension PersonaEngine {
    enum Mood { case cold, neutral, warm }

    var mood: Mood { state.trust < 4 ? .cold : (state.trust < 7 ? .neutral : .warm) }

    /// A reaction to a statement that asks nothing, by mood.
    var reactions: [String] {
        switch mood {
        case .cold: persona.voice.reactionCold
        case .neutral: persona.voice.reactionNeutral
        case .warm: persona.voice.reactionWarm
        }
    }

    /// A question that pushes the rep on, by mood.
    var nudges: [String] {
        switch mood {
        case .cold: persona.voice.nudgeCold
        case .neutral: persona.voice.nudgeNeutral
        case .warm: persona.voice.nudgeWarm
        }
    }

    /// A line from `pool`, chosen by the turn number, skipping the previous line and, while the pool has another,
    /// any line already said in this call and then any line that opens with the word the previous reply opened
    /// with: three replies in a row starting "Lovely," read as a script.
    func pick(_ pool: [String]) -> String {
        precondition(!pool.isEmpty)
        let start = (state.turns + state.objectionsRaised.count + state.topicsCovered.count) % pool.count
        let lastOpening = state.lastReply.map(Self.openingWord)
        var saidBefore: String?
        var openedAlike: String?
        for offset in 0..<pool.count {
            let candidate = fill(pool[(start + offset) % pool.count], slot: nil)
            if let last = state.lastReply, last.contains(candidate) { continue }
            if Self.sentences(of: candidate).contains(where: saidLines.contains) {
                if saidBefore == nil { saidBefore = candidate }
                continue
            }
            if let lastOpening, Self.openingWord(candidate) == lastOpening {
                if openedAlike == nil { openedAlike = candidate }
                continue
            }
            return candidate
        }
        return openedAlike ?? saidBefore ?? fill(pool[start], slot: nil)
    }

    /// The first word of a line, lowercased, without the punctuation after it ("Lovely," → "lovely").
    static func openingWord(_ line: String) -> Substring {
        line.split(whereSeparator: { $0 == " " }).first.map { $0.lowercased()[...].prefix { $0.isLetter || $0 == "'" } } ?? ""
    }

    /// The line with its placeholders filled: the slot under discussion, the persona's counter slot, email and
    /// the rep's company.
    func fill(_ line: String, slot: MeetingSlot?) -> String {
        guard line.contains("{") else { return line }
        var text = line
        if let slot { text = text.replacingOccurrences(of: "{slot}", with: slot.spoken) }
        text = text.replacingOccurrences(of: "{counter}", with: counterSlot.spoken)
        text = text.replacingOccurrences(of: "{email}", with: persona.email)
        text = text.replacingOccurrences(of: "{seller}", with: persona.brief.seller)
        return text
    }

    mutating func say(_ text: String, _ act: PersonaReply.Act, outcome: PersonaReply.Outcome = .continuing) -> PersonaReply {
        say(text, [act], outcome: outcome)
    }

    mutating func say(_ text: String, _ acts: [PersonaReply.Act], outcome: PersonaReply.Outcome = .continuing) -> PersonaReply {
        var line = text
        if line == state.lastReply, outcome == .continuing { line = "Again: " + line }
        state.lastReply = line
        for sentence in Self.sentences(of: line) { saidLines.insert(sentence) }
        state.lastActs = acts
        if acts.contains(.askPurpose) { purposeAsks += 1 }
        lastProspect = TokenizedText(line)
        return PersonaReply(text: line, outcome: outcome, acts: acts)
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        // Keep "I", names and acronyms as they are.
        let second = text.dropFirst().first
        if first == "I", second == " " || second == "'" { return text }
        if let second, second.isUppercase { return text }
        if first.isUppercase, text.split(separator: " ").first.map({ $0.count > 1 && Self.properNouns.contains(String($0)) }) == true {
            return text
        }
        return first.lowercased() + text.dropFirst()
    }

    /// Words that start a fact and stay capitalised when quoted back mid-sentence.
    private static let properNouns: Set<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A context sentence cut where a new clause starts (", and ", ", so ", ", but ", ", which ", "; "), each part
    /// a sentence of its own.
    static func clauses(_ sentence: String) -> [String] {
        var parts = [sentence]
        for cut in [", and ", ", so ", ", but ", ", which ", "; ", ", while "] {
            parts = parts.flatMap { $0.components(separatedBy: cut) }
        }
        return parts.compactMap { part in
            var text = part.trimmingCharacters(in: .whitespaces)
            while let last = text.last, ".!?,".contains(last) { text.removeLast() }
            guard text.split(separator: " ").count >= 4, let first = text.first else { return nil }
            return first.uppercased() + text.dropFirst() + "."
        }
    }

    static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "." || character == "!" || character == "?" {
                let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { result.append(trimmed) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { result.append(rest) }
        return result
    }
}
