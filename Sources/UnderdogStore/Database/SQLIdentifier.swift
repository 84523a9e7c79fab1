/// A database or role name that has to appear in SQL as an identifier, where no parameter can stand
/// (`CREATE DATABASE`). Only lower-case letters, digits and underscores are accepted, so it never needs quoting.
public struct SQLIdentifier: Sendable, Hashable, CustomStringConvertible {
    public let name: String

    public init?(_ name: String) {
        guard (1...63).contains(name.utf8.count),
              let first = name.utf8.first, first >= 0x61 && first <= 0x7A,
              name.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F })
        else { return nil }
        self.name = name
    }

    public var description: String { name }
}
