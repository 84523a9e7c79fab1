/// Text rendered once with placeholders ("slots") where per-request values go, kept cut at each slot so
/// that filling it in is one pass of appends: no search through the text on every request.
///
/// What goes into a slot goes in as it is, unescaped, so only values that cannot mean anything in HTML may
/// fill one: page content that was itself rendered with escaping, and CSRF tokens (base64url characters,
/// `BrowserSessionMiddleware.isToken`).
struct SlottedText: Sendable {
    private enum Segment: Sendable {
        case text(String)
        case slot(Int)
    }

    private let segments: [Segment]
    private let length: Int

    /// `rendered` cut at every occurrence of each of `slots`; the slots' positions in the list are what
    /// `filled(_:)`'s values follow.
    init(_ rendered: String, slots: [String]) {
        var segments: [Segment] = [.text(rendered)]
        for (number, slot) in slots.enumerated() {
            segments = segments.flatMap { segment -> [Segment] in
                guard case .text(let text) = segment else { return [segment] }
                let pieces = text.split(separator: slot, omittingEmptySubsequences: false)
                var cut: [Segment] = []
                for (index, piece) in pieces.enumerated() {
                    if index > 0 { cut.append(.slot(number)) }
                    if !piece.isEmpty { cut.append(.text(String(piece))) }
                }
                return cut
            }
        }
        self.segments = segments
        length = segments.reduce(0) { total, segment in
            if case .text(let text) = segment { total + text.utf8.count } else { total }
        }
    }

    /// The text with each slot replaced by the value at its position in `values`.
    func filled(_ values: [String]) -> String {
        var result = ""
        result.reserveCapacity(length + values.reduce(0) { $0 + $1.utf8.count })
        for segment in segments {
            switch segment {
            case .text(let text): result += text
            case .slot(let number): result += values[number]
            }
        }
        return result
    }
}
