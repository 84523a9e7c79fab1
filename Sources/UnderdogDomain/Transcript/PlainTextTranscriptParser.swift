import Foundation

/// Reads plain `Speaker: text` lines; a line without a label continues the previous turn.
///
/// Roles are assigned by name: a label that is a known alias (`Rep`, `Agent`, `Salesperson`, `Customer`, VAPI's
/// `User`/`AI`…, see `SpeakerAliases`) takes that role and the other speaker takes the other one; when neither
/// name is known (two people's names), whoever speaks first is taken as the rep, since reps open outbound calls.
/// A third distinct name is an error: only two-party calls are scored.
public enum PlainTextTranscriptParser {
    /// One speaker label found in the text and the role it was given.
    public struct Label: Sendable, Hashable, Codable {
        public let name: String
        public let speaker: Speaker
        /// True when the name is a known alias; false when the role came from speaking order.
        public let byAlias: Bool
    }

    /// The parsed transcript together with how each label was read.
    public struct Result: Sendable, Hashable {
        public let transcript: Transcript
        public let labels: [Label]
    }

    public static func parse(_ text: String, limits: ParseLimits = .standard) throws(TranscriptError) -> Transcript {
        try parseWithLabels(text, limits: limits).transcript
    }

    public static func parse(_ data: Data, limits: ParseLimits = .standard) throws(TranscriptError) -> Transcript {
        guard data.count <= limits.maxBytes else { throw .tooLarge(bytes: data.count, limit: limits.maxBytes) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        return try parse(text, limits: limits)
    }

    public static func parseWithLabels(_ text: String, limits: ParseLimits = .standard) throws(TranscriptError) -> Result {
        guard text.utf8.count <= limits.maxBytes else { throw .tooLarge(bytes: text.utf8.count, limit: limits.maxBytes) }
        if text.allSatisfy(\.isWhitespace) { throw .emptyInput }

        var names: [String] = []
        var raw: [(name: String, text: String, line: Int)] = []
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if let (name, body) = splitLabel(trimmed) {
                if !names.contains(name) {
                    guard names.count < 2 else { throw .tooManySpeakers(.line(lineNumber), names: names) }
                    names.append(name)
                }
                raw.append((name, body, lineNumber))
                guard raw.count <= limits.maxTurns else { throw .tooManyTurns(count: raw.count, limit: limits.maxTurns) }
            } else {
                guard !raw.isEmpty else { throw .missingSpeakerLabel(.line(lineNumber)) }
                raw[raw.count - 1].text += raw[raw.count - 1].text.isEmpty ? trimmed : " " + trimmed
            }
        }
        let labels = try assignRoles(names)
        var turns: [Turn] = []
        turns.reserveCapacity(raw.count)
        for (position, entry) in raw.enumerated() {
            let place = TranscriptError.Location.line(entry.line)
            if entry.text.isEmpty { throw .emptyText(place) }
            guard entry.text.utf8.count <= limits.maxTurnCharacters else {
                throw .turnTooLong(place, characters: entry.text.count, limit: limits.maxTurnCharacters)
            }
            let speaker = labels.first { $0.name == entry.name }?.speaker ?? .rep
            turns.append(Turn(index: position, speaker: speaker, text: entry.text))
        }
        return Result(transcript: try Transcript(turns: turns), labels: labels)
    }

    /// Splits `Name: text`. A label is at most three words of letters, digits and a little punctuation, and the
    /// colon is followed by a space or the line's end, so `10:30` or `Here's the thing: …` stay text.
    static func splitLabel(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let after = line.index(after: colon)
        guard after == line.endIndex || line[after].isWhitespace else { return nil }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 32 else { return nil }
        guard name.split(separator: " ").count <= 3 else { return nil }
        let allowed = name.allSatisfy { $0.isLetter || $0.isNumber || " .-_()&#".contains($0) }
        guard allowed, name.contains(where: \.isLetter) || name.contains(where: \.isNumber) else { return nil }
        let body = line[after...].trimmingCharacters(in: .whitespaces)
        return (name, body)
    }

    /// Gives each distinct name its role, as the type's documentation describes.
    static func assignRoles(_ names: [String]) throws(TranscriptError) -> [Label] {
        let known = names.map { SpeakerAliases.speaker(for: $0) }
        switch (names.count, known.first ?? nil, known.count > 1 ? known[1] : nil) {
        case (1, let role, _):
            return [Label(name: names[0], speaker: role ?? .rep, byAlias: role != nil)]
        case (_, let first?, let second?):
            if first == second { throw .ambiguousSpeakers(names: names, role: first) }
            return [label(0, first, true), label(1, second, true)]
        case (_, let first?, nil):
            return [label(0, first, true), label(1, first.other, false)]
        case (_, nil, let second?):
            return [label(0, second.other, false), label(1, second, true)]
        default:
            return [label(0, .rep, false), label(1, .prospect, false)]
        }

        func label(_ position: Int, _ speaker: Speaker, _ byAlias: Bool) -> Label {
            Label(name: names[position], speaker: speaker, byAlias: byAlias)
        }
    }
}
