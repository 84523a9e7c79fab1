import Foundation
import Testing
@testable import UnderdogDomain

@Suite("Markdown chunker: knowledge documents split by headings")
struct MarkdownChunkerTests {
    static let guide = """
        # Objection handling
        Every objection is a question in disguise.

        ## Pricing objections
        Topics: Pricing, objections, pricing ,  ROI
        Anchor on the cost of the problem before the price.

        Then show the return.

        ### Discount requests
        Trade, never give: a discount buys a longer term.

        ## Timing objections
        Ask what changes next quarter.
        """

    @Test("# then ## then ### make the heading path; the page's own text is a chunk of its own")
    func headingPaths() {
        let chunks = MarkdownChunker.chunks(markdown: Self.guide, fileName: "objections.md")
        #expect(chunks.map(\.headingPath) == [
            ["Objection handling"],
            ["Objection handling", "Pricing objections"],
            ["Objection handling", "Pricing objections", "Discount requests"],
            ["Objection handling", "Timing objections"],
        ])
        #expect(chunks.map(\.sectionTitle) == ["Objection handling", "Pricing objections", "Discount requests", "Timing objections"])
        #expect(chunks[0].content == "Every objection is a question in disguise.")
        #expect(chunks[1].content == "Anchor on the cost of the problem before the price.\n\nThen show the return.")
        #expect(chunks[3].content == "Ask what changes next quarter.")
    }

    @Test("a Topics line under the heading is read (lower-cased, trimmed, deduplicated) and left out of the text")
    func topicsLine() {
        let chunks = MarkdownChunker.chunks(markdown: Self.guide, fileName: "objections.md")
        #expect(chunks[1].topics == ["pricing", "objections", "roi"])
        #expect(!chunks[1].content.contains("Topics"))
        #expect(chunks[2].topics == [], "topics belong to their own heading, not to the headings below it")
        let bold = MarkdownChunker.chunks(markdown: "## Closing\n\n**Topics:** Closing, Next steps\nAsk for the meeting.", fileName: "c.md")
        #expect(bold.first?.topics == ["closing", "next steps"])
        #expect(bold.first?.content == "Ask for the meeting.")
        let later = MarkdownChunker.chunks(markdown: "## Closing\nAsk for the meeting.\nTopics: closing", fileName: "c.md")
        #expect(later.first?.topics == [], "a Topics line further down is ordinary text")
        #expect(later.first?.content == "Ask for the meeting.\nTopics: closing")
    }

    @Test("lines starting with # inside fenced code blocks are code, not headings; deeper headings stay in the text")
    func codeFences() {
        let markdown = """
            ## Call script
            Say this:
            ```text
            # Not a heading
            ## Not one either

            still code
            ```
            ~~~~
            ### Also code
            ~~~~
            #### A minor heading
            After the code.
            """
        let chunks = MarkdownChunker.chunks(markdown: markdown, fileName: "script.md")
        #expect(chunks.count == 1)
        #expect(chunks[0].headingPath == ["Call script"])
        #expect(chunks[0].content.contains("# Not a heading\n## Not one either\n\nstill code"))
        #expect(chunks[0].content.contains("### Also code"))
        #expect(chunks[0].content.hasSuffix("#### A minor heading\nAfter the code."))
    }

    @Test("a section over maxWords is split at paragraph boundaries into evenly sized, numbered parts")
    func longSections() {
        let paragraphs = (1...6).map { index in (1...30).map { "p\(index)w\($0)" }.joined(separator: " ") }
        let markdown = "## Discovery questions\nTopics: discovery\n\n" + paragraphs.joined(separator: "\n\n")
        let chunks = MarkdownChunker.chunks(markdown: markdown, fileName: "d.md", maxWords: 100)
        #expect(chunks.map(\.sectionTitle) == ["Discovery questions (part 1)", "Discovery questions (part 2)"])
        #expect(chunks.allSatisfy { $0.headingPath == ["Discovery questions"] && $0.topics == ["discovery"] })
        #expect(chunks[0].content == paragraphs[0..<3].joined(separator: "\n\n"), "90 + 90 words, not 90 + 90 + 0 or 100 + 80")
        #expect(chunks[1].content == paragraphs[3..<6].joined(separator: "\n\n"))
        #expect(Set(chunks.map(\.contentHash)).count == 2)

        let short = MarkdownChunker.chunks(markdown: markdown, fileName: "d.md", maxWords: 180)
        #expect(short.map(\.sectionTitle) == ["Discovery questions"], "exactly at the limit is one chunk")
    }

    @Test("a single paragraph over maxWords is cut at sentence ends, and a sentence over it at words")
    func longParagraph() {
        let sentence = (1...5).map { "word\($0)" }.joined(separator: " ") + "."
        let paragraph = Array(repeating: sentence, count: 8).joined(separator: " ")
        let chunks = MarkdownChunker.chunks(markdown: "## Long\n" + paragraph, fileName: "l.md", maxWords: 20)
        #expect(chunks.map { SectionText.wordCount($0.content) } == [20, 20])
        #expect(chunks.allSatisfy { $0.content.hasSuffix(".") }, "cuts fall at sentence ends")
        let runOn = (1...50).map { "w\($0)" }.joined(separator: " ")
        let pieces = MarkdownChunker.chunks(markdown: "## Run-on\n" + runOn, fileName: "r.md", maxWords: 20)
        #expect(pieces.map { SectionText.wordCount($0.content) } == [20, 20, 10])
        #expect(pieces.map(\.content).joined(separator: " ") == runOn)
    }

    @Test("empty sections and an empty page preamble are dropped; text before any heading is titled by the file")
    func emptySections() {
        let markdown = """
            Read this before your first call.

            # Playbook

            ## Empty

            ## Only topics
            Topics: nothing

            ## Real
            Content.
            """
        let chunks = MarkdownChunker.chunks(markdown: markdown, fileName: "guides/first-call.md")
        #expect(chunks.map(\.sectionTitle) == ["Playbook", "Real"])
        #expect(chunks[0].headingPath == [], "text before any heading has no heading")
        #expect(chunks[0].content == "Read this before your first call.")

        let untitled = MarkdownChunker.chunks(markdown: "Just a note.\n\n## Next\nMore.", fileName: "guides/first-call.md")
        #expect(untitled.map(\.sectionTitle) == ["first-call", "Next"])
        #expect(MarkdownChunker.chunks(markdown: "", fileName: "e.md").isEmpty)
        #expect(MarkdownChunker.chunks(markdown: "# Title only\n\n## Heading only", fileName: "e.md").isEmpty)
    }

    @Test("YAML front matter is not content, and its title names the text before the first heading")
    func frontMatter() {
        let chunks = MarkdownChunker.chunks(markdown: "---\ntitle: \"Cold calling\"\nauthor: x\n---\nOpen with the reason.\n## Next\nMore.", fileName: "c.md")
        #expect(chunks.map(\.sectionTitle) == ["Cold calling", "Next"])
        #expect(chunks[0].content == "Open with the reason.")
    }

    @Test("the content hash is the SHA-256 of heading path and text: stable, and changed by either")
    func hashes() {
        let first = MarkdownChunker.chunks(markdown: Self.guide, fileName: "objections.md")
        let again = MarkdownChunker.chunks(markdown: Self.guide, fileName: "renamed.md")
        #expect(first.map(\.contentHash) == again.map(\.contentHash))
        #expect(first[1].contentHash == PortableSHA256.hex("Objection handling\u{1F}Pricing objections\nAnchor on the cost of the problem before the price.\n\nThen show the return."))
        #expect(first[1].contentHash.count == 64)

        let textChanged = MarkdownChunker.chunks(markdown: Self.guide.replacingOccurrences(of: "Then show the return.", with: "Then show the payback."), fileName: "objections.md")
        #expect(textChanged[1].contentHash != first[1].contentHash)
        #expect(textChanged[2].contentHash == first[2].contentHash, "other sections keep their hash")

        let headingChanged = MarkdownChunker.chunks(markdown: Self.guide.replacingOccurrences(of: "## Pricing objections", with: "## Price objections"), fileName: "objections.md")
        #expect(headingChanged[1].contentHash != first[1].contentHash)
        #expect(headingChanged[2].contentHash != first[2].contentHash, "a parent heading is part of the path")
        #expect(headingChanged[3].contentHash == first[3].contentHash)

        let topicsChanged = MarkdownChunker.chunks(markdown: Self.guide.replacingOccurrences(of: "ROI", with: "value"), fileName: "objections.md")
        #expect(topicsChanged[1].contentHash == first[1].contentHash, "topics are metadata, not content")
        let trailingSpaces = MarkdownChunker.chunks(markdown: Self.guide.replacingOccurrences(of: "the return.", with: "the return.   "), fileName: "objections.md")
        #expect(trailingSpaces.map(\.contentHash) == first.map(\.contentHash), "trailing whitespace does not count")
    }

    @Test("CRLF and CR line endings chunk exactly as LF does")
    func lineEndings() {
        let lf = MarkdownChunker.chunks(markdown: Self.guide, fileName: "o.md")
        let crlf = MarkdownChunker.chunks(markdown: Self.guide.replacingOccurrences(of: "\n", with: "\r\n"), fileName: "o.md")
        let cr = MarkdownChunker.chunks(markdown: Self.guide.replacingOccurrences(of: "\n", with: "\r"), fileName: "o.md")
        #expect(crlf == lf)
        #expect(cr == lf)
        #expect(crlf.allSatisfy { !$0.content.contains("\r") })
    }

    @Test("heading syntax: closing hashes go, # without a space is text, four-space indents are code")
    func headingSyntax() {
        let markdown = "## Gatekeepers ##\n#hashtag is not a heading\n    ## indented code\nText."
        let chunks = MarkdownChunker.chunks(markdown: markdown, fileName: "g.md")
        #expect(chunks.map(\.sectionTitle) == ["Gatekeepers"])
        #expect(chunks[0].content == "#hashtag is not a heading\n    ## indented code\nText.")
        #expect(MarkdownLine.heading("###### six")?.level == 6)
        #expect(MarkdownLine.heading("####### seven") == nil)
        #expect(MarkdownLine.heading("# C# tips #")?.text == "C# tips")
    }

    @Test("a ### without a ## above it hangs off the page; a ## without a page stands alone")
    func skippedLevels() {
        let chunks = MarkdownChunker.chunks(markdown: "## Alone\nA.\n# Page\n### Deep\nB.", fileName: "s.md")
        #expect(chunks.map(\.headingPath) == [["Alone"], ["Page", "Deep"]])
    }

    @Test("chunks round-trip through JSON")
    func codable() throws {
        let chunks = MarkdownChunker.chunks(markdown: Self.guide, fileName: "o.md")
        let data = try JSONEncoder().encode(chunks)
        #expect(try JSONDecoder().decode([KnowledgeChunk].self, from: data) == chunks)
    }
}
