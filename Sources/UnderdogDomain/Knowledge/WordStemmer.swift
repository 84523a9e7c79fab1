/// Light English suffix stripping, enough to make "objection"/"objections" and "price"/"priced"/"pricing"
/// one feature: plural -s/-es/-ies, -ing, -ed/-ied, then a final -e. Not a full Porter stemmer: the stems
/// need only be consistent, never readable.
enum WordStemmer {
    static func stem(_ word: [UInt32]) -> [UInt32] {
        var w = word
        if ends(w, "ies"), w.count > 4 {
            w.removeLast(3)
            w.append(ascii("y"))
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "s"), !ends(w, "ss"), !ends(w, "us"), !ends(w, "is"), w.count > 3 {
            w.removeLast()
        }
        if ends(w, "ing"), w.count > 5 {
            w.removeLast(3)
            undouble(&w)
        } else if ends(w, "ied"), w.count > 4 {
            w.removeLast(3)
            w.append(ascii("y"))
        } else if ends(w, "ed"), w.count > 4 {
            w.removeLast(2)
            undouble(&w)
        }
        if ends(w, "e"), w.count > 4 { w.removeLast() }
        return w
    }

    /// "runn" → "run", "stopp" → "stop"; "call", "miss" and "buzz" keep their double letter.
    private static func undouble(_ w: inout [UInt32]) {
        guard w.count >= 3, let last = w.last, last == w[w.count - 2], isConsonant(last), !"lsz".unicodeScalars.contains(where: { $0.value == last }) else { return }
        w.removeLast()
    }

    private static func isConsonant(_ value: UInt32) -> Bool {
        (0x61...0x7A).contains(value) && !"aeiou".unicodeScalars.contains { $0.value == value }
    }

    private static func ends(_ w: [UInt32], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        return suffix.withUTF8Buffer { buffer in
            buffer.indices.allSatisfy { w[w.count - count + $0] == UInt32(buffer[$0]) }
        }
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt32 { character.value }
}
