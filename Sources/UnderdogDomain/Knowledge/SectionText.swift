/// A section's text as the chunker stores it: blocks (paragraphs, lists, whole code fences) separated by
/// one blank line, and the packing of blocks into parts of at most `maxWords` words.
enum SectionText {
    /// The section's blocks, with trailing whitespace removed outside code and blank runs collapsed; a
    /// blank line inside a code fence does not end its block.
    static func blocks(_ lines: [Substring]) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        var fence = CodeFence()
        for line in lines {
            if fence.consume(line) {
                current.append(line)
                continue
            }
            if MarkdownLine.isBlank(line) {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
                current = []
                continue
            }
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            current.append(trimmed)
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks
    }

    static func wordCount(_ text: some StringProtocol) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// Packs blocks into parts of at most `maxWords` words, aiming at parts of even size (a 450-word section
    /// with a limit of 400 becomes two of about 225, not 400 and 50). Only a block longer than the limit is
    /// itself cut, at sentence ends, and a sentence longer than the limit at words.
    static func parts(_ blocks: [String], maxWords: Int) -> [String] {
        let limit = max(1, maxWords)
        let pieces = blocks.enumerated().flatMap { index, block in
            let words = wordCount(block)
            return words > limit ? sentencePieces(block, limit: limit).map { Piece(text: $0, words: wordCount($0), block: index) }
                : [Piece(text: block, words: words, block: index)]
        }
        let total = pieces.reduce(0) { $0 + $1.words }
        let partCount = max(1, (total + limit - 1) / limit)
        let target = (total + partCount - 1) / partCount
        var parts: [String] = []
        var current: [Piece] = []
        var words = 0
        for piece in pieces {
            // Close the part when this piece would overflow it, or would take it further past the target than
            // stopping short of the target does.
            let after = words + piece.words
            if !current.isEmpty, after > limit || (after > target && after - target > target - words) {
                parts.append(join(current))
                current = []
                words = 0
            }
            current.append(piece)
            words += piece.words
        }
        if !current.isEmpty { parts.append(join(current)) }
        return parts
    }

    /// A block, or a sentence-level piece of one too long to keep whole.
    struct Piece {
        let text: String
        let words: Int
        let block: Int
    }

    /// Pieces of one block join with a space (they were one paragraph), blocks with a blank line.
    private static func join(_ pieces: [Piece]) -> String {
        var text = ""
        for (index, piece) in pieces.enumerated() {
            if index > 0 { text += pieces[index - 1].block == piece.block ? " " : "\n\n" }
            text += piece.text
        }
        return text
    }

    /// A block too long for one part as its sentences (words re-joined by single spaces); a sentence longer
    /// than the limit is cut into runs of `limit` words.
    static func sentencePieces(_ block: String, limit: Int) -> [String] {
        var pieces: [String] = []
        var sentence: [Substring] = []
        func flush() {
            for start in stride(from: 0, to: sentence.count, by: limit) {
                pieces.append(sentence[start..<min(start + limit, sentence.count)].joined(separator: " "))
            }
            sentence = []
        }
        for word in block.split(whereSeparator: { $0.isWhitespace }) {
            sentence.append(word)
            if let last = word.last, ".?!".contains(last) { flush() }
        }
        flush()
        return pieces
    }
}
