/// Keeps a model's answer honest about its sources while it streams: a citation `[n]` passes only when `n` is
/// one of the numbered sources it was given; any other is dropped. A piece that ends inside what may become a
/// citation is held back until the next piece decides it.
public struct CitationFilter: Sendable {
    private let allowed: Set<Int>
    private var pending = ""
    public private(set) var dropped = 0

    public init(allowed: Set<Int>) {
        self.allowed = allowed
    }

    /// The text that can be shown now.
    public mutating func feed(_ piece: String) -> String {
        pending += piece
        var shown = ""
        while let open = pending.firstIndex(of: "[") {
            shown += pending[..<open]
            let rest = pending[open...]
            guard let close = rest.firstIndex(of: "]") else {
                // "[12" may still become a citation; anything else after "[" cannot.
                if rest.dropFirst().allSatisfy(\.isNumber), rest.count <= 4 {
                    pending = String(rest)
                    return shown
                }
                shown += "["
                pending = String(rest.dropFirst())
                continue
            }
            let inside = rest[rest.index(after: rest.startIndex)..<close]
            if let number = Int(inside), !inside.isEmpty, inside.allSatisfy(\.isNumber) {
                if allowed.contains(number) { shown += rest[...close] } else { dropped += 1 }
            } else {
                shown += rest[...close]
            }
            pending = String(rest[rest.index(after: close)...])
        }
        shown += pending
        pending = ""
        return shown
    }

    /// Whatever was held back at the end of the answer.
    public mutating func finish() -> String {
        defer { pending = "" }
        return pending
    }
}
