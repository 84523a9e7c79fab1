import Foundation

/// Turns the file name a client sent into the `{name}` of a storage key `{user_id}/{timestamp}_{name}`.
///
/// The name is shown back to the rep and ends up in object-store keys, logs and `Content-Disposition` headers on
/// download, so it must not carry a path, invisible or line-breaking characters, characters that Windows or a shell
/// treats specially, or enough bytes to blow a key-length limit. It is not meant to be unique (the timestamp does
/// that) and keeps what makes a name recognisable: non-ASCII letters, emoji, the extension.
public enum UploadFileName {
    /// The longest result in UTF-8 bytes: S3 keys may be 1024 bytes, and this leaves room for the user id,
    /// timestamp and any prefix while staying readable.
    public static let maxBytes = 120
    /// An extension longer than this is treated as part of the name, so `report.final version of the call` is cut
    /// at the end like any name rather than keeping a 40-byte "extension".
    static let maxExtensionBytes = 16

    /// A safe base name from what the client sent, or nil when nothing usable is left.
    public static func sanitised(_ raw: String) -> String? {
        let cleaned = clean(lastPathComponent(raw)).precomposedStringWithCanonicalMapping
        guard !cleaned.isEmpty else { return nil }
        return truncated(cleaned)
    }

    /// After the last `/` or `\`: browsers on Windows, and old ones everywhere, send the full client path.
    private static func lastPathComponent(_ raw: String) -> Substring.UnicodeScalarView {
        let scalars = raw.unicodeScalars
        guard let separator = scalars.lastIndex(where: { $0 == "/" || $0 == "\\" }) else { return scalars[...] }
        return scalars[scalars.index(after: separator)...]
    }

    /// Drops what must not survive, collapses whitespace runs to one space and trims, and strips leading dots so
    /// the result is never `.`, `..` or a hidden file.
    private static func clean(_ scalars: Substring.UnicodeScalarView) -> String {
        var kept = String.UnicodeScalarView()
        var spacePending = false
        for scalar in scalars where !isDropped(scalar) {
            if scalar.properties.isWhitespace {
                spacePending = !kept.isEmpty
            } else if kept.isEmpty, scalar == "." {
                continue
            } else {
                if spacePending { kept.append(" ") }
                spacePending = false
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    /// Control characters (C0, DEL, C1: NUL truncates names in C APIs, CR/LF split headers and log lines),
    /// characters Windows forbids in names (`<>:"|?*`), and invisible bidirectional controls and the BOM, which
    /// make `call\u{202E}3pm.exe` display as `callexe.mp3`.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: "<>:\"|?*".unicodeScalars.contains(scalar)
        }
    }

    /// Cuts to `maxBytes` UTF-8 bytes on a character boundary, keeping the extension, since that is what tells a
    /// person (and a downloader) what the file is.
    private static func truncated(_ name: String) -> String {
        guard name.utf8.count > maxBytes else { return name }
        var stem = Substring(name)
        var fileExtension = ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let candidate = name[dot...]
            if candidate.count > 1, candidate.utf8.count <= maxExtensionBytes,
               !candidate.contains(where: \.isWhitespace) {
                stem = name[..<dot]
                fileExtension = String(candidate)
            }
        }
        let budget = maxBytes - fileExtension.utf8.count
        var kept = prefix(of: stem, fittingIn: budget)
        if kept.isEmpty {
            // One character bigger than the budget (a letter under hundreds of combining marks): cut between scalars.
            var scalars = String.UnicodeScalarView()
            var bytes = 0
            for scalar in stem.unicodeScalars {
                bytes += UTF8.width(scalar)
                guard bytes <= budget else { break }
                scalars.append(scalar)
            }
            kept = Substring(String(scalars))
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + fileExtension
    }

    private static func prefix(of text: Substring, fittingIn budget: Int) -> Substring {
        var bytes = 0
        var end = text.startIndex
        for index in text.indices {
            bytes += text[index].utf8.count
            guard bytes <= budget else { break }
            end = text.index(after: index)
        }
        return text[..<end]
    }
}
