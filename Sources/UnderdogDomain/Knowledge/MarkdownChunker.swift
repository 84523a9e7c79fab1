/// Splits a markdown knowledge document into retrievable chunks by its headings.
///
/// `#` starts a page (its text before the first sub-heading is a chunk when not empty); `##` and `###` start
/// chunks; deeper headings stay inside their section's text. Lines inside fenced code blocks are never
/// headings. A section longer than `maxWords` is split at paragraph boundaries (sentences, then words, only
/// when a single paragraph is too long) into parts titled "Title (part 1)", "Title (part 2)", …; sections
/// with no text are dropped. CRLF and lone CR line endings are read as LF, and YAML front matter is skipped
/// (its `title:` names the text before the first heading).
public enum MarkdownChunker {
    public static func chunks(markdown: String, fileName: String, maxWords: Int = 400) -> [KnowledgeChunk] {
        let normalized = markdown.normalizingLineEndings()
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        let frontMatterTitle = stripFrontMatter(&lines)
        let preambleTitle = frontMatterTitle ?? firstPageTitle(lines) ?? baseName(fileName)

        var chunks: [KnowledgeChunk] = []
        var page: String?
        var section: String?
        var current = Section(title: preambleTitle, headingPath: [], lines: [])
        var fence = CodeFence()
        for line in lines {
            if fence.consume(line) {
                current.lines.append(line)
                continue
            }
            guard let heading = MarkdownLine.heading(line), heading.level <= 3 else {
                current.lines.append(line)
                continue
            }
            chunks += current.chunks(maxWords: maxWords)
            switch heading.level {
            case 1:
                page = heading.text
                section = nil
                current = Section(title: heading.text, headingPath: [heading.text], lines: [])
            case 2:
                section = heading.text
                current = Section(title: heading.text, headingPath: [page, heading.text].compactMap { $0 }, lines: [])
            default:
                current = Section(title: heading.text, headingPath: [page, section, heading.text].compactMap { $0 }, lines: [])
            }
        }
        chunks += current.chunks(maxWords: maxWords)
        return chunks
    }

    /// A heading's lines until the next heading of level 1–3.
    struct Section {
        let title: String
        let headingPath: [String]
        var lines: [Substring]

        func chunks(maxWords: Int) -> [KnowledgeChunk] {
            var body = lines[...]
            while let first = body.first, MarkdownLine.isBlank(first) { body = body.dropFirst() }
            var topics: [String] = []
            if let first = body.first, let parsed = MarkdownChunker.topics(in: first) {
                topics = parsed
                body = body.dropFirst()
            }
            let blocks = SectionText.blocks(Array(body))
            guard !blocks.isEmpty else { return [] }
            let parts = SectionText.parts(blocks, maxWords: maxWords)
            if parts.count == 1 {
                return [KnowledgeChunk(sectionTitle: title, headingPath: headingPath, content: parts[0], topics: topics)]
            }
            return parts.enumerated().map { index, content in
                KnowledgeChunk(sectionTitle: "\(title) (part \(index + 1))", headingPath: headingPath, content: content, topics: topics)
            }
        }
    }

    /// `Topics: pricing, Objections` (also `**Topics:** …`) → ["pricing", "objections"]; nil for other lines.
    static func topics(in line: Substring) -> [String]? {
        var text = line.trimmingSpaces()
        text = text.drop(while: { $0 == "*" || $0 == "_" })
        guard text.lowercased().hasPrefix("topics:") else { return nil }
        text = text.dropFirst("topics:".count).drop(while: { $0 == "*" || $0 == "_" || $0 == " " })
        while let last = text.last, last == "*" || last == "_" { text = text.dropLast() }
        var seen = Set<String>()
        var topics: [String] = []
        for piece in text.split(separator: ",") {
            let topic = String(piece.trimmingSpaces()).lowercased()
            if !topic.isEmpty, seen.insert(topic).inserted { topics.append(topic) }
        }
        return topics
    }

    /// Removes a leading `---` … `---` block and returns its `title:` if it has one.
    static func stripFrontMatter(_ lines: inout [Substring]) -> String? {
        guard lines.first?.trimmingSpaces() == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingSpaces() == "---" || $0.trimmingSpaces() == "..." })
        else { return nil }
        var title: String?
        for line in lines[1..<end] where line.lowercased().hasPrefix("title:") {
            var value = line.dropFirst("title:".count).trimmingSpaces()
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = value.dropFirst().dropLast()
            }
            if !value.isEmpty { title = String(value) }
        }
        lines.removeSubrange(0...end)
        return title
    }

    /// The text of the first `#` heading outside code, which names text written above it.
    static func firstPageTitle(_ lines: [Substring]) -> String? {
        var fence = CodeFence()
        for line in lines where !fence.consume(line) {
            if let heading = MarkdownLine.heading(line), heading.level == 1, !heading.text.isEmpty { return heading.text }
        }
        return nil
    }

    /// `docs/objection-handling.md` → `objection-handling`.
    static func baseName(_ fileName: String) -> String {
        let last = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }
}

extension String {
    /// CRLF and lone CR become LF.
    func normalizingLineEndings() -> String {
        guard contains("\r") else { return self }
        // "\r\n" is one Character in Swift, so both forms are caught character by character.
        return String(map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }
}
