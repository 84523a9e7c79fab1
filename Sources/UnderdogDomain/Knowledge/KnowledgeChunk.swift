/// One retrievable piece of a knowledge document: a heading's section (or a part of a long one).
public struct KnowledgeChunk: Sendable, Equatable, Codable {
    /// The heading of the section; "Title (part 2)" for later parts of a split section; for text before any
    /// heading, the document's title or its file name.
    public let sectionTitle: String
    /// The headings above and including this one, outermost first (`#`, then `##`, then `###`).
    public let headingPath: [String]
    /// The section's text without its heading and Topics lines, trimmed.
    public let content: String
    /// From a `Topics: a, b` line right under the heading: lower-cased, trimmed, deduplicated, in order.
    public let topics: [String]
    /// SHA-256 hex of `canonicalForm(headingPath:content:)`: equal exactly when heading path and text are.
    public let contentHash: String

    public init(sectionTitle: String, headingPath: [String], content: String, topics: [String]) {
        self.sectionTitle = sectionTitle
        self.headingPath = headingPath
        self.content = content
        self.topics = topics
        self.contentHash = Self.contentHash(headingPath: headingPath, content: content)
    }

    public init(sectionTitle: String, headingPath: [String], content: String, topics: [String], contentHash: String) {
        self.sectionTitle = sectionTitle
        self.headingPath = headingPath
        self.content = content
        self.topics = topics
        self.contentHash = contentHash
    }

    /// The headings joined by U+001F (which headings never contain), a newline, then the content. A heading
    /// cannot contain a newline, so the first newline always ends the path and two chunks never share a form.
    public static func canonicalForm(headingPath: [String], content: String) -> String {
        headingPath.joined(separator: "\u{1F}") + "\n" + content
    }

    public static func contentHash(headingPath: [String], content: String) -> String {
        PortableSHA256.hex(canonicalForm(headingPath: headingPath, content: content))
    }
}
