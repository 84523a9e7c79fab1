/// Upper bounds a parser enforces before doing any work, so hostile input is refused early.
public struct ParseLimits: Sendable, Hashable {
    /// Bytes of input; a 60-minute call is roughly 60 KB of text.
    public var maxBytes: Int
    public var maxTurns: Int
    public var maxTurnCharacters: Int

    public init(maxBytes: Int = 4_000_000, maxTurns: Int = 20_000, maxTurnCharacters: Int = 100_000) {
        self.maxBytes = maxBytes
        self.maxTurns = maxTurns
        self.maxTurnCharacters = maxTurnCharacters
    }

    public static let standard = ParseLimits()
}
