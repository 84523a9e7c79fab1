import Testing
@testable import UnderdogServer

@Suite("Text rendered once with slots")
struct SlottedTextTests {
    @Test("every occurrence of each slot is filled with its value, wherever it stands")
    func filled() {
        let text = SlottedText("[A]<p>[B] and [A]</p>[B][A]", slots: ["[A]", "[B]"])
        #expect(text.filled(["1", "2"]) == "1<p>2 and 1</p>21")
        #expect(text.filled(["", ""]) == "<p> and </p>")
    }

    @Test("text without slots comes back as it was; a value that looks like a slot is not filled again")
    func untouched() {
        #expect(SlottedText("<main>plain</main>", slots: ["[A]"]).filled(["x"]) == "<main>plain</main>")
        #expect(SlottedText("x[A]y", slots: ["[A]", "[B]"]).filled(["[B]", "no"]) == "x[B]y")
    }
}
