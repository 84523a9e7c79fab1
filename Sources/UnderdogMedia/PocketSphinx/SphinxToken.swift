/// Turns PocketSphinx's word strings into plain words.
enum SphinxToken {
    /// Nil for sentence markers, silence and fillers (`<s>`, `</s>`, `<sil>`, `[NOISE]`, `++BREATH++`);
    /// otherwise the word without its alternative-pronunciation suffix (`read(2)` → `read`).
    static func word(_ raw: String) -> String? {
        guard let first = raw.first, first != "<", first != "[", first != "+" else { return nil }
        var word = Substring(raw)
        if word.last == ")", let open = word.lastIndex(of: "("), open > word.startIndex,
           word[word.index(after: open)..<word.index(before: word.endIndex)].allSatisfy(\.isNumber) {
            word = word[..<open]
        }
        return word.isEmpty ? nil : String(word)
    }
}
