import Foundation

/// An email address as Underdog accepts one: the common, unquoted form (RFC 5321's dot-atom local part and a
/// host name with a top-level domain), lower-cased. Quoted local parts, IP-literal domains and comments are
/// legal but no rep's work address uses them, and each has been a way to smuggle odd bytes into mail headers.
public enum EmailAddress {
    static let localCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~.-")
    static let labelCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-")

    /// The address trimmed and lower-cased, or nil when it is not one.
    public static func normalised(_ text: String) -> String? {
        let email = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard email.utf8.count <= 254 else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, isLocalPart(parts[0]), isDomain(parts[1]) else { return nil }
        return email
    }

    static func isLocalPart(_ local: Substring) -> Bool {
        (1...64).contains(local.utf8.count) && local.allSatisfy(localCharacters.contains)
            && local.first != "." && local.last != "." && !local.contains("..")
    }

    static func isDomain(_ domain: Substring) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.utf8.count <= 253 else { return false }
        let wellFormed = labels.allSatisfy { label in
            (1...63).contains(label.utf8.count) && label.allSatisfy(labelCharacters.contains)
                && label.first != "-" && label.last != "-"
        }
        guard wellFormed, let top = labels.last else { return false }
        // A top-level domain is letters (or an IDN's xn-- form), never a number: "1.2.3.4" is no host name.
        return top.hasPrefix("xn--") || (top.count >= 2 && top.allSatisfy(\.isLetter))
    }
}
