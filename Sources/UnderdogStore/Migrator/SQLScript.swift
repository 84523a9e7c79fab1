/// Splits a SQL file into its statements, as psql does, so each can be sent on its own: the extended
/// query protocol (the only one PostgresNIO speaks) takes one statement at a time.
///
/// Semicolons inside quotes, quoted identifiers, dollar-quoted bodies and comments do not end a statement.
public enum SQLScript {
    public static func statements(in sql: String) -> [String] {
        let characters = Array(sql.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0

        func flush() {
            let text = String(current).trimmingWhitespace()
            if !text.isEmpty, !isOnlyComments(text) { statements.append(text) }
            current = String.UnicodeScalarView()
        }

        while index < characters.count {
            let scalar = characters[index]
            let next: Unicode.Scalar? = index + 1 < characters.count ? characters[index + 1] : nil
            switch scalar {
            case "-" where next == "-":
                let end = characters[index...].firstIndex(of: "\n") ?? characters.count
                current.append(contentsOf: characters[index..<end])
                index = end
            case "/" where next == "*":
                let end = blockCommentEnd(characters, from: index)
                current.append(contentsOf: characters[index..<end])
                index = end
            case "'", "\"":
                let backslashEscapes = scalar == "'" && index > 0 && ["E", "e"].contains(characters[index - 1])
                    && (index < 2 || !isIdentifierCharacter(characters[index - 2]))
                let end = quotedEnd(characters, from: index, quote: scalar, backslashEscapes: backslashEscapes)
                current.append(contentsOf: characters[index..<end])
                index = end
            case "$":
                if let tagEnd = dollarTagEnd(characters, from: index), index == 0 || !isIdentifierCharacter(characters[index - 1]) {
                    let tag = Array(characters[index..<tagEnd])
                    let end = closingDollarTag(characters, tag: tag, from: tagEnd)
                    current.append(contentsOf: characters[index..<end])
                    index = end
                } else {
                    current.append(scalar)
                    index += 1
                }
            case ";":
                flush()
                index += 1
            default:
                current.append(scalar)
                index += 1
            }
        }
        flush()
        return statements
    }

    private static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Block comments nest in PostgreSQL.
    private static func blockCommentEnd(_ characters: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < characters.count {
            if characters[index] == "/", index + 1 < characters.count, characters[index + 1] == "*" {
                depth += 1
                index += 2
            } else if characters[index] == "*", index + 1 < characters.count, characters[index + 1] == "/" {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return characters.count
    }

    /// A doubled quote is an escaped quote; in E'' strings a backslash escapes too.
    private static func quotedEnd(_ characters: [Unicode.Scalar], from start: Int, quote: Unicode.Scalar, backslashEscapes: Bool) -> Int {
        var index = start + 1
        while index < characters.count {
            let scalar = characters[index]
            if backslashEscapes, scalar == "\\" {
                index += 2
            } else if scalar == quote {
                if index + 1 < characters.count, characters[index + 1] == quote {
                    index += 2
                } else {
                    return index + 1
                }
            } else {
                index += 1
            }
        }
        return characters.count
    }

    /// `$$` or `$tag$`, where a tag is an identifier; nil when the `$` starts no tag (`$1`).
    private static func dollarTagEnd(_ characters: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        while index < characters.count {
            let scalar = characters[index]
            if scalar == "$" { return index + 1 }
            let allowed = scalar == "_" || scalar.properties.isAlphabetic || (index > start + 1 && ("0"..."9").contains(scalar))
            if !allowed { return nil }
            index += 1
        }
        return nil
    }

    private static func closingDollarTag(_ characters: [Unicode.Scalar], tag: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index + tag.count <= characters.count {
            if characters[index] == "$", Array(characters[index..<(index + tag.count)]) == tag {
                return index + tag.count
            }
            index += 1
        }
        return characters.count
    }

    private static func isOnlyComments(_ text: String) -> Bool {
        var remaining = Substring(text)
        while !remaining.isEmpty {
            remaining = remaining.drop(while: { $0.isWhitespace })
            if remaining.hasPrefix("--") {
                remaining = remaining.drop(while: { $0 != "\n" })
            } else if remaining.hasPrefix("/*"), let end = remaining.range(of: "*/") {
                remaining = remaining[end.upperBound...]
            } else {
                return remaining.isEmpty
            }
        }
        return true
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
