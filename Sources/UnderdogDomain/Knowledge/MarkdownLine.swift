/// Line-level markdown syntax the chunker needs: ATX headings and fenced code blocks (CommonMark rules,
/// reduced to what decides where sections start).
enum MarkdownLine {
    /// An ATX heading: up to three spaces, 1–6 `#`, then a space or the end of the line; an optional closing
    /// run of `#` is not part of the text.
    static func heading(_ line: Substring) -> (level: Int, text: String)? {
        var rest = line[...]
        var indent = 0
        while let first = rest.first, first == " ", indent < 4 {
            indent += 1
            rest = rest.dropFirst()
        }
        guard indent <= 3, rest.first == "#" else { return nil }
        let level = rest.prefix(while: { $0 == "#" }).count
        guard level <= 6 else { return nil }
        rest = rest.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpaces()
        // A closing sequence is `#`s that are the whole text or follow a space.
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let beforeClosing = text.dropLast(closing)
            if beforeClosing.isEmpty || beforeClosing.last == " " || beforeClosing.last == "\t" { text = beforeClosing.trimmingSpaces() }
        }
        return (level, String(text))
    }

    /// Whether the line is blank (spaces and tabs only).
    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }
}

/// Tracks fenced code blocks line by line, so `#` lines inside them are code, not headings.
struct CodeFence {
    private var open: (character: Character, length: Int)?

    var isOpen: Bool { open != nil }

    /// Feeds the next line; true when the line belongs to a fence (its opening, body or closing line).
    mutating func consume(_ line: Substring) -> Bool {
        let indent = line.prefix(while: { $0 == " " }).count
        let rest = line.dropFirst(indent)
        if let current = open {
            let run = rest.prefix(while: { $0 == current.character }).count
            if indent <= 3, run >= current.length, rest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { open = nil }
            return true
        }
        guard indent <= 3, let marker = rest.first, marker == "`" || marker == "~" else { return false }
        let run = rest.prefix(while: { $0 == marker }).count
        guard run >= 3 else { return false }
        // A backtick fence's info string may not contain backticks (that would be inline code).
        if marker == "`", rest.dropFirst(run).contains("`") { return false }
        open = (marker, run)
        return true
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
