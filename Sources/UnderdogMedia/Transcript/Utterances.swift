/// Builds utterances from recognised words.
public enum Utterances {
    /// Groups one channel's words into utterances at pauses longer than `pause` seconds. Words are taken in
    /// time order; an utterance's text is its words joined by spaces, its times those of its first and last word.
    public static func group(_ words: [RecognizedWord], pause: Double = 0.8) -> [Utterance] {
        let ordered = words.sorted { $0.start < $1.start }
        var utterances: [Utterance] = []
        var current: [RecognizedWord] = []
        var currentEnd = 0.0
        func flush() {
            guard let first = current.first else { return }
            utterances.append(Utterance(text: current.map(\.text).joined(separator: " "), start: first.start, end: currentEnd))
            current.removeAll()
        }
        for word in ordered {
            if !current.isEmpty, word.start - currentEnd > pause { flush() }
            currentEnd = current.isEmpty ? word.end : max(currentEnd, word.end)
            current.append(word)
        }
        flush()
        return utterances
    }
}
