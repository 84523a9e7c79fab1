/// A day and time a rep offers for a meeting ("Tuesday at 10am", "Thursday afternoon", "tomorrow"), read
/// from what they wrote, so the buyer can accept, counter or decline that slot by name.
public struct MeetingSlot: Sendable, Hashable {
    /// The day as the buyer will say it back: "Tuesday", "tomorrow", "the 14th"; nil when only a time was named.
    public let day: String?
    /// The time as said, tidied: "10am", "2:30pm", "half four", "afternoon"; nil when only a day was named.
    public let time: String?

    public init(day: String?, time: String?) {
        self.day = day
        self.time = time
    }

    /// The lower-case weekday ("tuesday") when the day is one.
    public var weekday: String? { day.flatMap { Self.weekday($0) } }

    /// "Tuesday at 10am", "Thursday afternoon", "Tuesday", "10am".
    public var spoken: String {
        switch (day, time) {
        case (let day?, let time?): Self.partsOfDay.contains(time) ? "\(day) \(time)" : "\(day) at \(time)"
        case (let day?, nil): day
        case (nil, let time?): Self.partsOfDay.contains(time) ? "in the \(time)" : "at \(time)"
        case (nil, nil): "then"
        }
    }

    /// The canonical lower-case weekday for a full or common short name ("tues" → "tuesday"), else nil.
    public static func weekday(_ word: String) -> String? {
        weekdays[word.lowercased()]
    }

    /// Every slot named in `text`, in the order said. A time goes with the day nearest before it (or just after,
    /// as in "at 10 on Tuesday"); days joined by "or"/"and" share a time said after the last of them.
    public static func parse(_ text: String) -> [MeetingSlot] {
        let words = Self.words(text)
        var days: [(index: Int, day: String)] = []
        var times: [(index: Int, end: Int, time: String)] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            // "Last Tuesday", "Black Friday", "every Monday", "on a Friday": a day talked about, not offered.
            let before = index > 0 ? words[index - 1] : ""
            // "Would a Tuesday at two suit?" offers one: "a" is a habit only after "on".
            let habit = before == "a" && index >= 2 && words[index - 2] == "on"
            let talkedAbout = ["last", "black", "cyber", "every", "past", "previous"].contains(before) || habit
            if let day = weekdays[word], !talkedAbout {
                days.append((index, day.prefix(1).uppercased() + day.dropFirst()))
            } else if word == "tomorrow" {
                days.append((index, "tomorrow"))
            } else if let ordinal = ordinalDay(word), index > 0, words[index - 1] == "the" {
                days.append((index, "the \(ordinal)"))
            }
            if let (time, length) = time(at: index, in: words) {
                times.append((index, index + length, time))
                index += length
                continue
            }
            index += 1
        }
        // Without a day, only a time said as one ("10am", "half four", "2:30") is a slot: "look at two" is not.
        guard !days.isEmpty else {
            return times.first { $0.time.contains(where: { !$0.isNumber && !$0.isLetter }) || $0.time.hasSuffix("m") || $0.time.hasPrefix("half")
                || $0.time.contains("o'clock") }.map { [MeetingSlot(day: nil, time: $0.time)] } ?? []
        }
        var assigned: [String?] = Array(repeating: nil, count: days.count)
        var used = Set<Int>()
        for (position, day) in days.enumerated() {
            let nextDay = position + 1 < days.count ? days[position + 1].index : Int.max
            if let after = times.firstIndex(where: { $0.index > day.index && $0.index < nextDay && $0.index - day.index <= 6 && !used.contains($0.index) }) {
                assigned[position] = times[after].time
                used.insert(times[after].index)
            } else if let before = times.lastIndex(where: { $0.end <= day.index && day.index - $0.end <= 2 && !used.contains($0.index) }) {
                assigned[position] = times[before].time
                used.insert(times[before].index)
            }
        }
        // "Tuesday or Wednesday at 2": the time said once serves both days.
        for position in stride(from: days.count - 2, through: 0, by: -1) where assigned[position] == nil {
            let gap = days[position + 1].index - days[position].index
            if gap <= 2, let shared = assigned[position + 1] { assigned[position] = shared }
        }
        var seen = Set<MeetingSlot>()
        return days.indices.compactMap { position in
            let slot = MeetingSlot(day: days[position].day, time: assigned[position])
            return seen.insert(slot).inserted ? slot : nil
        }
    }

    // MARK: - Reading

    private static let weekdays: [String: String] = [
        "monday": "monday", "mon": "monday",
        "tuesday": "tuesday", "tues": "tuesday", "tue": "tuesday",
        "wednesday": "wednesday", "wed": "wednesday", "weds": "wednesday",
        "thursday": "thursday", "thurs": "thursday", "thu": "thursday", "thur": "thursday",
        "friday": "friday", "fri": "friday",
        "saturday": "saturday", "sunday": "sunday",
    ]

    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "lunchtime"]

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]

    /// Lower-case words, keeping digits, ':' and '.' inside times and apostrophes inside words.
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text.lowercased())
        for (offset, character) in characters.enumerated() {
            let inside = offset > 0 && offset + 1 < characters.count && characters[offset - 1].isNumber && characters[offset + 1].isNumber
            if character.isLetter || character.isNumber || character == "'" || character == "’" || ((character == ":" || character == ".") && inside) {
                current.append(character == "’" ? "'" : character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func ordinalDay(_ word: String) -> String? {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, let value = Int(digits), (1...31).contains(value),
              ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) else { return nil }
        return word
    }

    /// A time starting at `index`, and how many words it takes.
    private static func time(at index: Int, in words: [String]) -> (String, Int)? {
        let word = words[index]
        let next = index + 1 < words.count ? words[index + 1] : nil
        let previous = index > 0 ? words[index - 1] : nil
        if partsOfDay.contains(word) { return (word, 1) }
        if word == "noon" || word == "midday" { return ("midday", 1) }
        // "half four", "half past four", "quarter past ten"
        if word == "half" || word == "quarter" {
            var offset = 1
            var joiner = ""
            if index + offset < words.count, words[index + offset] == "past" || words[index + offset] == "to" {
                joiner = " " + words[index + offset]
                offset += 1
            }
            if index + offset < words.count, let hour = hour(words[index + offset]) {
                if word == "half", joiner.isEmpty { return ("half \(hour)", offset + 1) }
                return ("\(word)\(joiner.isEmpty ? " past" : joiner) \(hour)", offset + 1)
            }
            return nil
        }
        // "10am", "2:30pm", "10.30"
        let lower = word
        for suffix in ["am", "pm"] where lower.hasSuffix(suffix) {
            let clock = String(lower.dropLast(2))
            if isClock(clock) { return (clock.replacingOccurrences(of: ".", with: ":") + suffix, 1) }
        }
        if isClock(lower) {
            if let next, next == "am" || next == "pm" || next == "a.m" || next == "p.m" {
                return (lower.replacingOccurrences(of: ".", with: ":") + (next.hasPrefix("a") ? "am" : "pm"), 2)
            }
            if let next, next == "o'clock" || next == "oclock" { return ("\(lower) o'clock", 2) }
            // A bare number is a time only after "at" ("at 10") or when it has minutes ("10:30").
            if lower.contains(":") || lower.contains(".") { return (lower.replacingOccurrences(of: ".", with: ":"), 1) }
            if previous == "at", let value = Int(lower), (1...12).contains(value) { return (lower, 1) }
            return nil
        }
        if let value = numberWords[lower] {
            if let next, next == "o'clock" || next == "oclock" { return ("\(lower) o'clock", 2) }
            if let next, next == "am" || next == "pm" { return ("\(value)\(next)", 2) }
            if previous == "at", value >= 1 { return (lower, 1) }
        }
        return nil
    }

    private static func hour(_ word: String) -> String? {
        if numberWords[word] != nil { return word }
        if let value = Int(word), (1...12).contains(value) { return word }
        return nil
    }

    private static func isClock(_ text: String) -> Bool {
        let parts = text.split(separator: text.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
        guard let hour = Int(parts[0]), (0...23).contains(hour) else { return false }
        if parts.count == 1 { return true }
        guard parts.count == 2, parts[1].count == 2, let minutes = Int(parts[1]), (0...59).contains(minutes) else { return false }
        return true
    }
}
